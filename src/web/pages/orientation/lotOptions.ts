import type { Provider, Tender } from '../../../shared/contracts/organisations.js';
import type { OrientationProposalData } from '../../api/people.js';

/** One lot the officer can choose, with what is known of its capacity for these people. */
export interface LotOption {
  lotId: string;
  number: number;
  label: string;
  providerName: string | null;
  capacity: number;
  /** Known from the proposals (people counted against the lot); null for lots outside every proposal. */
  remaining: number | null;
  /** How many of the people to orient live in the lot's territory. */
  matching: number;
  territoryName: string | null;
}

/**
 * The proposals' lots first (the people's territories, with their remaining capacity), then every
 * other lot of the département's tenders, in case the commune is unknown or the officer decides
 * otherwise: the server checks capacity for those too.
 */
export function lotOptions(proposals: OrientationProposalData[], tenders: Tender[], providers: Provider[]): LotOption[] {
  const options = new Map<string, LotOption>();
  for (const proposal of proposals) {
    for (const lot of proposal.lots) {
      const known = options.get(lot.lotId);
      if (known) known.matching += 1;
      else
        options.set(lot.lotId, {
          lotId: lot.lotId, number: lot.number, label: lot.label, providerName: lot.providerName, capacity: lot.capacity,
          remaining: lot.remaining, matching: 1, territoryName: proposal.territoryName,
        });
    }
  }
  const proposed = [...options.values()].sort((a, b) => b.matching - a.matching || a.number - b.number);
  const providerName = (id: string | null) => providers.find((p) => p.id === id)?.name ?? null;
  const others = tenders
    .flatMap((tender) => tender.lots)
    .filter((lot) => !options.has(lot.id))
    .sort((a, b) => a.number - b.number)
    .map((lot) => ({
      lotId: lot.id, number: lot.number, label: lot.label, providerName: providerName(lot.providerId), capacity: lot.capacity,
      remaining: null, matching: 0, territoryName: null,
    }));
  return [...proposed, ...others];
}
