import { useI18n } from '../../i18n/index.js';

export const MAIN_ID = 'contenu';

/** First focusable element of every page (RGAA 12.7). */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t.shell.skipLink}
    </a>
  );
}
