import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns } from '../../platform/db/columns.js';
import { ORIENTATION_KINDS } from '../../shared/beneficiaries.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { lots, providers, users } from '../organisations/schema.js';

/**
 * The département's orientation decisions. A new decision ends the current one (reorientation
 * keeps the history) and restarts the contract deadline clock.
 */
export const orientations = pgTable(
  'orientations',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    kind: text('kind', { enum: ORIENTATION_KINDS }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    lotId: uuid('lot_id'),
    providerId: uuid('provider_id'),
    /** Set when the lot was full and the officer oriented there anyway. */
    overCapacityReason: text('over_capacity_reason'),
    decidedBy: uuid('decided_by').notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.lotId], foreignColumns: [lots.departmentId, lots.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.decidedBy], foreignColumns: [users.id] }),
    index('orientations_beneficiary_idx').on(t.departmentId, t.beneficiaryId, t.decidedOn),
    uniqueIndex('orientations_current_uq').on(t.departmentId, t.beneficiaryId).where(sql`ended_at is null`),
    check('orientations_kind_ck', oneOf(t.kind, ORIENTATION_KINDS)),
    check('orientations_professional_lot_ck', sql`(${t.kind} = 'professional') = (${t.lotId} is not null)`),
  ],
);

/**
 * Who is the référent unique, from when to when. The partial unique index is the database's
 * guarantee of exactly one active référent per person, whatever two managers click at once.
 */
export const assignments = pgTable(
  'assignments',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    referentId: uuid('referent_id').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    assignedBy: uuid('assigned_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.referentId], foreignColumns: [users.id] }),
    index('assignments_referent_idx').on(t.departmentId, t.referentId, t.endedOn),
    uniqueIndex('assignments_active_uq').on(t.departmentId, t.beneficiaryId).where(sql`ended_on is null`),
  ],
);
