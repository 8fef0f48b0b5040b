import { NavLink } from 'react-router';
import { useCurrentUser } from '../../api/session.js';
import { areasFor } from '../../app/navigation.js';
import { useI18n } from '../../i18n/index.js';

/** Role-aware: a person only sees the areas of their role (the server enforces it anyway). */
export function MainNav() {
  const user = useCurrentUser();
  const { t } = useI18n();
  return (
    <nav className="main-nav" aria-label={t.shell.mainNav}>
      <ul className="main-nav__list">
        {areasFor(user.role).map((area) => (
          <li key={area.id}>
            {/* NavLink sets aria-current="page", which the style also uses: not colour alone. */}
            <NavLink to={area.path} end={area.path === '/'} className="main-nav__link">
              {t.areas[area.id].label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
