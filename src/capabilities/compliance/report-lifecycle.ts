import type { ReportStatus } from '../../shared/compliance.js';
import { can } from '../../shared/permissions.js';
import type { Role } from '../../shared/roles.js';

/** What can happen to a breach report on the PIP's side, and by whom. */
export type ReportEvent =
  | 'approve' // PIP manager: the report goes to the département
  | 'return' // PIP manager: back to the referent, with a comment
  | 'resubmit' // PIP: corrected, back to the manager
  | 'send_directly' // PIP: corrected, sent at once (the département skips the manager's approval)
  | 'withdraw'; // PIP: given up before it reached the département

const TRANSITIONS: Record<ReportEvent, Partial<Record<ReportStatus, ReportStatus>>> = {
  approve: { awaiting_approval: 'sent' },
  return: { awaiting_approval: 'returned' },
  resubmit: { returned: 'awaiting_approval' },
  send_directly: { returned: 'sent' },
  withdraw: { awaiting_approval: 'withdrawn', returned: 'withdrawn' },
};

export const REPORT_EVENTS = Object.keys(TRANSITIONS) as ReportEvent[];

/** The status after the event, or null when the event is not allowed from this status. */
export const nextReportStatus = (from: ReportStatus, event: ReportEvent): ReportStatus | null => TRANSITIONS[event][from] ?? null;

/** A new report waits for the PIP manager, unless the setting sends it straight to the département. */
export const initialReportStatus = (approvalRequired: boolean): ReportStatus => (approvalRequired ? 'awaiting_approval' : 'sent');

/** How a corrected report goes back: to the manager, or straight on when no approval is required. */
export const resubmitEvent = (approvalRequired: boolean): ReportEvent => (approvalRequired ? 'resubmit' : 'send_directly');

/** What a viewer may do with a report on the PIP's side now (the page shows these as buttons). */
export function allowedReportActions(role: Role, status: ReportStatus): ReportEvent[] {
  const actions: ReportEvent[] = [];
  if (can(role, 'breach:approve')) actions.push(...(['approve', 'return'] as const).filter((e) => nextReportStatus(status, e)));
  if (can(role, 'breach:report')) {
    if (nextReportStatus(status, 'resubmit')) actions.push('resubmit');
    if (nextReportStatus(status, 'withdraw')) actions.push('withdraw');
  }
  return actions;
}
