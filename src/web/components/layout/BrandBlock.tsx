import { Link } from 'react-router';
import { useI18n } from '../../i18n/index.js';
import { useBranding } from '../../theme/BrandingProvider.js';

/** Logo, département name and product name; links home like every public-service header. */
export function BrandBlock() {
  const { departmentName, brandName, logoUrl } = useBranding();
  const { t } = useI18n();
  return (
    <Link to="/" className="brand">
      {/* The département's name is written next to the logo, so the image itself is decorative. */}
      <img src={logoUrl} alt="" className="brand__logo" width="48" height="48" />
      <span className="brand__text">
        <span className="brand__name">{brandName}</span>
        {departmentName ? <span className="brand__department">{departmentName}</span> : null}
      </span>
      <span className="visually-hidden"> — {t.areas.home.label}</span>
    </Link>
  );
}
