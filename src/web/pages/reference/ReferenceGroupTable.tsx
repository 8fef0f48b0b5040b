import { useId } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { ReferenceItemData } from '../../api/reference.js';
import { Button } from '../../components/Button.js';
import { useI18n } from '../../i18n/index.js';

interface ReferenceGroupTableProps {
  /** The theme's name above its table; null for the themes list, which is one table. */
  title: string | null;
  /** The theme's code beside its name, when the name is a label rather than the code itself. */
  code: string | null;
  /** In position order: the order the lists offer them. */
  items: ReferenceItemData[];
  showCode: boolean;
  /** A change is being saved: moves wait for it, so two clicks do not interleave. */
  pending: boolean;
  onRename: (item: ReferenceItemData) => void;
  onToggleActive: (item: ReferenceItemData) => void;
  onMove: (index: number, delta: -1 | 1) => void;
}

export function ReferenceGroupTable({ title, code, items, showCode, pending, onRename, onToggleActive, onMove }: ReferenceGroupTableProps) {
  const { t, formatNumber } = useI18n();
  const r = t.reference;
  const headingId = useId();
  const rows = items.map((item, index) => ({ item, index }));
  const columns = [
    { id: 'label', name: r.label },
    ...(showCode ? [{ id: 'code', name: r.code }] : []),
    { id: 'status', name: r.status },
    { id: 'order', name: r.order },
    { id: 'actions', name: t.common.actions },
  ];

  const table = (
    <div className="table-wrap">
      <Table aria-label={title ? undefined : r.lists.themes} aria-labelledby={title ? headingId : undefined} className="table">
        <TableHeader columns={columns} className="table__header">
          {(column) => (
            <Column id={column.id} isRowHeader={column.id === 'label'} className="table__column">
              {column.name}
            </Column>
          )}
        </TableHeader>
        <TableBody items={rows} dependencies={[t, pending, showCode, formatNumber]}>
          {({ item, index }) => (
            <Row id={item.id} className="table__row">
              <Cell className="table__cell">{item.label}</Cell>
              {showCode ? <Cell className="table__cell table__cell--break">{item.theme}</Cell> : null}
              <Cell className="table__cell">
                <span className={`badge ${item.active ? 'badge--success' : 'badge--muted'}`}>{item.active ? r.active : r.inactive}</span>
              </Cell>
              <Cell className="table__cell">{formatNumber(index + 1)}</Cell>
              <Cell className="table__cell">
                <div className="table__actions">
                  <Button size="sm" onPress={() => onRename(item)} aria-label={r.renameLabel(item.label)}>
                    {r.rename}
                  </Button>
                  <Button size="sm" onPress={() => onToggleActive(item)} aria-label={item.active ? r.deactivateLabel(item.label) : r.reactivateLabel(item.label)}>
                    {item.active ? r.deactivate : r.reactivate}
                  </Button>
                  <Button size="sm" variant="quiet" onPress={() => onMove(index, -1)} isDisabled={index === 0} isPending={pending} aria-label={r.moveUpLabel(item.label)}>
                    <span aria-hidden="true">↑ </span>
                    {r.moveUp}
                  </Button>
                  <Button size="sm" variant="quiet" onPress={() => onMove(index, 1)} isDisabled={index === items.length - 1} isPending={pending} aria-label={r.moveDownLabel(item.label)}>
                    <span aria-hidden="true">↓ </span>
                    {r.moveDown}
                  </Button>
                </div>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );

  if (!title) return table;
  return (
    <section className="reference-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="reference-group__title">
        {title}
        {code ? <span className="reference-group__count">({code})</span> : null}
        <span className="reference-group__count">— {r.groupCount(items.length)}</span>
      </h3>
      {table}
    </section>
  );
}
