import { Link } from 'react-router';
import type { UpcomingAreaId } from '../../app/navigation.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';

/** For capabilities not built yet: say what is coming rather than show an empty screen. */
export function UpcomingPage({ area }: { area: UpcomingAreaId }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t.areas[area].label} intro={t.areas[area].description} />
      <section className="upcoming" aria-labelledby="upcoming-title">
        <p className="badge badge--soon">{t.upcoming.badge}</p>
        <h2 id="upcoming-title">{t.upcoming.title}</h2>
        <p>{t.upcoming.intro}</p>
        <ul className="upcoming__list">
          {t.upcoming.details[area].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          <Link to="/" className="button button--secondary">
            {t.upcoming.back}
          </Link>
        </p>
      </section>
    </>
  );
}
