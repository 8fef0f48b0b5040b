import type { AidStatus } from '../../shared/aids.js';
import { can } from '../../shared/permissions.js';
import type { Role } from '../../shared/roles.js';

/** What can happen to an aid request, and by whom. */
export type AidEvent =
  | 'submit' // PIP: the prepared (or returned and completed) request goes to the département
  | 'review' // département: an officer takes it up
  | 'grant' // département: the full or a partial amount, with a reason
  | 'refuse' // département: with a reason
  | 'return' // département: more information needed
  | 'pay' // département: paid (date, amount, payee)
  | 'justify' // département: the invoice was received
  | 'cancel' // département: stopped after review began (a paid aid is then recovered)
  | 'withdraw'; // PIP: stopped before any decision

const TRANSITIONS: Record<AidEvent, Partial<Record<AidStatus, AidStatus>>> = {
  submit: { draft: 'submitted', returned: 'submitted' },
  review: { submitted: 'under_review' },
  grant: { under_review: 'granted' },
  refuse: { under_review: 'refused' },
  return: { under_review: 'returned' },
  pay: { granted: 'paid' },
  justify: { paid: 'justified' },
  cancel: { under_review: 'cancelled', granted: 'cancelled', paid: 'cancelled' },
  withdraw: { draft: 'cancelled', submitted: 'cancelled', returned: 'cancelled' },
};

export const AID_EVENTS = Object.keys(TRANSITIONS) as AidEvent[];

/** The events the département decides; the others are the PIP's. */
export const DECISION_EVENTS = ['review', 'grant', 'refuse', 'return', 'pay', 'justify', 'cancel'] as const satisfies readonly AidEvent[];
export type DecisionEvent = (typeof DECISION_EVENTS)[number];

/** The status after the event, or null when the event is not allowed from this status. */
export const nextAidStatus = (from: AidStatus, event: AidEvent): AidStatus | null => TRANSITIONS[event][from] ?? null;

/** The PIP may change the request's content and documents while it is theirs. */
export const EDITABLE: AidStatus[] = ['draft', 'returned'];
/** Once granted, the invoice may still come (it justifies the payment). */
export const INVOICE_ATTACHABLE: AidStatus[] = ['granted', 'paid'];
/** A decision was made: the person may receive its letter. */
export const DECIDED: AidStatus[] = ['granted', 'refused', 'paid', 'justified'];

/**
 * What a viewer may do with a request now: the server answers it with the request, so the page
 * offers exactly the actions the server will accept.
 */
export function allowedAidActions(role: Role, status: AidStatus): string[] {
  const allowed: string[] = [];
  if (can(role, 'aid:request')) {
    if (EDITABLE.includes(status)) allowed.push('edit', 'attach');
    else if (INVOICE_ATTACHABLE.includes(status)) allowed.push('attachInvoice');
    for (const event of ['submit', 'withdraw'] as const) if (nextAidStatus(status, event)) allowed.push(event);
  }
  if (can(role, 'aid:decide')) for (const event of DECISION_EVENTS) if (nextAidStatus(status, event)) allowed.push(event);
  if (can(role, 'aid:read') && DECIDED.includes(status)) allowed.push('letter');
  return allowed;
}
