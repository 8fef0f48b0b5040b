import { useI18n } from '../../i18n/index.js';
import { contrastRatio, isHexColor } from '../../theme/contrast.js';

/** Tells the administrator, while typing, whether the chosen text colour stays readable. */
export function ContrastCheck({ background, foreground }: { background: string; foreground: string }) {
  const { t, locale } = useI18n();
  if (!isHexColor(background) || !isHexColor(foreground)) return null;
  const ratio = contrastRatio(background, foreground);
  // Rounded down: 4.48 must not read "4.5:1" next to a warning that it is under 4.5.
  const formatted = (Math.floor(ratio * 10) / 10).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 1 });
  const low = ratio < 4.5;
  return (
    <div className={`alert ${low ? 'alert--warning' : 'alert--info'}`} aria-live="polite">
      <p>{t.settings.contrast(formatted)}</p>
      {low ? <p>{t.settings.contrastLow}</p> : null}
    </div>
  );
}
