import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader, type Selection, type SortDescriptor } from 'react-aria-components';
import type { BeneficiarySummary } from '../../../shared/contracts/beneficiaries.js';
import { filePath } from '../../app/navigation.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { SortableColumn } from '../../components/SortableColumn.js';
import { useI18n } from '../../i18n/index.js';
import { AlertBadges, StatusBadge } from './badges.js';

export type OptionalColumn = 'status' | 'pip' | 'referent' | 'lastContact';

export interface BeneficiaryTableProps {
  label: string;
  items: BeneficiarySummary[];
  emptyText: string;
  sortDescriptor: SortDescriptor;
  onSortChange: (descriptor: SortDescriptor) => void;
  columns: readonly OptionalColumn[];
  /** Row selection (bulk orientation); absent, rows are not selectable. */
  selection?: { selectedKeys: Selection; onSelectionChange: (keys: Selection) => void };
  /** Buttons of the last column (assign, orient…), labelled with the person's name. */
  actions?: (person: BeneficiarySummary) => ReactNode;
}

export const fullName = (p: Pick<BeneficiarySummary, 'lastName' | 'firstNames'>) => `${p.lastName.toUpperCase()} ${p.firstNames}`;

/**
 * The people lists: a React Aria grid, sorted by the server (aria-sort on the headers). Each row
 * opens the person's file (Enter on the row, or the name's link); the address of the list travels
 * along so the file's "back" link returns to the same filters and page.
 */
export function BeneficiaryTable({ label, items, emptyText, sortDescriptor, onSortChange, columns, selection, actions }: BeneficiaryTableProps) {
  const { t, formatDate } = useI18n();
  const l = t.list;
  const location = useLocation();
  const back = `${location.pathname}${location.search}`;
  const show = (column: OptionalColumn) => columns.includes(column);

  return (
    <div className="table-wrap">
      <Table
        aria-label={label}
        sortDescriptor={sortDescriptor}
        onSortChange={onSortChange}
        selectionMode={selection ? 'multiple' : 'none'}
        selectedKeys={selection?.selectedKeys}
        onSelectionChange={selection?.onSelectionChange}
        className="table table--people"
      >
        <TableHeader className="table__header">
          {selection ? (
            <Column className="table__column table__column--check">
              <Checkbox slot="selection" />
            </Column>
          ) : null}
          <SortableColumn id="name" isRowHeader>
            {l.name}
          </SortableColumn>
          <SortableColumn id="birthDate">{l.birthDate}</SortableColumn>
          <Column id="commune" className="table__column">
            {l.commune}
          </Column>
          {show('status') ? <SortableColumn id="status">{l.statusColumn}</SortableColumn> : null}
          {show('pip') ? (
            <Column id="pip" className="table__column">
              {l.pip}
            </Column>
          ) : null}
          {show('referent') ? (
            <Column id="referent" className="table__column">
              {l.referent}
            </Column>
          ) : null}
          {show('lastContact') ? <SortableColumn id="lastContact">{l.lastContact}</SortableColumn> : null}
          <SortableColumn id="alerts">{l.alertsColumn}</SortableColumn>
          {actions ? (
            <Column id="actions" className="table__column">
              {t.common.actions}
            </Column>
          ) : null}
        </TableHeader>
        <TableBody
          items={items}
          dependencies={[t, formatDate, back, actions, columns]}
          renderEmptyState={() => <p className="table__empty">{emptyText}</p>}
        >
          {(person) => (
            <Row id={person.id} href={filePath(person.id)} routerOptions={{ state: { back } }} className="table__row">
              {selection ? (
                <Cell className="table__cell table__cell--check">
                  <Checkbox slot="selection" />
                </Cell>
              ) : null}
              <Cell className="table__cell">
                <Link href={filePath(person.id)} routerOptions={{ state: { back } }} className="table__link">
                  {fullName(person)}
                </Link>
              </Cell>
              <Cell className="table__cell table__cell--nowrap">{formatDate(person.birthDate)}</Cell>
              <Cell className="table__cell">{person.communeName ?? <span className="muted">{t.common.none}</span>}</Cell>
              {show('status') ? (
                <Cell className="table__cell">
                  <StatusBadge status={person.pathwayStatus} />
                </Cell>
              ) : null}
              {show('pip') ? <Cell className="table__cell">{person.providerName ?? t.common.none}</Cell> : null}
              {show('referent') ? <Cell className="table__cell">{person.referentName ?? t.common.none}</Cell> : null}
              {show('lastContact') ? (
                <Cell className="table__cell table__cell--nowrap">{person.lastContactOn ? formatDate(person.lastContactOn) : t.common.none}</Cell>
              ) : null}
              <Cell className="table__cell">
                <AlertBadges alerts={person.alerts} />
              </Cell>
              {actions ? (
                <Cell className="table__cell">
                  <div className="table__actions">{actions(person)}</div>
                </Cell>
              ) : null}
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
