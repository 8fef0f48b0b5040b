import { useChangeLocale } from '../../app/locale.js';
import { LANGUAGE_NAMES, useI18n } from '../../i18n/index.js';
import { Button } from '../Button.js';

/**
 * Before login: one button naming the other language in that language ("English"), with its
 * lang attribute so screen readers pronounce it right (RGAA 8.7).
 */
export function LanguageToggle() {
  const { locale, t } = useI18n();
  const changeLocale = useChangeLocale();
  const other = locale === 'fr' ? 'en' : 'fr';
  return (
    <Button variant="quiet" size="sm" onPress={() => changeLocale(other)} aria-label={`${LANGUAGE_NAMES[other]} — ${t.auth.switchLanguage}`} lang={other}>
      <GlobeIcon />
      <span lang={other}>{LANGUAGE_NAMES[other]}</span>
    </Button>
  );
}

export function GlobeIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" className="icon">
      <path
        fill="currentColor"
        d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8 8 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h2.9c.3 1.3.8 2.5 1.4 3.6A8 8 0 0 1 5.1 16ZM8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.3 6.7 8 8Zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6Zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8 8 0 0 1 0 4h-3.4Z"
      />
    </svg>
  );
}
