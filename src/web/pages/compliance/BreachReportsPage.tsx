import { complianceApi } from '../../api/compliance.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { can } from '../../app/permissions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { isProviderRole } from '../../../shared/roles.js';
import { Dashboard } from './Dashboard.js';
import { ReportTable } from './ReportTable.js';

/**
 * « Manquements »: for the PIP, the reports awaiting the manager's approval, then all its reports
 * with their outcome; for the département, its dashboard and the reports still to act on.
 */
export function BreachReportsPage() {
  const { t } = useI18n();
  const l = t.compliance.list;
  const user = useCurrentUser();
  const pip = isProviderRole(user.role);
  const loaded = useResource(`breaches:${pip ? 'pip' : 'open'}`, () => complianceApi.list(pip ? {} : { open: 'true' }));
  const reports = loaded.data;
  const waiting = reports?.filter((r) => r.status === 'awaiting_approval') ?? [];

  return (
    <>
      <PageHeader title={l.title} intro={l.intro} />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {can(user.role, 'breach:dashboard') ? <Dashboard /> : null}
      {!reports ? (
        loaded.error ? null : <LoadingState />
      ) : pip ? (
        <>
          {can(user.role, 'breach:approve') ? (
            <section aria-labelledby="breaches-approval">
              <h2 id="breaches-approval">{l.approvalTitle}</h2>
              <ReportTable reports={waiting} label={l.approvalTitle} />
            </section>
          ) : null}
          <section aria-labelledby="breaches-all">
            <h2 id="breaches-all">{l.allTitle}</h2>
            <ReportTable reports={reports} label={l.allTitle} />
          </section>
        </>
      ) : (
        <section aria-labelledby="breaches-open">
          <h2 id="breaches-open">{l.openTitle}</h2>
          <ReportTable reports={reports} label={l.openTitle} />
        </section>
      )}
    </>
  );
}
