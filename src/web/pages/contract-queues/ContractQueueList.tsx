import type { Selection } from 'react-aria-components';
import { Pagination } from '../../components/Pagination.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ContractTable, type OptionalColumn } from './ContractTable.js';
import type { QueuePage } from './useQueuePage.js';

interface ContractQueueListProps {
  queue: QueuePage;
  label: string;
  emptyText: string;
  columns: readonly OptionalColumn[];
  selection?: { selectedKeys: Selection; onSelectionChange: (keys: Selection) => void };
}

/** A queue's states: loading, error (with retry), empty, or the table and its paging. */
export function ContractQueueList({ queue, label, emptyText, columns, selection }: ContractQueueListProps) {
  const { t } = useI18n();
  const p = t.contractQueues.table;
  const { contracts, setPage } = queue;
  return (
    <>
      {contracts.error ? <ErrorAlert error={contracts.error} onRetry={contracts.reload} /> : null}
      {contracts.loading && !contracts.data ? <LoadingState /> : null}
      {contracts.data?.total === 0 ? <EmptyState title={emptyText} /> : null}
      {contracts.data && contracts.data.total > 0 ? (
        <div aria-busy={contracts.loading} className="stack">
          <ContractTable label={label} items={contracts.data.items} columns={columns} selection={selection} />
          <Pagination
            page={contracts.data.page}
            pageSize={contracts.data.pageSize}
            total={contracts.data.total}
            onPage={setPage}
            label={p.pagination}
            previous={p.previous}
            next={p.next}
            status={p.pageStatus}
          />
        </div>
      ) : null}
    </>
  );
}
