import type { ReviewStatus } from '../../shared/compliance.js';
import { can } from '../../shared/permissions.js';
import type { Role } from '../../shared/roles.js';

/** The département's steps once a report reached it (CASF L262-37, suspension-remobilisation). */
export type ReviewEvent =
  | 'start_review' // the officer takes the report up
  | 'close' // a legitimate reason was found: closed without action (classé sans suite)
  | 'notify' // the first notification of breach was sent (letter)
  | 'record_observations' // the person's observations (written or oral, assisted or not), or none in the delay
  | 'decide_no_action' // decision: no sanction
  | 'decide_suspension' // decision: suspension of a share for a duration, from the sanction table
  | 'end_suspension' // the person complies: the suspension stops
  | 'refer_to_ep' // referred to the équipe pluridisciplinaire for a suppression
  | 'decide_suppression'; // after the équipe pluridisciplinaire's opinion

const DECIDABLE: ReviewStatus[] = ['observations_recorded', 'referred_to_ep'];

const TRANSITIONS: Record<ReviewEvent, Partial<Record<ReviewStatus, ReviewStatus>>> = {
  start_review: { received: 'under_review' },
  close: { received: 'closed', under_review: 'closed' },
  notify: { received: 'notified', under_review: 'notified' },
  record_observations: { notified: 'observations_recorded' },
  decide_no_action: Object.fromEntries(DECIDABLE.map((s) => [s, 'no_action'])),
  decide_suspension: Object.fromEntries(DECIDABLE.map((s) => [s, 'suspended'])),
  end_suspension: { suspended: 'suspension_ended' },
  refer_to_ep: { observations_recorded: 'referred_to_ep', suspended: 'referred_to_ep' },
  decide_suppression: { referred_to_ep: 'suppressed' },
};

export const REVIEW_EVENTS = Object.keys(TRANSITIONS) as ReviewEvent[];

/** The status after the event, or null when the event is not allowed from this status. */
export const nextReviewStatus = (from: ReviewStatus, event: ReviewEvent): ReviewStatus | null => TRANSITIONS[event][from] ?? null;

/** Reports the département still has to act on (the dashboard's « open » reports). */
export const OPEN_REVIEW_STATUSES: ReviewStatus[] = ['received', 'under_review', 'notified', 'observations_recorded', 'suspended', 'referred_to_ep'];

/** The steps that are decisions, counted per type and territory. */
export const DECISION_EVENTS: ReviewEvent[] = ['close', 'decide_no_action', 'decide_suspension', 'refer_to_ep', 'decide_suppression'];

/** The steps a letter to the person is printed for. */
export const LETTER_EVENTS: ReviewEvent[] = ['notify', 'decide_no_action', 'decide_suspension', 'end_suspension', 'decide_suppression'];

/** What a viewer may do with the review now: only the département's officer acts on it. */
export const allowedReviewActions = (role: Role, status: ReviewStatus): ReviewEvent[] =>
  can(role, 'breach:review') ? REVIEW_EVENTS.filter((e) => nextReviewStatus(status, e) !== null) : [];
