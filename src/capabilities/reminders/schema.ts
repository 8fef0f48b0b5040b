import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { MESSAGE_CHANNELS, MESSAGE_STATUSES } from '../../shared/messages.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { contacts } from '../contacts/schema.js';
import { providers } from '../organisations/schema.js';

/**
 * The outbox: every message Parcours sends to a person, whatever its transport, with its state
 * (shared/messages.ts). One reminder per appointment and channel (a unique index), so scheduling
 * twice never creates two. The text is kept as sent: staff can read what the person received, and
 * in the embedded default (no SMTP, no SMS provider) the outbox is where the messages wait.
 */
export const messages = pgTable(
  'messages',
  {
    ...tenantColumns(),
    /** The appointment reminded of. */
    contactId: uuid('contact_id').notNull(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    /** The PIP of the appointment: its staff reach only their own messages. */
    providerId: uuid('provider_id').notNull(),
    channel: text('channel', { enum: MESSAGE_CHANNELS }).notNull(),
    /** The e-mail address or phone number, as it was when the message was written. */
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** When it may leave: the reminder time, then each retry's time. */
    sendAt: timestamp('send_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** When a worker took it to send: a `sending` row older than the lease was interrupted. */
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    /** The relay's or provider's own identifier (Message-ID for e-mail). */
    transportId: text('transport_id'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.contactId], foreignColumns: [contacts.departmentId, contacts.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    uniqueIndex('messages_reminder_uq').on(t.departmentId, t.contactId, t.channel),
    index('messages_provider_idx').on(t.departmentId, t.providerId, t.createdAt),
    // The worker's queue: small, since sent messages leave it.
    index('messages_pending_idx').on(t.departmentId, t.sendAt).where(sql`status in ('queued', 'sending')`),
    check('messages_channel_ck', oneOf(t.channel, MESSAGE_CHANNELS)),
    check('messages_status_ck', oneOf(t.status, MESSAGE_STATUSES)),
    check('messages_sent_ck', sql`${t.status} not in ('sent', 'kept_in_outbox') or ${t.sentAt} is not null`),
  ],
);
