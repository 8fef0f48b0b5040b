import { describe, expect, it } from 'vitest';
import { AID_STATUSES, type AidStatus } from '../../shared/aids.js';
import { AID_EVENTS, allowedAidActions, nextAidStatus, type AidEvent } from './lifecycle.js';

/** The legal transitions, written out independently of the implementation's table. */
const EXPECTED: [AidStatus, AidEvent, AidStatus][] = [
  ['draft', 'submit', 'submitted'],
  ['returned', 'submit', 'submitted'],
  ['submitted', 'review', 'under_review'],
  ['under_review', 'grant', 'granted'],
  ['under_review', 'refuse', 'refused'],
  ['under_review', 'return', 'returned'],
  ['granted', 'pay', 'paid'],
  ['paid', 'justify', 'justified'],
  ['under_review', 'cancel', 'cancelled'],
  ['granted', 'cancel', 'cancelled'],
  ['paid', 'cancel', 'cancelled'],
  ['draft', 'withdraw', 'cancelled'],
  ['submitted', 'withdraw', 'cancelled'],
  ['returned', 'withdraw', 'cancelled'],
];

describe('aid request lifecycle', () => {
  const allowed = new Map(EXPECTED.map(([from, event, to]) => [`${from}:${event}`, to]));
  for (const from of AID_STATUSES) {
    for (const event of AID_EVENTS) {
      const to = allowed.get(`${from}:${event}`) ?? null;
      it(`${event} from ${from} ${to ? `→ ${to}` : 'is refused'}`, () => {
        expect(nextAidStatus(from, event)).toBe(to);
      });
    }
  }

  it('knows every event of the expected table', () => {
    expect(new Set(EXPECTED.map(([, e]) => e))).toEqual(new Set(AID_EVENTS));
  });

  it('leaves no way out of the terminal states', () => {
    for (const terminal of ['refused', 'justified', 'cancelled'] as const) {
      expect(AID_EVENTS.filter((e) => nextAidStatus(terminal, e) !== null)).toEqual([]);
    }
  });
});

describe('actions offered', () => {
  it('lets the PIP prepare, the département decide, the auditor read the letter only', () => {
    expect(allowedAidActions('referent', 'draft')).toEqual(['edit', 'attach', 'submit', 'withdraw']);
    expect(allowedAidActions('pip_manager', 'submitted')).toEqual(['withdraw']);
    expect(allowedAidActions('referent', 'returned')).toEqual(['edit', 'attach', 'submit', 'withdraw']);
    expect(allowedAidActions('referent', 'granted')).toEqual(['attachInvoice', 'letter']);
    expect(allowedAidActions('dept_officer', 'submitted')).toEqual(['review']);
    expect(allowedAidActions('dept_officer', 'under_review')).toEqual(['grant', 'refuse', 'return', 'cancel']);
    expect(allowedAidActions('dept_officer', 'granted')).toEqual(['pay', 'cancel', 'letter']);
    expect(allowedAidActions('dept_officer', 'paid')).toEqual(['justify', 'cancel', 'letter']);
    expect(allowedAidActions('dept_admin', 'under_review')).toEqual([]);
    expect(allowedAidActions('auditor', 'refused')).toEqual(['letter']);
    expect(allowedAidActions('auditor', 'under_review')).toEqual([]);
  });
});
