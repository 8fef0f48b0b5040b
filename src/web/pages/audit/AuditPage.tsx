import { useState } from 'react';
import { auditApi, usersApi, type AuditFilters as Filters } from '../../api/endpoints.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { AuditFilters } from './AuditFilters.js';
import { AuditTable } from './AuditTable.js';
import { Pagination } from './Pagination.js';
import { VerifyChain } from './VerifyChain.js';

const PAGE_SIZE = 50;

/** Read-only for everyone: administrators and auditors see the same journal. */
export function AuditPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const entries = useResource(JSON.stringify({ page, filters }), () => auditApi.list(page, PAGE_SIZE, filters));
  // Only administrators may list users; others filter without the author list.
  const users = useResource(user.role === 'dept_admin' ? 'users' : null, usersApi.list);

  return (
    <>
      <PageHeader title={t.audit.title} intro={t.audit.intro} />
      <VerifyChain />
      <AuditFilters
        value={filters}
        users={users.data}
        onApply={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {entries.error ? <ErrorAlert error={entries.error} onRetry={entries.reload} /> : null}
      {entries.loading && !entries.data ? <LoadingState /> : null}
      {entries.data ? (
        <div aria-busy={entries.loading} className="stack">
          <AuditTable entries={entries.data.items} />
          <Pagination page={entries.data.page} pageSize={entries.data.pageSize} total={entries.data.total} onPage={setPage} />
        </div>
      ) : null}
    </>
  );
}
