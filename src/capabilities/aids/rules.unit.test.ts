import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../shared/aids.js';
import { ceilingProblems, committedCents, envelopeProblem, personUse, remainingCents, type EarlierRequest } from './rules.js';

const ceilings = { perRequestCents: 120_000, perPersonYearCents: 200_000, lifetimeCents: 300_000 };
const request = (status: EarlierRequest['status'], year: number, cents: { requested?: number; granted?: number; paid?: number }): EarlierRequest => ({
  status, year, requestedCents: cents.requested ?? 0, grantedCents: cents.granted ?? null, paidCents: cents.paid ?? null,
});

describe('money in French', () => {
  it('writes euros with a comma and grouped thousands', () => {
    expect(formatEuros(123_456).replace(/\s/g, ' ')).toBe('1 234,56 €');
    expect(formatEuros(0).replace(/\s/g, ' ')).toBe('0,00 €');
  });
});

describe('what a request weighs on the person’s ceilings', () => {
  it('counts the asked amount while waiting, the granted then the paid amount, nothing otherwise', () => {
    expect(committedCents(request('submitted', 2026, { requested: 500 }))).toBe(500);
    expect(committedCents(request('under_review', 2026, { requested: 500 }))).toBe(500);
    expect(committedCents(request('returned', 2026, { requested: 500 }))).toBe(500);
    expect(committedCents(request('granted', 2026, { requested: 500, granted: 300 }))).toBe(300);
    expect(committedCents(request('paid', 2026, { requested: 500, granted: 300, paid: 250 }))).toBe(250);
    expect(committedCents(request('justified', 2026, { requested: 500, granted: 300, paid: 250 }))).toBe(250);
    for (const status of ['draft', 'refused', 'cancelled'] as const) expect(committedCents(request(status, 2026, { requested: 500, granted: 300 }))).toBe(0);
  });

  it('adds this year’s requests and every year’s', () => {
    const use = personUse([request('paid', 2025, { paid: 100_000 }), request('granted', 2026, { granted: 50_000 }), request('refused', 2026, { requested: 90_000 })], 2026);
    expect(use).toEqual({ yearCents: 50_000, lifetimeCents: 150_000 });
  });
});

describe('ceilings', () => {
  it('accepts an amount within every ceiling', () => {
    expect(ceilingProblems(ceilings, { yearCents: 0, lifetimeCents: 0 }, 120_000)).toEqual([]);
  });

  it('refuses more than the per-request ceiling', () => {
    expect(ceilingProblems(ceilings, { yearCents: 0, lifetimeCents: 0 }, 120_001).map(normal)).toEqual(['Le montant dépasse le plafond par demande (1 200,00 €).']);
  });

  it('refuses going over the yearly ceiling, saying what is left', () => {
    expect(ceilingProblems(ceilings, { yearCents: 150_000, lifetimeCents: 150_000 }, 60_000).map(normal)).toEqual([
      'Le plafond annuel par personne (2 000,00 €) serait dépassé : il reste 500,00 € cette année.',
    ]);
  });

  it('refuses going over the lifetime ceiling', () => {
    expect(ceilingProblems(ceilings, { yearCents: 0, lifetimeCents: 290_000 }, 20_000).map(normal)).toEqual([
      'Le plafond sur toute la durée de l’accompagnement (3 000,00 €) serait dépassé : il reste 100,00 €.',
    ]);
  });

  it('lists every ceiling broken at once', () => {
    expect(ceilingProblems(ceilings, { yearCents: 199_000, lifetimeCents: 299_000 }, 130_000)).toHaveLength(3);
  });

  it('has no limit where the catalogue sets none', () => {
    const none = { perRequestCents: null, perPersonYearCents: null, lifetimeCents: null };
    expect(ceilingProblems(none, { yearCents: 10_000_000, lifetimeCents: 10_000_000 }, 10_000_000)).toEqual([]);
    expect(remainingCents(none, { yearCents: 0, lifetimeCents: 0 })).toBeNull();
  });

  it('says the most a new request may ask: the smallest limit, never below zero', () => {
    expect(remainingCents(ceilings, { yearCents: 0, lifetimeCents: 0 })).toBe(120_000);
    expect(remainingCents(ceilings, { yearCents: 150_000, lifetimeCents: 150_000 })).toBe(50_000);
    expect(remainingCents(ceilings, { yearCents: 0, lifetimeCents: 280_000 })).toBe(20_000);
    expect(remainingCents(ceilings, { yearCents: 250_000, lifetimeCents: 250_000 })).toBe(0);
  });
});

describe('budget envelopes', () => {
  const envelopes = [{ label: 'Permis de conduire 2026', amountCents: 100_000, consumedCents: 90_000 }, { label: 'Total 2026', amountCents: 500_000, consumedCents: 0 }];
  it('lets a grant take the last euros exactly', () => {
    expect(envelopeProblem(envelopes, 10_000)).toBeNull();
  });
  it('refuses one cent more, naming the envelope and what is left', () => {
    expect(normal(envelopeProblem(envelopes, 10_001) ?? '')).toBe('L’enveloppe « Permis de conduire 2026 » ne permet pas cette aide : il reste 100,00 € pour 100,01 € demandés.');
  });
});

/** Intl writes narrow no-break spaces; the sentences are compared with plain ones. */
function normal(s: string): string {
  return s.replace(/[\u202f\u00a0]/g, ' ');
}
