import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { APPOINTMENT_PLACES, CONTACT_MODALITIES, CONTACT_STATUSES } from '../../shared/contacts.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { providers, sites, users } from '../organisations/schema.js';

/**
 * Every contact with a person, planned or not: an appointment while `planned`, then what
 * happened (held with its modality, an absence, cancelled, moved to a new appointment). The PIP
 * justifies its follow-up with these rows: the modality list is checked by the database.
 */
export const contacts = pgTable(
  'contacts',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    /** The PIP that follows the person: PIP staff reach only their own PIP's contacts. */
    providerId: uuid('provider_id').notNull(),
    /** Who meets the person (not necessarily the référent: a colleague may stand in). */
    staffUserId: uuid('staff_user_id').notNull(),
    status: text('status', { enum: CONTACT_STATUSES }).notNull(),
    subject: text('subject').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true, mode: 'date' }),
    plannedMinutes: integer('planned_minutes'),
    place: text('place', { enum: APPOINTMENT_PLACES }),
    /** The PIP's site an on-site appointment takes place at; none for a call, a video call or a home visit. */
    siteId: uuid('site_id'),
    videoLink: text('video_link'),
    happenedOn: date('happened_on', { mode: 'string' }),
    modality: text('modality', { enum: CONTACT_MODALITIES }),
    durationMinutes: integer('duration_minutes'),
    /** Free text about the person: the most sensitive field, kept to the PIP. */
    summary: text('summary'),
    /** Why it did not take place (excuse given, cancellation). */
    reason: text('reason'),
    /** The appointment this one replaces, when one was moved. */
    movedFromId: uuid('moved_from_id'),
    createdBy: uuid('created_by').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.departmentId, t.siteId], foreignColumns: [sites.departmentId, sites.id] }),
    foreignKey({ columns: [t.departmentId, t.movedFromId], foreignColumns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.staffUserId], foreignColumns: [users.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }),
    index('contacts_beneficiary_idx').on(t.departmentId, t.beneficiaryId, t.happenedOn),
    index('contacts_staff_agenda_idx').on(t.departmentId, t.staffUserId, t.scheduledAt),
    // Appointments still ahead: what the reminders job scans every minute.
    index('contacts_planned_idx').on(t.departmentId, t.scheduledAt).where(sql`status = 'planned'`),
    check('contacts_status_ck', oneOf(t.status, CONTACT_STATUSES)),
    check('contacts_place_ck', oneOf(t.place, APPOINTMENT_PLACES)),
    check('contacts_modality_ck', oneOf(t.modality, CONTACT_MODALITIES)),
    check('contacts_planned_ck', sql`${t.status} not in ('planned', 'moved') or ${t.scheduledAt} is not null`),
    check('contacts_held_ck', sql`${t.status} <> 'held' or (${t.happenedOn} is not null and ${t.modality} is not null)`),
    check('contacts_minutes_ck', sql`coalesce(${t.durationMinutes}, 0) between 0 and 1440 and coalesce(${t.plannedMinutes}, 0) between 0 and 1440`),
  ],
);

/**
 * A staff member's private iCalendar feed: the URL carries a random token (only its hash is
 * kept) and the département, so a lookup stays within one tenant. Revoking it or asking for a
 * new one makes the old URL answer nothing.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    ...tenantColumns(),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }),
    uniqueIndex('calendar_feeds_token_uq').on(t.departmentId, t.tokenHash),
    uniqueIndex('calendar_feeds_active_uq').on(t.departmentId, t.userId).where(sql`revoked_at is null`),
  ],
);
