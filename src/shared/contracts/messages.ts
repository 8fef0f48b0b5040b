import { z } from 'zod';
import { MESSAGE_CHANNELS, MESSAGE_STATUSES } from '../messages.js';
import { Page, PageQuery } from './common.js';

/** The outbox: messages sent (or kept) for people, as PIP staff read them. */

export const MessagesQuery = PageQuery.extend({ status: z.enum(MESSAGE_STATUSES).optional() });
export type MessagesQuery = z.infer<typeof MessagesQuery>;

export const MessageView = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  beneficiaryId: z.uuid(),
  personName: z.string(),
  channel: z.enum(MESSAGE_CHANNELS),
  /** Partly hidden: the full address is on the person's record. */
  recipient: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sendAt: z.string(),
  sentAt: z.string().nullable(),
  appointmentAt: z.string().nullable(),
});
export type MessageView = z.infer<typeof MessageView>;

export const MessagesPage = Page(MessageView);
export type MessagesPage = z.infer<typeof MessagesPage>;

/** A reminder of an appointment, as the person's contacts list shows it. */
export const ReminderView = z.object({
  channel: z.enum(MESSAGE_CHANNELS),
  status: z.enum(MESSAGE_STATUSES),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type ReminderView = z.infer<typeof ReminderView>;
