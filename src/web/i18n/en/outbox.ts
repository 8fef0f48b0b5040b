import { pluralEn as plural } from '../plural.js';
import type { outbox as french } from '../fr/outbox.js';

/** English catalogue, reminders. Typed against the French one. */
export const outbox: typeof french = {
  area: {
    label: 'Messages',
    description: 'Appointment reminders sent to people by e-mail or text message, or kept here when no sending is configured.',
  },
  title: 'Messages',
  intro:
    'Appointment reminders, newest first. A message “kept here” was not sent: no sending server is configured, pass it on yourself. An “interrupted” send is never retried automatically: check with the person.',
  tableLabel: 'Messages to people',
  empty: 'No messages yet',
  emptyHelp: 'A reminder is written before each planned appointment, for people who have an e-mail address or a phone number.',
  allStatuses: 'All',
  noneWithStatus: 'No message with this status',
  pagination: 'Messages pagination',
  previous: 'Newer',
  next: 'Older',
  pageStatus: (page, pages, total) => `Page ${page} of ${pages} — ${plural(total, 'message', 'messages')}`,
  person: 'Person',
  appointment: (when) => `Appointment of ${when}`,
  channel: 'Channel',
  recipient: 'Recipient',
  status: 'Status',
  sendAt: 'Due',
  sentAt: 'Sent',
  attempts: 'Attempts',
  error: 'Last error',
  text: 'Message text',
  channels: { email: 'E-mail', sms: 'Text message' },
  statuses: {
    queued: 'Waiting',
    sending: 'Sending',
    sent: 'Sent',
    kept_in_outbox: 'Kept here',
    failed: 'Failed',
    unknown: 'Interrupted, to check',
    cancelled: 'Cancelled',
  },
  reminders: 'Reminders',
  reminder: (channel, status) => `${channel}: ${status}`,
  noReminder: 'No reminder possible (no e-mail, no phone): print the convocation letter.',
  convocation: 'Convocation letter (PDF)',
  newTab: '(new tab)',
};
