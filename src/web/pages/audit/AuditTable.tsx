import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { AuditEntry } from '../../../shared/contracts/audit.js';
import { useI18n } from '../../i18n/index.js';

/** Newest first, as the server sends them; sorting happens server-side with the paging. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, formatDateTime } = useI18n();
  const a = t.audit;
  return (
    <div className="table-wrap">
      <Table aria-label={a.tableLabel} className="table table--dense">
        <TableHeader className="table__header">
          <Column id="occurredAt" isRowHeader className="table__column">
            {a.occurredAt}
          </Column>
          <Column id="actor" className="table__column">
            {a.actor}
          </Column>
          <Column id="action" className="table__column">
            {a.action}
          </Column>
          <Column id="entity" className="table__column">
            {a.entity}
          </Column>
          <Column id="ip" className="table__column">
            {a.ip}
          </Column>
          <Column id="sealed" className="table__column">
            {a.sealed}
          </Column>
        </TableHeader>
        <TableBody items={entries} dependencies={[t, formatDateTime]} renderEmptyState={() => <p className="table__empty">{a.empty}</p>}>
          {(entry) => (
            <Row id={entry.id} className="table__row">
              <Cell className="table__cell table__cell--nowrap">{formatDateTime(entry.occurredAt)}</Cell>
              <Cell className="table__cell">{entry.actorName ?? a.system}</Cell>
              <Cell className="table__cell">
                <code>{entry.action}</code>
              </Cell>
              <Cell className="table__cell table__cell--break">
                {entry.entityType}
                {entry.entityId ? <span className="muted"> · {entry.entityId}</span> : null}
              </Cell>
              <Cell className="table__cell">{entry.ip ?? t.common.none}</Cell>
              <Cell className="table__cell">
                <span className={`badge ${entry.sealed ? 'badge--success' : 'badge--muted'}`}>
                  {entry.sealed ? t.common.yes : a.sealedPending}
                </span>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
