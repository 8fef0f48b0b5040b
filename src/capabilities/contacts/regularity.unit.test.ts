import { describe, expect, it } from 'vitest';
import { regularity, type RegularityFacts, type RegularitySettings } from './regularity.js';

const rule: RegularitySettings = { contactMaxGapDays: 30, faceToFaceMaxGapDays: 90, countedModalities: ['face_to_face', 'collective', 'phone', 'video'] };
const facts = (over: Partial<RegularityFacts>): RegularityFacts => ({ accompaniedSince: '2026-01-05', suspensions: [], contacts: [], ...over });

describe('contact regularity', () => {
  it('has nothing due before a référent is designated', () => {
    expect(regularity(facts({ accompaniedSince: null }), rule, '2026-03-01')).toEqual({
      status: 'not_started', lastCountedContactOn: null, nextContactDueOn: null, nextFaceToFaceDueOn: null,
    });
  });

  it('counts from the designation while there is no contact yet', () => {
    const r = regularity(facts({}), rule, '2026-02-04');
    // 5 January + 90 days = Sunday 5 April 2026, Easter; Monday 6 is Easter Monday → Tuesday 7.
    expect(r).toMatchObject({ status: 'within', lastCountedContactOn: null, nextContactDueOn: '2026-02-04', nextFaceToFaceDueOn: '2026-04-07' });
    expect(regularity(facts({}), rule, '2026-02-05').status).toBe('late');
  });

  it('moves a due date from a weekend or a public holiday to the next working day', () => {
    // 1 April 2026 + 30 days = Friday 1 May (Labour Day) → Monday 4 May.
    expect(regularity(facts({ contacts: [{ on: '2026-04-01', modality: 'phone' }] }), rule, '2026-04-02').nextContactDueOn).toBe('2026-05-04');
    // 3 January + 30 days = Monday 2 February: a working day stays.
    expect(regularity(facts({ accompaniedSince: '2026-01-03' }), rule, '2026-01-10').nextContactDueOn).toBe('2026-02-02');
  });

  it('counts days across month ends and leap years, not months', () => {
    expect(regularity(facts({ contacts: [{ on: '2026-01-31', modality: 'video' }] }), rule, '2026-02-01').nextContactDueOn).toBe('2026-03-02');
    expect(regularity(facts({ accompaniedSince: '2028-01-31', contacts: [{ on: '2028-01-31', modality: 'video' }] }), rule, '2028-02-01').nextContactDueOn).toBe('2028-03-01');
  });

  it('ignores modalities the tender does not count, and needs a face-to-face of its own', () => {
    const written = facts({ contacts: [{ on: '2026-01-20', modality: 'written' }] });
    expect(regularity(written, rule, '2026-01-21')).toMatchObject({ lastCountedContactOn: null, nextContactDueOn: '2026-02-04' });
    const remoteOnly = facts({ contacts: [{ on: '2026-02-01', modality: 'phone' }, { on: '2026-03-01', modality: 'phone' }, { on: '2026-03-30', modality: 'video' }] });
    expect(regularity(remoteOnly, rule, '2026-04-07')).toMatchObject({ status: 'within', nextContactDueOn: '2026-04-29', nextFaceToFaceDueOn: '2026-04-07' });
    expect(regularity(remoteOnly, rule, '2026-04-08').status).toBe('late');
  });

  it('has nothing due while suspended, and adds the suspended days to the deadline after', () => {
    const suspended = facts({ contacts: [{ on: '2026-02-02', modality: 'face_to_face' }], suspensions: [{ from: '2026-02-10', to: null }] });
    expect(regularity(suspended, rule, '2026-03-20')).toMatchObject({ status: 'suspended', nextContactDueOn: null });
    // Suspended 10 to 19 February (10 days): 4 March + 10 = 14 March, a Saturday → Monday 16 March.
    const resumed = facts({ contacts: [{ on: '2026-02-02', modality: 'face_to_face' }], suspensions: [{ from: '2026-02-10', to: '2026-02-19' }] });
    expect(regularity(resumed, rule, '2026-03-10')).toMatchObject({ status: 'within', nextContactDueOn: '2026-03-16' });
  });

  it('ignores contacts dated after today and before the designation', () => {
    const r = regularity(facts({ contacts: [{ on: '2025-12-01', modality: 'face_to_face' }, { on: '2026-03-01', modality: 'phone' }] }), rule, '2026-01-10');
    expect(r).toMatchObject({ lastCountedContactOn: '2025-12-01', nextContactDueOn: '2026-02-04', nextFaceToFaceDueOn: '2026-04-07' });
  });

  it('follows the setting', () => {
    expect(regularity(facts({}), { ...rule, contactMaxGapDays: 7 }, '2026-01-13').status).toBe('late');
  });
});
