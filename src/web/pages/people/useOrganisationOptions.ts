import { useMemo } from 'react';
import { providersApi, tendersApi, territoriesApi } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { useI18n } from '../../i18n/index.js';
import type { OrganisationOptions } from './BeneficiaryFilters.js';

/** Territories, lots and PIPs for the département's filters, sorted as people read them. */
export function useOrganisationOptions(): OrganisationOptions | undefined {
  const { t, locale } = useI18n();
  const territories = useResource('territories', territoriesApi.list);
  const tenders = useResource('tenders', tendersApi.list);
  const providers = useResource('providers', providersApi.list);
  return useMemo(() => {
    if (!territories.data || !tenders.data || !providers.data) return undefined;
    const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
    return {
      territories: territories.data.map((x) => ({ id: x.id, label: x.name })).sort(byName),
      lots: tenders.data.flatMap((tender) =>
        [...tender.lots].sort((a, b) => a.number - b.number).map((lot) => ({ id: lot.id, label: t.list.lotOption(tender.reference, lot.number, lot.label) })),
      ),
      providers: providers.data.map((x) => ({ id: x.id, label: x.name })).sort(byName),
    };
  }, [territories.data, tenders.data, providers.data, t, locale]);
}
