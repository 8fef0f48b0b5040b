import { NavLink, Outlet } from 'react-router';
import { ORGANISATION_SECTIONS } from '../../app/navigation.js';
import { useI18n } from '../../i18n/index.js';

/** Territories, tenders and providers: three pages under one area, reached by a local navigation. */
export function OrganisationLayout() {
  const { t } = useI18n();
  return (
    <>
      <nav className="sub-nav" aria-label={t.organisation.sectionsNav}>
        <ul className="sub-nav__list">
          {ORGANISATION_SECTIONS.map((section) => (
            <li key={section.id}>
              <NavLink to={section.path} className="sub-nav__link">
                {t.organisation[section.id].title}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
