/**
 * Messages Parcours sends to people (appointment reminders), shared with the UI.
 *
 * A message's life: `queued` (waiting for its time or a retry) → `sending` (claimed by one worker,
 * committed before the transport is called) → `sent`, or `kept_in_outbox` when no transport is
 * configured (staff read it in the outbox), or back to `queued` after a temporary failure, then
 * `failed` after the last attempt or a permanent refusal. `unknown`: the process stopped while
 * sending, so whether it left is unknown; it is never resent by itself (a duplicate SMS is worse
 * than a missing one), staff check with the person. `cancelled`: the appointment was moved,
 * cancelled or passed before the reminder left.
 */
export const MESSAGE_CHANNELS = ['email', 'sms'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'kept_in_outbox', 'failed', 'unknown', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
