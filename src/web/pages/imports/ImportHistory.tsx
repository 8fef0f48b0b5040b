import { useId } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { ImportSummaryData } from '../../api/people.js';
import { useI18n } from '../../i18n/index.js';

/** The département's last imports, newest first as the server sends them. */
export function ImportHistory({ imports }: { imports: ImportSummaryData[] }) {
  const { t, formatDateTime } = useI18n();
  const h = t.imports.history;
  const titleId = useId();
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{h.title}</h2>
      <div className="table-wrap">
        <Table aria-label={h.tableLabel} className="table table--dense">
          <TableHeader className="table__header">
            <Column id="date" className="table__column">
              {h.date}
            </Column>
            <Column id="file" isRowHeader className="table__column">
              {h.file}
            </Column>
            <Column id="kind" className="table__column">
              {h.kind}
            </Column>
            <Column id="status" className="table__column">
              {h.status}
            </Column>
            <Column id="result" className="table__column">
              {h.result}
            </Column>
          </TableHeader>
          <TableBody items={imports} dependencies={[t, formatDateTime]} renderEmptyState={() => <p className="table__empty">{h.empty}</p>}>
            {(item) => (
              <Row id={item.id} className="table__row">
                <Cell className="table__cell table__cell--nowrap">{formatDateTime(item.appliedAt ?? item.createdAt)}</Cell>
                <Cell className="table__cell table__cell--break">{item.fileName}</Cell>
                <Cell className="table__cell">{h.kinds[item.kind] ?? item.kind}</Cell>
                <Cell className="table__cell">
                  <span className={`badge ${item.status === 'applied' ? 'badge--success' : 'badge--muted'}`}>{h.statuses[item.status] ?? item.status}</span>
                </Cell>
                <Cell className="table__cell">{h.summary(item.counts.create, item.counts.update, item.counts.rejected)}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
