import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { storedFiles } from '../../platform/files/schema.js';
import { ATTENDANCES, REGISTRATION_STATUSES, WORKSHOP_THEMES } from '../../shared/contacts.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { contacts } from '../contacts/schema.js';
import { providers, users } from '../organisations/schema.js';

/** A collective session a PIP runs (CV, interviews, digital skills…), with its capacity. */
export const workshopSessions = pgTable(
  'workshop_sessions',
  {
    ...tenantColumns(),
    providerId: uuid('provider_id').notNull(),
    theme: text('theme', { enum: WORKSHOP_THEMES }).notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    place: text('place').notNull(),
    capacity: integer('capacity').notNull(),
    facilitator: text('facilitator').notNull(),
    /** The PIP staff member who runs it: the session shows in their agenda (the creator by default). */
    facilitatorUserId: uuid('facilitator_user_id'),
    /** The signed attendance sheet, scanned: the FSE+ proof of each participant's attendance. */
    sheetScanFileId: uuid('sheet_scan_file_id'),
    createdBy: uuid('created_by').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.departmentId, t.sheetScanFileId], foreignColumns: [storedFiles.departmentId, storedFiles.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }),
    foreignKey({ columns: [t.facilitatorUserId], foreignColumns: [users.id] }),
    index('workshop_sessions_provider_idx').on(t.departmentId, t.providerId, t.startsAt),
    check('workshop_sessions_theme_ck', oneOf(t.theme, WORKSHOP_THEMES)),
    check('workshop_sessions_capacity_ck', sql`${t.capacity} between 1 and 200`),
    check('workshop_sessions_times_ck', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A person registered to a session, or waiting for a place when it is full. Present participants
 * get a collective contact of their own (`contact_id`).
 */
export const workshopRegistrations = pgTable(
  'workshop_registrations',
  {
    ...tenantColumns(),
    sessionId: uuid('session_id').notNull(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    attendance: text('attendance', { enum: ATTENDANCES }),
    contactId: uuid('contact_id'),
    registeredBy: uuid('registered_by').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.sessionId], foreignColumns: [workshopSessions.departmentId, workshopSessions.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.contactId], foreignColumns: [contacts.departmentId, contacts.id] }),
    foreignKey({ columns: [t.registeredBy], foreignColumns: [users.id] }),
    uniqueIndex('workshop_registrations_person_uq').on(t.departmentId, t.sessionId, t.beneficiaryId),
    index('workshop_registrations_beneficiary_idx').on(t.departmentId, t.beneficiaryId),
    check('workshop_registrations_status_ck', oneOf(t.status, REGISTRATION_STATUSES)),
    check('workshop_registrations_attendance_ck', oneOf(t.attendance, ATTENDANCES)),
    check('workshop_registrations_attended_ck', sql`${t.attendance} is null or ${t.status} = 'registered'`),
  ],
);
