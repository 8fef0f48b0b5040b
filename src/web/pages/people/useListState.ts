import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SortDescriptor } from 'react-aria-components';
import { ALERT_KINDS, PATHWAY_STATUSES, type AlertKind, type PathwayStatus } from '../../../shared/beneficiaries.js';
import { SORTS } from '../../../shared/contracts/beneficiaries.js';
import type { ListFilters, Sort } from '../../api/people.js';

/** The filters a person can change on a list; the page's own (a queue's status) are not here. */
export type EditableFilters = Pick<ListFilters, 'q' | 'status' | 'alert' | 'territoryId' | 'lotId' | 'providerId'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | undefined =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
const uuid = (raw: string | null) => (raw && UUID.test(raw) ? raw : undefined);

export interface ListState {
  filters: EditableFilters;
  sort: Sort;
  direction: 'asc' | 'desc';
  page: number;
  sortDescriptor: SortDescriptor;
  setFilters: (filters: EditableFilters) => void;
  setSort: (descriptor: SortDescriptor) => void;
  setPage: (page: number) => void;
}

/**
 * A list's filters, sort and page live in the address (?q=…&status=…&page=2): they survive a visit
 * to a person's file and back, a reload, and can be bookmarked. Unknown values are dropped.
 */
export function useListState(defaults: { sort: Sort; direction: 'asc' | 'desc' }): ListState {
  const [params, setParams] = useSearchParams();

  const state = useMemo(() => {
    const filters: EditableFilters = {
      q: params.get('q')?.trim().slice(0, 120) || undefined,
      status: oneOf<PathwayStatus>(PATHWAY_STATUSES, params.get('status')),
      alert: oneOf<AlertKind>(ALERT_KINDS, params.get('alert')),
      territoryId: uuid(params.get('territoryId')),
      lotId: uuid(params.get('lotId')),
      providerId: uuid(params.get('providerId')),
    };
    const sort = oneOf<Sort>(SORTS, params.get('sort')) ?? defaults.sort;
    const direction = oneOf(['asc', 'desc'] as const, params.get('direction')) ?? defaults.direction;
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
    return { filters, sort, direction, page };
  }, [params, defaults.sort, defaults.direction]);

  const write = useCallback(
    (next: { filters: EditableFilters; sort: Sort; direction: 'asc' | 'desc'; page: number }) => {
      const out = new URLSearchParams();
      for (const [key, value] of Object.entries(next.filters)) if (value) out.set(key, value);
      if (next.sort !== defaults.sort || next.direction !== defaults.direction) {
        out.set('sort', next.sort);
        out.set('direction', next.direction);
      }
      if (next.page > 1) out.set('page', String(next.page));
      // Replace: paging and sorting are not places the Back button should walk through.
      setParams(out, { replace: true });
    },
    [setParams, defaults.sort, defaults.direction],
  );

  return {
    ...state,
    sortDescriptor: { column: state.sort, direction: state.direction === 'asc' ? 'ascending' : 'descending' },
    setFilters: (filters) => write({ ...state, filters, page: 1 }),
    setSort: (d) => write({ ...state, sort: String(d.column) as Sort, direction: d.direction === 'descending' ? 'desc' : 'asc', page: 1 }),
    setPage: (page) => write({ ...state, page }),
  };
}
