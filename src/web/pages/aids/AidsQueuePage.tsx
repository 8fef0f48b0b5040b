import { useState } from 'react';
import { AID_STATUSES, AID_TYPES, type AidStatus, type AidType } from '../../../shared/aids.js';
import { aidsApi, type AidFilters } from '../../api/aids.js';
import { providersApi } from '../../api/endpoints.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { can } from '../../app/permissions.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ExportLinks } from '../people/ExportLinks.js';
import { AidTable } from './AidTable.js';
import './aids.css';

const ALL = 'all';

/**
 * « Aides »: the département's queue (every PIP's requests), a PIP's or a referent's own requests
 * (the server's scope decides), filtered by status, type and PIP, with their totals and exports.
 */
export function AidsQueuePage() {
  const { t, formatMoney } = useI18n();
  const a = t.aids;
  const q = a.queue;
  const user = useCurrentUser();
  const [filters, setFilters] = useState<AidFilters>(can(user.role, 'aid:decide') ? { status: 'submitted' } : {});
  const loaded = useResource(`aids:${JSON.stringify(filters)}`, () => aidsApi.list(filters));
  const providers = useResource(can(user.role, 'organisation:read') ? 'providers' : null, () => providersApi.list());
  const data = loaded.data;
  const euros = (cents: number) => formatMoney(cents / 100);
  const set = (key: keyof AidFilters, value: string | null) => setFilters((f) => ({ ...f, [key]: !value || value === ALL ? undefined : value }));

  return (
    <>
      <PageHeader title={q.title} intro={q.intro} />
      <div className="aid-filters" role="group" aria-label={q.filters}>
        <SelectField
          label={q.status}
          options={[{ id: ALL, label: q.all }, ...AID_STATUSES.map((s) => ({ id: s, label: a.statuses[s] }))]}
          selectedKey={filters.status ?? ALL}
          onSelectionChange={(k) => set('status', k as AidStatus)}
        />
        <SelectField
          label={q.type}
          options={[{ id: ALL, label: q.all }, ...AID_TYPES.map((s) => ({ id: s, label: a.types[s] }))]}
          selectedKey={filters.aidType ?? ALL}
          onSelectionChange={(k) => set('aidType', k as AidType)}
        />
        {providers.data ? (
          <SelectField
            label={q.provider}
            options={[{ id: ALL, label: q.all }, ...providers.data.map((p) => ({ id: p.id, label: p.name }))]}
            selectedKey={filters.providerId ?? ALL}
            onSelectionChange={(k) => set('providerId', k as string)}
          />
        ) : null}
      </div>
      <ExportLinks urlOf={(format) => aidsApi.exportUrl(filters, format)} />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!data ? (loaded.error ? null : <LoadingState />) : (
        <>
          <p role="status" className="aid-totals">
            {q.totals(data.totals.count, euros(data.totals.requestedCents), euros(data.totals.grantedCents), euros(data.totals.paidCents))}
          </p>
          {data.items.length === 0 ? (
            <EmptyState title={q.empty}>
              <p>{q.emptyHelp}</p>
            </EmptyState>
          ) : (
            <AidTable items={data.items} withPerson />
          )}
        </>
      )}
    </>
  );
}
