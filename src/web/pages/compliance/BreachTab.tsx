import { useState } from 'react';
import { Link } from 'react-router';
import { complianceApi } from '../../api/compliance.js';
import type { BeneficiaryFileData } from '../../api/people.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { breachPath } from '../../app/navigation.js';
import { can } from '../../app/permissions.js';
import { Button } from '../../components/Button.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ReportDialog } from './ReportDialog.js';
import { stepLabel } from './labels.js';

/** The « Manquements » tab of the person's file: shown to the person's PIP and to the département only. */
export function BreachTab({ file }: { file: BeneficiaryFileData }) {
  const { t, formatDate } = useI18n();
  const c = t.compliance;
  const user = useCurrentUser();
  const loaded = useResource(`breaches:${file.id}`, () => complianceApi.forPerson(file.id));
  const [reporting, setReporting] = useState(false);
  const mayReport = can(user.role, 'breach:report') && file.pathway.referentName !== null;

  if (loaded.error && !loaded.data) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <LoadingState />;
  return (
    <div className="breaches">
      {mayReport ? (
        <div className="person-actions__buttons">
          <Button variant="primary" onPress={() => setReporting(true)}>
            {c.person.report}
          </Button>
        </div>
      ) : null}
      {loaded.data.length === 0 ? (
        <EmptyState title={c.person.empty} />
      ) : (
        <ul className="breach-list">
          {loaded.data.map((r) => (
            <li key={r.id}>
              <Link to={breachPath(r.id)}>{`${c.kinds[r.kind]} — ${formatDate(r.reportedAt.slice(0, 10))}`}</Link>
              <span> · {stepLabel(t, r)}</span>
            </li>
          ))}
        </ul>
      )}
      {reporting ? <ReportDialog personId={file.id} onClose={() => setReporting(false)} onDone={() => { setReporting(false); loaded.reload(); }} /> : null}
    </div>
  );
}
