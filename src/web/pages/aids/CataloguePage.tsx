import { useState } from 'react';
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
      <section className="aid__section" aria-labelledby="catalogue-entries">
        <h2 id="catalogue-entries">{c.entries}</h2>
        <div className="table-wrap">
          <Table aria-labelledby="catalogue-entries" className="table">
            <TableHeader className="table__header">
              <Column isRowHeader className="table__column">{a.columns.type}</Column>
              <Column className="table__column">{c.perRequest}</Column>
              <Column className="table__column">{c.perYear}</Column>
              <Column className="table__column">{c.lifetime}</Column>
              <Column className="table__column">{c.documents}</Column>
              <Column className="table__column">{c.contract}</Column>
              <Column className="table__column">{c.active}</Column>
              <Column className="table__column"><span className="visually-hidden">{c.save}</span></Column>
            </TableHeader>
            <TableBody items={entries} dependencies={[t, catalogue.data]}>
              {({ aidType, entry }) => (
                <Row id={aidType} className="table__row">
                  <Cell className="table__cell">{a.types[aidType]}</Cell>
                  <Cell className="table__cell table__cell--nowrap">{entry ? euros(entry.perRequestCents) : '—'}</Cell>
                  <Cell className="table__cell table__cell--nowrap">{entry ? euros(entry.perPersonYearCents) : '—'}</Cell>
                  <Cell className="table__cell table__cell--nowrap">{entry ? euros(entry.lifetimeCents) : '—'}</Cell>
                  <Cell className="table__cell">{entry ? entry.requiredDocuments.map((d) => a.documents[d]).join(', ') || c.none : '—'}</Cell>
                  <Cell className="table__cell">{entry ? (entry.contractRequired ? c.yes : c.no) : '—'}</Cell>
                  <Cell className="table__cell">{entry?.active ? c.yes : c.no}</Cell>
                  <Cell className="table__cell">
                    <Button size="sm" aria-label={c.edit(a.types[aidType])} onPress={() => setOpen({ kind: 'entry', aidType, entry })}>
                      {entry ? a.actions.edit : c.add}
                    </Button>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      </section>
      <section className="aid__section" aria-labelledby="catalogue-envelopes">
        <h2 id="catalogue-envelopes">{c.envelopes}</h2>
        <div className="table-wrap">
          <Table aria-labelledby="catalogue-envelopes" className="table">
            <TableHeader className="table__header">
              <Column isRowHeader className="table__column">{a.budget.scope}</Column>
              <Column className="table__column">{a.budget.amount}</Column>
              <Column className="table__column">{a.budget.consumed}</Column>
              <Column className="table__column"><span className="visually-hidden">{c.save}</span></Column>
            </TableHeader>
            <TableBody items={scopes} dependencies={[t, envelopes.data]}>
              {({ scope, envelope }) => (
                <Row id={scope} className="table__row">
                  <Cell className="table__cell">{a.types[scope]}</Cell>
                  <Cell className="table__cell table__cell--nowrap">{envelope ? euros(envelope.amountCents) : '—'}</Cell>
                  <Cell className="table__cell table__cell--nowrap">{envelope ? euros(envelope.consumedCents) : '—'}</Cell>
                  <Cell className="table__cell">
                    <Button size="sm" aria-label={c.editEnvelope(a.types[scope])} onPress={() => setOpen({ kind: 'envelope', scope, envelope })}>
                      {envelope ? a.actions.edit : c.addEnvelope}
                    </Button>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      </section>
      {open?.kind === 'entry' ? <CatalogueDialog aidType={open.aidType} entry={open.entry} onClose={() => setOpen(null)} onDone={catalogue.reload} /> : null}
      {open?.kind === 'envelope' ? <EnvelopeDialog scope={open.scope} envelope={open.envelope} onClose={() => setOpen(null)} onDone={envelopes.reload} /> : null}
    </>
  );
}
