import { formatEuros, type AidStatus } from '../../shared/aids.js';

/**
 * The ceilings of one aid type in a département's catalogue, in cents; null means no ceiling of
 * that kind.
 */
export interface Ceilings {
  perRequestCents: number | null;
  perPersonYearCents: number | null;
  lifetimeCents: number | null;
}

/** What a person already has of this aid type: this calendar year, and over all years. */
export interface PersonUse {
  yearCents: number;
  lifetimeCents: number;
}

/** An earlier request of the person, as far as ceilings are concerned. */
export interface EarlierRequest {
  status: AidStatus;
  year: number;
  requestedCents: number;
  grantedCents: number | null;
  paidCents: number | null;
}

/**
 * How much a request weighs on the person's ceilings: what was paid once paid, what was granted
 * once granted, what is asked while it waits; nothing when refused, cancelled or still a draft.
 */
export function committedCents(r: Pick<EarlierRequest, 'status' | 'requestedCents' | 'grantedCents' | 'paidCents'>): number {
  switch (r.status) {
    case 'submitted':
    case 'under_review':
    case 'returned':
      return r.requestedCents;
    case 'granted':
      return r.grantedCents ?? 0;
    case 'paid':
    case 'justified':
      return r.paidCents ?? 0;
    default:
      return 0;
  }
}

/** The person's use of an aid type in `year` and over all years, from their other requests. */
export function personUse(requests: EarlierRequest[], year: number): PersonUse {
  let yearCents = 0;
  let lifetimeCents = 0;
  for (const r of requests) {
    const cents = committedCents(r);
    lifetimeCents += cents;
    if (r.year === year) yearCents += cents;
  }
  return { yearCents, lifetimeCents };
}

/**
 * The most a new request may ask: the smallest of the per-request ceiling and what is left of the
 * yearly and lifetime ceilings; null when nothing limits it.
 */
export function remainingCents(ceilings: Ceilings, use: PersonUse): number | null {
  const limits = [
    ceilings.perRequestCents,
    ceilings.perPersonYearCents === null ? null : ceilings.perPersonYearCents - use.yearCents,
    ceilings.lifetimeCents === null ? null : ceilings.lifetimeCents - use.lifetimeCents,
  ].filter((v): v is number => v !== null);
  return limits.length === 0 ? null : Math.max(0, Math.min(...limits));
}

/** Every ceiling an amount would break, each as a French sentence the referent reads. */
export function ceilingProblems(ceilings: Ceilings, use: PersonUse, amountCents: number): string[] {
  const problems: string[] = [];
  if (ceilings.perRequestCents !== null && amountCents > ceilings.perRequestCents) {
    problems.push(`Le montant dépasse le plafond par demande (${formatEuros(ceilings.perRequestCents)}).`);
  }
  if (ceilings.perPersonYearCents !== null && use.yearCents + amountCents > ceilings.perPersonYearCents) {
    const left = Math.max(0, ceilings.perPersonYearCents - use.yearCents);
    problems.push(`Le plafond annuel par personne (${formatEuros(ceilings.perPersonYearCents)}) serait dépassé : il reste ${formatEuros(left)} cette année.`);
  }
  if (ceilings.lifetimeCents !== null && use.lifetimeCents + amountCents > ceilings.lifetimeCents) {
    const left = Math.max(0, ceilings.lifetimeCents - use.lifetimeCents);
    problems.push(`Le plafond sur toute la durée de l’accompagnement (${formatEuros(ceilings.lifetimeCents)}) serait dépassé : il reste ${formatEuros(left)}.`);
  }
  return problems;
}

/** A yearly envelope (per aid type or total): its amount and what grants have taken of it. */
export interface Envelope {
  label: string;
  amountCents: number;
  consumedCents: number;
}

/** Why a grant of `amountCents` does not fit the envelopes, or null when it fits them all. */
export function envelopeProblem(envelopes: Envelope[], amountCents: number): string | null {
  const short = envelopes.find((e) => e.consumedCents + amountCents > e.amountCents);
  if (!short) return null;
  const left = Math.max(0, short.amountCents - short.consumedCents);
  return `L’enveloppe « ${short.label} » ne permet pas cette aide : il reste ${formatEuros(left)} pour ${formatEuros(amountCents)} demandés.`;
}
