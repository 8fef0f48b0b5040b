import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Lot, Tender } from '../../../shared/contracts/organisations.js';
import { Button } from '../../components/Button.js';
import { SortableColumn } from '../../components/SortableColumn.js';
import { useSortedItems } from '../../components/useSortedItems.js';
import { useI18n } from '../../i18n/index.js';

interface LotsTableProps {
  tender: Tender;
  territoryName: (id: string) => string;
  providerName: (id: string | null) => string;
  onEdit: (lot: Lot) => void;
}

export function LotsTable({ tender, territoryName, providerName, onEdit }: LotsTableProps) {
  const { t, formatDate, formatMoney, formatNumber } = useI18n();
  const o = t.organisation.lots;
  const { sorted, sortDescriptor, onSortChange } = useSortedItems(
    tender.lots,
    {
      number: (l) => l.number,
      label: (l) => l.label,
      territory: (l) => territoryName(l.territoryId),
      provider: (l) => (l.providerId ? providerName(l.providerId) : null),
      capacity: (l) => l.capacity,
    },
    { column: 'number', direction: 'ascending' },
  );

  const price = (lot: Lot) =>
    [
      lot.pricePerBeneficiaryMonth !== null ? o.perMonth(formatMoney(lot.pricePerBeneficiaryMonth)) : null,
      lot.fixedPrice !== null ? o.fixed(formatMoney(lot.fixedPrice)) : null,
    ]
      .filter(Boolean)
      .join(' + ') || t.common.none;

  return (
    <div className="table-wrap">
      <Table
        aria-label={t.organisation.tenders.lotsOf(tender.reference)}
        sortDescriptor={sortDescriptor}
        onSortChange={onSortChange}
        className="table"
      >
        <TableHeader className="table__header">
          <SortableColumn id="number">{o.number}</SortableColumn>
          <SortableColumn id="label" isRowHeader>
            {o.label}
          </SortableColumn>
          <SortableColumn id="territory">{o.territory}</SortableColumn>
          <SortableColumn id="provider">{o.provider}</SortableColumn>
          <SortableColumn id="capacity">{o.capacity}</SortableColumn>
          <Column id="period" className="table__column">
            {o.period}
          </Column>
          <Column id="price" className="table__column">
            {o.price}
          </Column>
          <Column id="actions" className="table__column">
            {t.common.actions}
          </Column>
        </TableHeader>
        <TableBody items={sorted} dependencies={[t, territoryName, providerName, formatDate]} renderEmptyState={() => <p className="table__empty">{t.organisation.tenders.noLots}</p>}>
          {(lot) => (
            <Row id={lot.id} className="table__row">
              <Cell className="table__cell">{lot.number}</Cell>
              <Cell className="table__cell">{lot.label}</Cell>
              <Cell className="table__cell">{territoryName(lot.territoryId)}</Cell>
              <Cell className="table__cell">{lot.providerId ? providerName(lot.providerId) : o.noProvider}</Cell>
              <Cell className="table__cell">{formatNumber(lot.capacity)}</Cell>
              <Cell className="table__cell">
                {t.organisation.tenders.period(formatDate(lot.startsOn), formatDate(lot.endsOn))}
              </Cell>
              <Cell className="table__cell">{price(lot)}</Cell>
              <Cell className="table__cell">
                <Button size="sm" onPress={() => onEdit(lot)} aria-label={o.editLabel(lot.number)}>
                  {t.common.edit}
                </Button>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
