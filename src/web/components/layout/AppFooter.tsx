import { Link } from 'react-router';
import { useI18n } from '../../i18n/index.js';
import { useBranding } from '../../theme/BrandingProvider.js';

export function AppFooter() {
  const { t } = useI18n();
  const { brandName, departmentName } = useBranding();
  return (
    <footer className="app-footer">
      <div className="app-footer__inner">
        <p>
          {brandName}
          {departmentName ? ` — ${departmentName}` : ''}
        </p>
        <p className="app-footer__note">{t.shell.footerNote}</p>
        <ul className="app-footer__links">
          <li>
            <Link to="/accessibilite">{t.shell.footerAccessibility}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
