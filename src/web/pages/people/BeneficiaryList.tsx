import { useState, type ReactNode } from 'react';
import type { Selection } from 'react-aria-components';
import type { BeneficiarySummary } from '../../../shared/contracts/beneficiaries.js';
import { beneficiariesApi, type ListFilters, type Sort } from '../../api/people.js';
import { useResource } from '../../api/useResource.js';
import { Pagination } from '../../components/Pagination.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { BeneficiaryFilters, type OrganisationOptions } from './BeneficiaryFilters.js';
import { BeneficiaryTable, type OptionalColumn } from './BeneficiaryTable.js';
import { ExportLinks } from './ExportLinks.js';
import { useListState } from './useListState.js';

const PAGE_SIZE = 50;

export interface SelectionTools {
  /** The selected people of the page shown. */
  people: BeneficiarySummary[];
  clear: () => void;
}

export interface BeneficiaryListProps {
  label: string;
  emptyText?: string;
  /** The page's own filters (a queue's status, a referent's caseload), not shown as fields. */
  fixed?: ListFilters;
  defaults: { sort: Sort; direction: 'asc' | 'desc' };
  showStatusFilter?: boolean;
  organisation?: OrganisationOptions;
  columns: readonly OptionalColumn[];
  actions?: (person: BeneficiarySummary) => ReactNode;
  /** Row selection and what to do with it (bulk orientation). */
  selectionToolbar?: (selection: SelectionTools) => ReactNode;
  /** Bumped by the page after an action changed the people listed: fetch again. */
  refresh?: number;
}

/** Filters, the table, paging and the export of one list of people, all from the address. */
export function BeneficiaryList(props: BeneficiaryListProps) {
  const { label, emptyText, fixed, defaults, showStatusFilter = true, organisation, columns, actions, selectionToolbar, refresh = 0 } = props;
  const { t } = useI18n();
  const l = t.list;
  const list = useListState(defaults);
  const query: ListFilters = { ...list.filters, ...fixed, sort: list.sort, direction: list.direction };
  const key = JSON.stringify({ query, page: list.page });
  const people = useResource(`${key}#${refresh}`, () => beneficiariesApi.list(query, list.page, PAGE_SIZE));
  // A selection belongs to the list it was made on: another page, filter or refresh starts empty.
  const selectionKey = `${key}#${refresh}`;
  const [selection, setSelection] = useState<{ key: string; keys: Set<string> }>({ key: selectionKey, keys: new Set() });
  const selected = selection.key === selectionKey ? selection.keys : new Set<string>();
  const items = people.data?.items ?? [];
  const select = (keys: Selection) =>
    setSelection({ key: selectionKey, keys: keys === 'all' ? new Set(items.map((p) => p.id)) : new Set([...keys].map(String)) });

  return (
    <>
      <BeneficiaryFilters
        key={JSON.stringify(list.filters)}
        value={list.filters}
        onApply={list.setFilters}
        showStatus={showStatusFilter}
        organisation={organisation}
      />
      <div className="list-toolbar">
        {selectionToolbar ? (
          <div className="list-toolbar__selection">
            <p className="list-toolbar__count" role="status">
              {l.selectionCount(selected.size)}
            </p>
            {selectionToolbar({ people: items.filter((p) => selected.has(p.id)), clear: () => setSelection({ key: selectionKey, keys: new Set() }) })}
          </div>
        ) : null}
        <ExportLinks urlOf={(format) => beneficiariesApi.exportUrl(query, format)} />
      </div>
      {people.error ? <ErrorAlert error={people.error} onRetry={people.reload} /> : null}
      {people.loading && !people.data ? <LoadingState /> : null}
      {people.data ? (
        <div aria-busy={people.loading} className="stack">
          <BeneficiaryTable
            label={label}
            items={items}
            emptyText={emptyText ?? l.empty}
            sortDescriptor={list.sortDescriptor}
            onSortChange={list.setSort}
            columns={columns}
            actions={actions}
            selection={selectionToolbar ? { selectedKeys: selected, onSelectionChange: select } : undefined}
          />
          <Pagination
            page={people.data.page}
            pageSize={people.data.pageSize}
            total={people.data.total}
            onPage={list.setPage}
            label={l.pagination}
            previous={l.previous}
            next={l.next}
            status={l.pageStatus}
          />
        </div>
      ) : null}
    </>
  );
}
