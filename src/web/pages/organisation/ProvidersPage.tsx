import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Provider } from '../../../shared/contracts/organisations.js';
import { communesApi, providersApi } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ProviderDialog } from './ProviderDialog.js';
import { SiteDialog } from './SiteDialog.js';

type Editing = { kind: 'provider'; provider: Provider | null } | { kind: 'site'; provider: Provider } | null;

export function ProvidersPage() {
  const { t, locale } = useI18n();
  const o = t.organisation.providers;
  const providers = useResource('providers', providersApi.list);
  const communes = useResource('communes', communesApi.list);
  const [editing, setEditing] = useState<Editing>(null);

  const communeName = (code: string | null) => communes.data?.find((c) => c.inseeCode === code)?.name ?? code ?? t.common.none;
  const list = [...(providers.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <>
      <PageHeader
        title={o.title}
        intro={o.intro}
        actions={
          <Button variant="primary" onPress={() => setEditing({ kind: 'provider', provider: null })}>
            {o.create}
          </Button>
        }
      />
      {providers.error ? <ErrorAlert error={providers.error} onRetry={providers.reload} /> : null}
      {providers.loading && !providers.data ? <LoadingState /> : null}
      {providers.data && list.length === 0 ? (
        <EmptyState title={o.empty}>
          <p>{o.emptyHint}</p>
        </EmptyState>
      ) : null}
      {list.map((provider) => (
        <section key={provider.id} className="panel" aria-labelledby={`provider-${provider.id}`}>
          <div className="panel__header">
            <div>
              <h2 id={`provider-${provider.id}`} className="panel__title">
                {provider.name}{' '}
                <span className={`badge ${provider.active ? 'badge--success' : 'badge--muted'}`}>
                  {provider.active ? o.activeBadge : o.inactiveBadge}
                </span>
              </h2>
              <p className="muted">
                {o.siret} : {provider.siret ?? t.common.none}
              </p>
            </div>
            <div className="panel__actions">
              <Button onPress={() => setEditing({ kind: 'provider', provider })} aria-label={o.editLabel(provider.name)}>
                {t.common.edit}
              </Button>
              <Button
                onPress={() => setEditing({ kind: 'site', provider })}
                aria-label={t.organisation.sites.addTo(provider.name)}
                isDisabled={!communes.data}
              >
                {t.organisation.sites.add}
              </Button>
            </div>
          </div>
          <div className="table-wrap">
            <Table aria-label={o.sitesOf(provider.name)} className="table">
              <TableHeader className="table__header">
                <Column id="name" isRowHeader className="table__column">
                  {t.organisation.sites.name}
                </Column>
                <Column id="address" className="table__column">
                  {t.organisation.sites.address}
                </Column>
                <Column id="commune" className="table__column">
                  {t.organisation.sites.commune}
                </Column>
              </TableHeader>
              <TableBody items={provider.sites} dependencies={[communes.data]} renderEmptyState={() => <p className="table__empty">{o.noSites}</p>}>
                {(site) => (
                  <Row id={site.id} className="table__row">
                    <Cell className="table__cell">{site.name}</Cell>
                    <Cell className="table__cell">{site.address}</Cell>
                    <Cell className="table__cell">{communeName(site.communeCode)}</Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>
        </section>
      ))}
      {editing?.kind === 'provider' ? (
        <ProviderDialog provider={editing.provider} onClose={() => setEditing(null)} onSaved={providers.reload} />
      ) : null}
      {editing?.kind === 'site' && communes.data ? (
        <SiteDialog provider={editing.provider} communes={communes.data} onClose={() => setEditing(null)} onSaved={providers.reload} />
      ) : null}
    </>
  );
}
