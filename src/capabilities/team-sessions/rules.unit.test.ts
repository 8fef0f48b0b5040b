import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES, type ReviewStatus } from '../../shared/compliance.js';
import { addCaseRefusal, isHeld, mayDecide, opinionRefusal, removalRefusal, sessionEditRefusal, sessionPhase, summaryRefusal } from './rules.js';

const TODAY = '2026-03-10';
const session = (heldOn: string, territoryId = 't1') => ({ territoryId, heldOn });
const report = (over: Partial<Parameters<typeof addCaseRefusal>[1]> = {}) => ({ reviewStatus: 'referred_to_ep' as ReviewStatus | null, territoryId: 't1', pending: false, heard: false, ...over });

describe('what may go on an EP agenda', () => {
  it('takes a report referred to the EP, of the territory, on no agenda, for a session today or to come', () => {
    expect(addCaseRefusal(session('2026-03-20'), report(), TODAY)).toBeNull();
    expect(addCaseRefusal(session(TODAY), report(), TODAY)).toBeNull();
    expect(addCaseRefusal(session('2026-03-20'), report({ territoryId: null }), TODAY)).toBeNull();
  });

  it.each(REVIEW_STATUSES.filter((s) => s !== 'referred_to_ep'))('refuses a report whose review is %s', (status) => {
    expect(addCaseRefusal(session('2026-03-20'), report({ reviewStatus: status }), TODAY)).toMatch(/saisie/);
  });

  it('refuses a report not sent to the département yet, one already waiting, one already heard, another territory’s, a past session', () => {
    expect(addCaseRefusal(session('2026-03-20'), report({ reviewStatus: null }), TODAY)).toMatch(/saisie/);
    expect(addCaseRefusal(session('2026-03-20'), report({ pending: true }), TODAY)).toMatch(/déjà inscrit/);
    expect(addCaseRefusal(session('2026-03-20'), report({ heard: true }), TODAY)).toMatch(/déjà donné son avis/);
    expect(addCaseRefusal(session('2026-03-20'), report({ territoryId: 't2' }), TODAY)).toMatch(/autre territoire/);
    expect(addCaseRefusal(session('2026-03-09'), report(), TODAY)).toMatch(/déjà eu lieu/);
  });
});

describe('the opinion, the summary, the removal and the decision', () => {
  const pending = { opinion: null, reviewStatus: 'referred_to_ep' as ReviewStatus };
  const heard = { opinion: 'Avis favorable à la suppression de 50 %.', reviewStatus: 'referred_to_ep' as ReviewStatus };
  const decided = { ...heard, reviewStatus: 'suppressed' as ReviewStatus };

  it('records an opinion from the session’s day, never before, and corrects it until the département decides', () => {
    expect(isHeld(session('2026-03-11'), TODAY)).toBe(false);
    expect(opinionRefusal(session('2026-03-11'), pending, TODAY)).toMatch(/à partir du jour de la séance/);
    expect(opinionRefusal(session(TODAY), pending, TODAY)).toBeNull();
    expect(opinionRefusal(session('2026-03-01'), heard, TODAY)).toBeNull();
    for (const status of REVIEW_STATUSES.filter((s) => s !== 'referred_to_ep')) {
      expect(opinionRefusal(session('2026-03-01'), { ...heard, reviewStatus: status }, TODAY)).toMatch(/déjà décidé/);
    }
  });

  it('edits the summary until the opinion is given', () => {
    expect(summaryRefusal(pending)).toBeNull();
    expect(summaryRefusal(heard)).toMatch(/ne change plus/);
  });

  it('removes a case before the session only, without an opinion', () => {
    expect(removalRefusal(session('2026-03-20'), pending, TODAY)).toBeNull();
    expect(removalRefusal(session(TODAY), pending, TODAY)).toBeNull();
    expect(removalRefusal(session('2026-03-09'), pending, TODAY)).toMatch(/a eu lieu/);
    expect(removalRefusal(session('2026-03-20'), heard, TODAY)).toMatch(/reste à l’ordre du jour/);
  });

  it('lets the officer decide once the opinion is there and until a decision is taken', () => {
    expect(mayDecide(pending)).toBe(false);
    expect(mayDecide(heard)).toBe(true);
    expect(mayDecide(decided)).toBe(false);
  });
});

describe('a session’s edits and phase', () => {
  const before = session('2026-03-20');
  it('keeps the day and territory once an opinion is given, and the territory while cases are on the agenda', () => {
    expect(sessionEditRefusal(before, session('2026-03-27'), { cases: 2, opinions: 0 })).toBeNull();
    expect(sessionEditRefusal(before, session('2026-03-20', 't2'), { cases: 0, opinions: 0 })).toBeNull();
    expect(sessionEditRefusal(before, session('2026-03-20', 't2'), { cases: 1, opinions: 0 })).toMatch(/Retirez d’abord/);
    expect(sessionEditRefusal(before, session('2026-03-27'), { cases: 1, opinions: 1 })).toMatch(/ne changent plus/);
    expect(sessionEditRefusal(before, session('2026-03-20', 't2'), { cases: 1, opinions: 1 })).toMatch(/ne changent plus/);
    expect(sessionEditRefusal(before, session('2026-03-20'), { cases: 1, opinions: 1 })).toBeNull();
  });

  it('is held once its day is past, to prepare while its agenda is empty or reports wait, upcoming otherwise', () => {
    expect(sessionPhase('2026-03-09', TODAY, { cases: 0, waiting: 3 })).toBe('held');
    expect(sessionPhase(TODAY, TODAY, { cases: 0, waiting: 0 })).toBe('to_prepare');
    expect(sessionPhase('2026-03-20', TODAY, { cases: 2, waiting: 1 })).toBe('to_prepare');
    expect(sessionPhase('2026-03-20', TODAY, { cases: 2, waiting: 0 })).toBe('upcoming');
  });
});
