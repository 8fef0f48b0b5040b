import { useState, type ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { AID_TYPES, ENVELOPE_SCOPES, type AidType, type EnvelopeScope } from '../../../shared/aids.js';
import { aidsApi, type CatalogueEntryData, type EnvelopeData } from '../../api/aids.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { CatalogueDialog, EnvelopeDialog } from './CatalogueDialogs.js';
import './aids.css';

/** An amount keeps to one line; a missing row shows a dash. */
const money = (text: string | null) => ({ text: text ?? '—', nowrap: true });
type CellContent = string | { text: string; nowrap: boolean };

/** One section of the page: a titled table whose first column names the row and whose last holds its button. */
function CatalogueTable<T extends { id: string }>(props: {
  id: string; title: string; columns: string[]; actionHeader: string; items: T[]; dependencies: unknown[];
  cells: (item: T) => CellContent[]; action: (item: T) => ReactNode;
}) {
  return (
    <section className="aid__section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <div className="table-wrap">
        <Table aria-labelledby={props.id} className="table">
          <TableHeader className="table__header">
            {props.columns.map((label, i) => <Column key={label} isRowHeader={i === 0} className="table__column">{label}</Column>)}
            <Column className="table__column"><span className="visually-hidden">{props.actionHeader}</span></Column>
          </TableHeader>
          <TableBody items={props.items} dependencies={props.dependencies}>
            {(item) => (
              <Row id={item.id} className="table__row">
                {props.cells(item).map((cell, i) => {
                  const { text, nowrap } = typeof cell === 'string' ? { text: cell, nowrap: false } : cell;
                  return <Cell key={i} className={nowrap ? 'table__cell table__cell--nowrap' : 'table__cell'}>{text}</Cell>;
                })}
                <Cell className="table__cell">{props.action(item)}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

type Open = { kind: 'entry'; aidType: AidType; entry: CatalogueEntryData | null } | { kind: 'envelope'; scope: EnvelopeScope; envelope: EnvelopeData | null };

/** « Catalogue des aides » (administrator): every aid type with its conditions, and the year's envelopes. */
export function CataloguePage() {
  const { t, formatMoney } = useI18n();
  const a = t.aids;
  const c = a.catalogue;
  const catalogue = useResource('aid-catalogue', () => aidsApi.catalogue());
  const envelopes = useResource('aid-envelopes', () => aidsApi.envelopes());
  const [open, setOpen] = useState<Open | null>(null);
  const euros = (cents: number | null) => (cents === null ? c.none : formatMoney(cents / 100));
  const error = catalogue.error ?? envelopes.error;
  if (error) return <ErrorAlert error={error} onRetry={() => { catalogue.reload(); envelopes.reload(); }} />;
  if (!catalogue.data || !envelopes.data) return <LoadingState />;
  const entries = AID_TYPES.map((aidType) => ({ id: aidType, aidType, entry: catalogue.data!.find((e) => e.aidType === aidType) ?? null }));
  const scopes = ENVELOPE_SCOPES.map((scope) => ({ id: scope, scope, envelope: envelopes.data!.find((e) => e.scope === scope) ?? null }));

  return (
    <>
      <PageHeader title={c.title} intro={c.intro} />
      <CatalogueTable
        id="catalogue-entries" title={c.entries} items={entries} dependencies={[t, catalogue.data]} actionHeader={c.save}
        columns={[a.columns.type, c.perRequest, c.perYear, c.lifetime, c.documents, c.contract, c.active]}
        cells={({ aidType, entry }) => [
          a.types[aidType],
          money(entry && euros(entry.perRequestCents)),
          money(entry && euros(entry.perPersonYearCents)),
          money(entry && euros(entry.lifetimeCents)),
          entry ? entry.requiredDocuments.map((d) => a.documents[d]).join(', ') || c.none : '—',
          entry ? (entry.contractRequired ? c.yes : c.no) : '—',
          entry?.active ? c.yes : c.no,
        ]}
        action={({ aidType, entry }) => (
          <Button size="sm" aria-label={c.edit(a.types[aidType])} onPress={() => setOpen({ kind: 'entry', aidType, entry })}>
            {entry ? a.actions.edit : c.add}
          </Button>
        )}
      />
      <CatalogueTable
        id="catalogue-envelopes" title={c.envelopes} items={scopes} dependencies={[t, envelopes.data]} actionHeader={c.save}
        columns={[a.budget.scope, a.budget.amount, a.budget.consumed]}
        cells={({ scope, envelope }) => [a.types[scope], money(envelope && euros(envelope.amountCents)), money(envelope && euros(envelope.consumedCents))]}
        action={({ scope, envelope }) => (
          <Button size="sm" aria-label={c.editEnvelope(a.types[scope])} onPress={() => setOpen({ kind: 'envelope', scope, envelope })}>
            {envelope ? a.actions.edit : c.addEnvelope}
          </Button>
        )}
      />
      {open?.kind === 'entry' ? <CatalogueDialog aidType={open.aidType} entry={open.entry} onClose={() => setOpen(null)} onDone={catalogue.reload} /> : null}
      {open?.kind === 'envelope' ? <EnvelopeDialog scope={open.scope} envelope={open.envelope} onClose={() => setOpen(null)} onDone={envelopes.reload} /> : null}
    </>
  );
}
