import { Link } from 'react-router';
import { teamSessionsApi } from '../../api/team-sessions.js';
import { useResource } from '../../api/useResource.js';
import { areaById, teamSessionPath } from '../../app/navigation.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';

/** On the département's compliance dashboard: the sessions to come whose agenda still needs work. */
export function SessionsToPrepare() {
  const { t, formatDate } = useI18n();
  const d = t.teamSessions.dashboard;
  const loaded = useResource('team-sessions:to-prepare', () => teamSessionsApi.list({ when: 'to_prepare' }));
  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <LoadingState />;
  return (
    <section aria-labelledby="team-sessions-to-prepare">
      <h3 id="team-sessions-to-prepare">{d.title}</h3>
      {loaded.data.length === 0 ? <p>{d.none}</p> : (
        <ul>
          {loaded.data.map((s) => (
            <li key={s.id}>
              <Link to={teamSessionPath(s.id)}>{d.line(t.teamSessions.when(formatDate(s.heldOn), s.startsAt), s.territoryName, s.caseCount, s.waiting)}</Link>
            </li>
          ))}
        </ul>
      )}
      <p><Link to={areaById('teamSessions').path}>{d.all}</Link></p>
    </section>
  );
}
