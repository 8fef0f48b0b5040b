import { useEffect, useRef, useState } from 'react';
import type { Selection } from 'react-aria-components';
import type { ApiError } from '../../api/client.js';
import type { BulkValidationResult, ContractSummaryData } from '../../api/contract-queues.js';
import { Button } from '../../components/Button.js';
import { useNotify } from '../../components/Notifier.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ContractQueueList } from './ContractQueueList.js';
import { useQueuePage } from './useQueuePage.js';
import { ValidationDialog } from './ValidationDialog.js';
import './contract-queues.css';

const COLUMNS = ['provider', 'submittedAt'] as const;

/**
 * « Contrats à valider »: the contracts the PIPs submitted, oldest first (the server's order), to
 * validate in bulk; one contract's page is where it is validated or sent back on its own.
 */
export function ContractValidationPage() {
  const { t } = useI18n();
  const v = t.contractQueues.validation;
  const notify = useNotify();
  const [refresh, setRefresh] = useState(0);
  const queue = useQueuePage('to_validate', refresh);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** The selection as it was when the dialog opened: what the officer confirms. */
  const [validating, setValidating] = useState<ContractSummaryData[] | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [focusHeading, setFocusHeading] = useState(0);
  const validated = useRef(false);

  // What is selected among the rows shown: a reload drops the contracts that left the queue.
  const items = queue.contracts.data?.items ?? [];
  const chosen = items.filter((c) => selected.has(c.id));
  const select = (keys: Selection) => setSelected(keys === 'all' ? new Set(items.map((c) => c.id)) : new Set([...keys].map(String)));
  const clear = () => setSelected(new Set());
  // A selection belongs to the page it was made on.
  const goTo = (page: number) => {
    clear();
    queue.setPage(page);
  };

  // The button that opened the dialog is disabled once its selection is validated: rather than
  // lose the focus, give it to the page's heading (after the dialog has let it go).
  useEffect(() => {
    if (focusHeading === 0) return;
    const frame = requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [focusHeading]);

  function done(result: BulkValidationResult) {
    const later = result.results.filter((r) => r.status !== 'in_force').length;
    notify(v.done(result.validated, later));
    setConflict(null);
    clear();
    validated.current = true;
    setRefresh((n) => n + 1);
  }

  function refused(error: ApiError) {
    setConflict(error);
    setRefresh((n) => n + 1);
  }

  function closeDialog() {
    setValidating(null);
    if (validated.current) setFocusHeading((n) => n + 1);
    validated.current = false;
  }

  return (
    <>
      <PageHeader title={v.title} intro={v.intro} />
      {conflict ? <ErrorAlert error={conflict} /> : null}
      {queue.contracts.data?.total ? (
        <div className="list-toolbar">
          <div className="list-toolbar__selection">
            <p className="list-toolbar__count" role="status">
              {v.selectionCount(chosen.length)}
            </p>
            <Button variant="primary" size="sm" isDisabled={chosen.length === 0} onPress={() => setValidating(chosen)}>
              {v.validateSelection}
            </Button>
            {chosen.length ? (
              <Button size="sm" variant="quiet" onPress={clear}>
                {v.clearSelection}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      <ContractQueueList
        queue={{ ...queue, setPage: goTo }}
        label={v.tableLabel}
        emptyText={v.empty}
        columns={COLUMNS}
        selection={{ selectedKeys: new Set(chosen.map((c) => c.id)), onSelectionChange: select }}
      />
      {validating ? <ValidationDialog contracts={validating} onClose={closeDialog} onValidated={done} onConflict={refused} /> : null}
    </>
  );
}
