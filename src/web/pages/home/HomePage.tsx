import { Link } from 'react-router';
import { useCurrentUser } from '../../api/session.js';
import { areasFor } from '../../app/navigation.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';

/** A greeting and one card per area of the person's role, the not-yet-built ones flagged as such. */
export function HomePage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const areas = areasFor(user.role).filter((a) => a.id !== 'home');
  const where = user.providerName ?? user.departmentName;
  return (
    <>
      <PageHeader
        title={t.home.greeting(user.displayName)}
        documentTitle={t.home.title}
        intro={t.home.roleLine(t.roles[user.role], where)}
      />
      <section aria-labelledby="home-areas">
        <h2 id="home-areas">{t.home.areasTitle}</h2>
        <ul className="cards">
          {areas.map((area) => (
            <li key={area.id} className="card">
              <h3 className="card__title">
                <Link to={area.path} className="card__link">
                  {t.areas[area.id].label}
                </Link>
              </h3>
              <p className="card__text">{t.areas[area.id].description}</p>
              {area.upcoming ? <p className="badge badge--soon">{t.home.soon}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
