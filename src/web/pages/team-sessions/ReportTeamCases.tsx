import { Link } from 'react-router';
import { useCurrentUser } from '../../api/session.js';
import { teamSessionsApi } from '../../api/team-sessions.js';
import { useResource } from '../../api/useResource.js';
import { teamSessionPath } from '../../app/navigation.js';
import { can } from '../../app/permissions.js';
import { useI18n } from '../../i18n/index.js';

/** On a breach report's page, for the département: the EP sessions it is before, with their opinion. */
export function ReportTeamCases({ reportId }: { reportId: string }) {
  const user = useCurrentUser();
  const allowed = can(user.role, 'team:read');
  const { t, formatDate } = useI18n();
  const r = t.teamSessions.report;
  const loaded = useResource(allowed ? `team-cases:${reportId}` : null, () => teamSessionsApi.forReport(reportId));
  if (!allowed || !loaded.data?.length) return null;
  return (
    <section aria-labelledby="breach-team-cases">
      <h2 id="breach-team-cases">{r.title}</h2>
      <ul>
        {loaded.data.map((c) => (
          <li key={c.caseId}>
            <Link to={teamSessionPath(c.sessionId)}>{r.link(formatDate(c.heldOn), c.territoryName)}</Link> — {t.teamSessions.pair(r.opinion, c.opinion ?? r.noOpinion)}
          </li>
        ))}
      </ul>
    </section>
  );
}
