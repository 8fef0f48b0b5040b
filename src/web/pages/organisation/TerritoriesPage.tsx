import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Territory } from '../../../shared/contracts/organisations.js';
import { communesApi, territoriesApi } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SortableColumn } from '../../components/SortableColumn.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useSortedItems } from '../../components/useSortedItems.js';
import { useI18n } from '../../i18n/index.js';
import { TerritoryDialog } from './TerritoryDialog.js';

export function TerritoriesPage() {
  const { t, formatNumber } = useI18n();
  const o = t.organisation.territories;
  const territories = useResource('territories', territoriesApi.list);
  const communes = useResource('communes', communesApi.list);
  const [editing, setEditing] = useState<{ territory: Territory | null } | null>(null);
  const { sorted, sortDescriptor, onSortChange } = useSortedItems(
    territories.data ?? [],
    { name: (x) => x.name, communeCount: (x) => x.communeCount },
    { column: 'name', direction: 'ascending' },
  );

  const reload = () => {
    territories.reload();
    communes.reload();
  };
  const error = territories.error ?? communes.error;
  const ready = territories.data && communes.data;

  return (
    <>
      <PageHeader
        title={o.title}
        intro={o.intro}
        actions={
          <Button variant="primary" onPress={() => setEditing({ territory: null })} isDisabled={!ready}>
            {o.create}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {!ready && !error ? <LoadingState /> : null}
      {ready && sorted.length === 0 ? (
        <EmptyState title={o.empty}>
          <p>{o.emptyHint}</p>
        </EmptyState>
      ) : null}
      {ready && sorted.length > 0 ? (
        <div className="table-wrap">
          <Table aria-label={o.title} sortDescriptor={sortDescriptor} onSortChange={onSortChange} className="table">
            <TableHeader className="table__header">
              <SortableColumn id="name" isRowHeader>
                {o.name}
              </SortableColumn>
              <SortableColumn id="communeCount">{o.communeCount}</SortableColumn>
              <Column id="actions" className="table__column">
                {t.common.actions}
              </Column>
            </TableHeader>
            <TableBody items={sorted} dependencies={[t, formatNumber]}>
              {(territory) => (
                <Row id={territory.id} className="table__row">
                  <Cell className="table__cell">{territory.name}</Cell>
                  <Cell className="table__cell">{formatNumber(territory.communeCount)}</Cell>
                  <Cell className="table__cell">
                    <Button size="sm" onPress={() => setEditing({ territory })} aria-label={o.editLabel(territory.name)}>
                      {t.common.edit}
                    </Button>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {editing && territories.data && communes.data ? (
        <TerritoryDialog
          territory={editing.territory}
          territories={territories.data}
          communes={communes.data}
          onClose={() => setEditing(null)}
          onSaved={reload}
        />
      ) : null}
    </>
  );
}
