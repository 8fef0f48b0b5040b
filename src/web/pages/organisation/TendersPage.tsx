import { useState } from 'react';
import type { Lot, Tender } from '../../../shared/contracts/organisations.js';
import { providersApi, tendersApi, territoriesApi } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { LotDialog } from './LotDialog.js';
import { LotsTable } from './LotsTable.js';
import { TenderDialog } from './TenderDialog.js';

type Editing = { kind: 'tender' } | { kind: 'lot'; tender: Tender; lot: Lot | null } | null;

export function TendersPage() {
  const { t, formatDate } = useI18n();
  const o = t.organisation.tenders;
  const tenders = useResource('tenders', tendersApi.list);
  const territories = useResource('territories', territoriesApi.list);
  const providers = useResource('providers', providersApi.list);
  const [editing, setEditing] = useState<Editing>(null);

  const error = tenders.error ?? territories.error ?? providers.error;
  const ready = tenders.data && territories.data && providers.data;
  const territoryName = (id: string) => territories.data?.find((x) => x.id === id)?.name ?? t.common.none;
  const providerName = (id: string | null) => providers.data?.find((x) => x.id === id)?.name ?? t.common.none;
  const reload = () => {
    tenders.reload();
    territories.reload();
    providers.reload();
  };
  const list = [...(tenders.data ?? [])].sort((a, b) => b.startsOn.localeCompare(a.startsOn));

  return (
    <>
      <PageHeader
        title={o.title}
        intro={o.intro}
        actions={
          <Button variant="primary" onPress={() => setEditing({ kind: 'tender' })}>
            {o.create}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {!ready && !error ? <LoadingState /> : null}
      {ready && list.length === 0 ? (
        <EmptyState title={o.empty}>
          <p>{o.emptyHint}</p>
        </EmptyState>
      ) : null}
      {ready
        ? list.map((tender) => (
            <section key={tender.id} className="panel" aria-labelledby={`tender-${tender.id}`}>
              <div className="panel__header">
                <div>
                  <h2 id={`tender-${tender.id}`} className="panel__title">
                    {tender.reference} — {tender.title}
                  </h2>
                  <p className="muted">{o.period(formatDate(tender.startsOn), formatDate(tender.endsOn))}</p>
                </div>
                <Button onPress={() => setEditing({ kind: 'lot', tender, lot: null })} aria-label={o.addLotTo(tender.reference)}>
                  {o.addLot}
                </Button>
              </div>
              <LotsTable
                tender={tender}
                territoryName={territoryName}
                providerName={providerName}
                onEdit={(lot) => setEditing({ kind: 'lot', tender, lot })}
              />
            </section>
          ))
        : null}
      {editing?.kind === 'tender' ? <TenderDialog onClose={() => setEditing(null)} onSaved={tenders.reload} /> : null}
      {editing?.kind === 'lot' ? (
        <LotDialog
          tender={editing.tender}
          lot={editing.lot}
          territories={territories.data ?? []}
          providers={providers.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={tenders.reload}
        />
      ) : null}
    </>
  );
}
