import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES, type ReviewStatus } from '../../shared/compliance.js';
import { ROLES } from '../../shared/roles.js';
import { allowedReviewActions, nextReviewStatus, OPEN_REVIEW_STATUSES, REVIEW_EVENTS, type ReviewEvent } from './review-lifecycle.js';

/** The département's legal road, written out independently of the implementation's table. */
const EXPECTED: [ReviewStatus, ReviewEvent, ReviewStatus][] = [
  ['received', 'start_review', 'under_review'],
  ['received', 'close', 'closed'],
  ['under_review', 'close', 'closed'],
  ['received', 'notify', 'notified'],
  ['under_review', 'notify', 'notified'],
  ['notified', 'record_observations', 'observations_recorded'],
  ['observations_recorded', 'decide_no_action', 'no_action'],
  ['observations_recorded', 'decide_suspension', 'suspended'],
  ['observations_recorded', 'refer_to_ep', 'referred_to_ep'],
  ['suspended', 'end_suspension', 'suspension_ended'],
  ['suspended', 'refer_to_ep', 'referred_to_ep'],
  ['referred_to_ep', 'decide_no_action', 'no_action'],
  ['referred_to_ep', 'decide_suspension', 'suspended'],
  ['referred_to_ep', 'decide_suppression', 'suppressed'],
];

describe('breach review lifecycle (département side)', () => {
  const allowed = new Map(EXPECTED.map(([from, event, to]) => [`${from}:${event}`, to]));
  for (const from of REVIEW_STATUSES) {
    for (const event of REVIEW_EVENTS) {
      const to = allowed.get(`${from}:${event}`) ?? null;
      it(`${event} from ${from} ${to ? `→ ${to}` : 'is refused'}`, () => {
        expect(nextReviewStatus(from, event)).toBe(to);
      });
    }
  }

  it('knows every event of the expected table', () => {
    expect(new Set(EXPECTED.map(([, e]) => e))).toEqual(new Set(REVIEW_EVENTS));
  });

  it('never sanctions before the person could give observations', () => {
    for (const early of ['received', 'under_review', 'notified'] as const) {
      for (const decision of ['decide_suspension', 'decide_suppression', 'refer_to_ep'] as const) expect(nextReviewStatus(early, decision)).toBeNull();
    }
  });

  it('suppresses only after the équipe pluridisciplinaire', () => {
    expect(REVIEW_STATUSES.filter((s) => nextReviewStatus(s, 'decide_suppression') !== null)).toEqual(['referred_to_ep']);
  });

  it('ends in closed, no action, suspension ended or suppressed; every other status is open', () => {
    const terminal = REVIEW_STATUSES.filter((s) => REVIEW_EVENTS.every((e) => nextReviewStatus(s, e) === null));
    expect(terminal).toEqual(['closed', 'no_action', 'suspension_ended', 'suppressed']);
    expect([...OPEN_REVIEW_STATUSES].sort()).toEqual(REVIEW_STATUSES.filter((s) => !terminal.includes(s)).sort());
  });

  it('lets only the officer act', () => {
    for (const role of ROLES) {
      expect(allowedReviewActions(role, 'received')).toEqual(role === 'dept_officer' ? ['start_review', 'close', 'notify'] : []);
    }
    expect(allowedReviewActions('dept_officer', 'suspended')).toEqual(['end_suspension', 'refer_to_ep']);
  });
});
