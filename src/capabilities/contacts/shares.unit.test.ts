import { describe, expect, it } from 'vitest';
import { regularity, type RegularityFacts, type RegularitySettings } from './regularity.js';
import { regularityShares, totalShare, type StatusCount } from './shares.js';

const settings: RegularitySettings = { contactMaxGapDays: 30, faceToFaceMaxGapDays: 90, countedModalities: ['face_to_face', 'phone', 'video', 'collective'] };
const today = '2026-06-15';
const person = (lastContact: string | null, suspended = false): RegularityFacts => ({
  accompaniedSince: '2026-01-05',
  suspensions: suspended ? [{ from: '2026-06-01', to: null }] : [],
  contacts: lastContact ? [{ on: lastContact, modality: 'face_to_face' }] : [],
});

describe('regularityShares', () => {
  it('gives each group its count and share from each person’s regularity status', () => {
    const people: { referent: string; facts: RegularityFacts }[] = [
      { referent: 'anne', facts: person('2026-06-01') },
      { referent: 'anne', facts: person('2026-06-10') },
      { referent: 'anne', facts: person('2026-03-01') },
      { referent: 'paul', facts: person('2026-02-01') },
      { referent: 'paul', facts: person(null, true) },
      { referent: 'zoe', facts: { ...person(null), accompaniedSince: null } },
    ];
    const counts: StatusCount[] = people.map((p) => ({ key: p.referent, status: regularity(p.facts, settings, today).status, people: 1 }));
    expect(regularityShares(counts)).toEqual([
      { key: 'anne', subject: 3, within: 2, late: 1, share: 2 / 3 },
      { key: 'paul', subject: 1, within: 0, late: 1, share: 0 },
      { key: 'zoe', subject: 0, within: 0, late: 0, share: null },
    ]);
  });

  it('adds grouped counts, and keeps people without a group under null', () => {
    const counts: StatusCount[] = [
      { key: 'lot-1', status: 'within', people: 40 },
      { key: 'lot-1', status: 'late', people: 10 },
      { key: 'lot-1', status: 'within', people: 25 },
      { key: null, status: 'late', people: 3 },
    ];
    expect(regularityShares(counts)).toEqual([
      { key: 'lot-1', subject: 75, within: 65, late: 10, share: 65 / 75 },
      { key: null, subject: 3, within: 0, late: 3, share: 0 },
    ]);
  });

  it('totals every group under one key, and an empty list as nobody subject to the rule', () => {
    const counts: StatusCount[] = [
      { key: 'a', status: 'within', people: 3 },
      { key: 'b', status: 'late', people: 1 },
      { key: 'b', status: 'suspended', people: 7 },
      { key: 'c', status: 'not_started', people: 2 },
    ];
    expect(totalShare(counts, 'pip')).toEqual({ key: 'pip', subject: 4, within: 3, late: 1, share: 0.75 });
    expect(totalShare([])).toEqual({ key: null, subject: 0, within: 0, late: 0, share: null });
  });
});
