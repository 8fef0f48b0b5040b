import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { orientationApi } from '../../api/people.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SortableColumn } from '../../components/SortableColumn.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useSortedItems } from '../../components/useSortedItems.js';
import { useI18n } from '../../i18n/index.js';

/** Each référent's caseload against the département's target, and the way into their list. */
export function CaseloadsPage() {
  const { t, formatNumber } = useI18n();
  const c = t.caseloads;
  const caseloads = useResource('caseloads', orientationApi.caseloads);
  const { sorted, sortDescriptor, onSortChange } = useSortedItems(
    caseloads.data ?? [],
    {
      name: (x) => x.displayName,
      caseload: (x) => x.caseload,
      load: (x) => (x.target > 0 ? x.caseload / x.target : x.caseload),
      withAlerts: (x) => x.withAlerts,
    },
    { column: 'name', direction: 'ascending' },
  );

  return (
    <>
      <PageHeader title={c.title} intro={c.intro} />
      {caseloads.error ? <ErrorAlert error={caseloads.error} onRetry={caseloads.reload} /> : null}
      {caseloads.loading && !caseloads.data ? <LoadingState /> : null}
      {caseloads.data ? (
        <div className="table-wrap">
          <Table aria-label={c.tableLabel} sortDescriptor={sortDescriptor} onSortChange={onSortChange} className="table">
            <TableHeader className="table__header">
              <SortableColumn id="name" isRowHeader>
                {c.referent}
              </SortableColumn>
              <SortableColumn id="caseload">{c.caseload}</SortableColumn>
              <Column id="target" className="table__column">
                {c.target}
              </Column>
              <SortableColumn id="load">{c.load}</SortableColumn>
              <SortableColumn id="withAlerts">{c.withAlerts}</SortableColumn>
            </TableHeader>
            <TableBody items={sorted} dependencies={[t, formatNumber]} renderEmptyState={() => <p className="table__empty">{c.empty}</p>}>
              {(r) => (
                <Row id={r.referentId} href={`/portefeuilles/${r.referentId}`} className="table__row">
                  <Cell className="table__cell">
                    <Link href={`/portefeuilles/${r.referentId}`} className="table__link" aria-label={c.openList(r.displayName)}>
                      {r.displayName}
                    </Link>
                    {r.active ? null : <span className="badge badge--muted badge--inline">{c.inactive}</span>}
                  </Cell>
                  <Cell className="table__cell">{formatNumber(r.caseload)}</Cell>
                  <Cell className="table__cell">{formatNumber(r.target)}</Cell>
                  <Cell className="table__cell">
                    {c.ratio(r.caseload, r.target)}{' '}
                    <span className={`badge ${r.caseload > r.target ? 'badge--warning' : 'badge--success'}`}>
                      {r.caseload > r.target ? c.over : c.under}
                    </span>
                  </Cell>
                  <Cell className="table__cell">{formatNumber(r.withAlerts)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
