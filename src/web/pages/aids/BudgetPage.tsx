import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { aidsApi, type BudgetData } from '../../api/aids.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import './aids.css';

/** « Budget des aides »: the year's envelopes, then what grants took by aid type, territory and PIP. */
export function BudgetPage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const b = t.aids.budget;
  const loaded = useResource('aid-budget', () => aidsApi.budget());
  const data = loaded.data;
  const euros = (cents: number) => formatMoney(cents / 100);

  return (
    <>
      <PageHeader title={b.title} intro={b.intro} />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!data ? (loaded.error ? null : <LoadingState />) : (
        <>
          <section className="aid__section" aria-labelledby="budget-envelopes">
            <h2 id="budget-envelopes">{`${b.envelopes} ${data.year}`}</h2>
            {data.envelopes.length === 0 ? <EmptyState title={b.noEnvelope} /> : (
              <div className="table-wrap">
                <Table aria-labelledby="budget-envelopes" className="table">
                  <TableHeader className="table__header">
                    <Column isRowHeader className="table__column">{b.scope}</Column>
                    <Column className="table__column">{b.amount}</Column>
                    <Column className="table__column">{b.consumed}</Column>
                    <Column className="table__column">{b.paid}</Column>
                    <Column className="table__column">{b.left}</Column>
                  </TableHeader>
                  <TableBody items={data.envelopes} dependencies={[t]}>
                    {(e) => (
                      <Row id={e.id} className="table__row">
                        <Cell className="table__cell">{t.aids.types[e.scope]}</Cell>
                        <Cell className="table__cell table__cell--nowrap">{euros(e.amountCents)}</Cell>
                        <Cell className="table__cell table__cell--nowrap">{euros(e.consumedCents)}</Cell>
                        <Cell className="table__cell table__cell--nowrap">{euros(e.paidCents)}</Cell>
                        <Cell className="table__cell table__cell--nowrap">{euros(e.amountCents - e.consumedCents)}</Cell>
                      </Row>
                    )}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          {(['byType', 'byTerritory', 'byProvider'] as const).map((key) => (
            <ConsumptionTable key={key} id={`budget-${key}`} title={b[key]} lines={data[key]} euros={euros} count={formatNumber} />
          ))}
        </>
      )}
    </>
  );
}

function ConsumptionTable({ id, title, lines, euros, count }: { id: string; title: string; lines: BudgetData['byType']; euros: (c: number) => string; count: (n: number) => string }) {
  const { t } = useI18n();
  const b = t.aids.budget;
  return (
    <section className="aid__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {lines.length === 0 ? <p>{b.empty}</p> : (
        <div className="table-wrap">
          <Table aria-labelledby={id} className="table">
            <TableHeader className="table__header">
              <Column isRowHeader className="table__column">{b.label}</Column>
              <Column className="table__column">{b.requests}</Column>
              <Column className="table__column">{t.aids.columns.granted}</Column>
              <Column className="table__column">{b.paid}</Column>
            </TableHeader>
            <TableBody items={lines.map((l) => ({ ...l, id: l.key }))} dependencies={[t]}>
              {(l) => (
                <Row id={l.id} className="table__row">
                  <Cell className="table__cell">{id === 'budget-byType' ? (t.aids.types[l.key as keyof typeof t.aids.types] ?? l.label) : l.label}</Cell>
                  <Cell className="table__cell">{count(l.requests)}</Cell>
                  <Cell className="table__cell table__cell--nowrap">{euros(l.grantedCents)}</Cell>
                  <Cell className="table__cell table__cell--nowrap">{euros(l.paidCents)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
