import { sql } from 'drizzle-orm';
import {
  boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { storedFiles } from '../../platform/files/schema.js';
import {
  ACTION_STATUSES, ACTION_TYPES, CONTRACT_KINDS, CONTRACT_NATURES, CONTRACT_STATUSES, OBJECTIVE_DOMAINS, OBJECTIVE_RESULTS,
  OBJECTIVE_STATUSES, OBJECTIVE_TERMS, SIGNATURE_MODES,
} from '../../shared/cer.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { providers, users } from '../organisations/schema.js';
import { referenceItems } from '../reference/schema.js';
import type { WeeklyPlan } from './rules.js';

export interface TargetJob {
  romeCode: string;
  label: string;
}

/**
 * A contract (CER or CE) and each of its versions: a renewal or an amendment is a new row pointing
 * to the one it follows, so every earlier version stays readable as it was signed.
 */
export const contracts = pgTable(
  'contracts',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    /** The PIP that prepares it: PIP staff reach only their own PIP's contracts. */
    providerId: uuid('provider_id').notNull(),
    kind: text('kind', { enum: CONTRACT_KINDS }).notNull(),
    nature: text('nature', { enum: CONTRACT_NATURES }).notNull(),
    versionNumber: integer('version_number').notNull(),
    previousId: uuid('previous_id'),
    status: text('status', { enum: CONTRACT_STATUSES }).notNull().default('draft'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    durationMonths: integer('duration_months').notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    targetJobs: jsonb('target_jobs').$type<TargetJob[]>().notNull().default([]),
    zone: text('zone'),
    expectedSalary: text('expected_salary'),
    contractTypeSought: text('contract_type_sought'),
    personCommitments: text('person_commitments').notNull().default(''),
    organisationCommitments: text('organisation_commitments').notNull().default(''),
    /** CE only: hours per activity type and the documented reduction. */
    weeklyPlan: jsonb('weekly_plan').$type<WeeklyPlan>(),
    personSignedOn: date('person_signed_on', { mode: 'string' }),
    referentSignedOn: date('referent_signed_on', { mode: 'string' }),
    signatureMode: text('signature_mode', { enum: SIGNATURE_MODES }),
    signedBy: uuid('signed_by'),
    scanFileId: uuid('scan_file_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    endedOn: date('ended_on', { mode: 'string' }),
    closedReason: text('closed_reason'),
    overallResult: text('overall_result', { enum: OBJECTIVE_RESULTS }),
    overallAssessment: text('overall_assessment'),
    evaluatedOn: date('evaluated_on', { mode: 'string' }),
    createdBy: uuid('created_by').notNull(),
    /** Optimistic locking: a save names the version it was made from. */
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.departmentId, t.previousId], foreignColumns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.scanFileId], foreignColumns: [storedFiles.departmentId, storedFiles.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }),
    foreignKey({ columns: [t.signedBy], foreignColumns: [users.id] }),
    index('contracts_beneficiary_idx').on(t.departmentId, t.beneficiaryId, t.versionNumber),
    index('contracts_status_idx').on(t.departmentId, t.status, t.endsOn),
    index('contracts_provider_idx').on(t.departmentId, t.providerId, t.status),
    // At most one contract in force, and one in preparation, per person.
    uniqueIndex('contracts_in_force_uq').on(t.departmentId, t.beneficiaryId).where(sql`status = 'in_force'`),
    uniqueIndex('contracts_preparing_uq').on(t.departmentId, t.beneficiaryId).where(sql`status in ('draft', 'signed', 'submitted', 'returned')`),
    check('contracts_kind_ck', oneOf(t.kind, CONTRACT_KINDS)),
    check('contracts_nature_ck', oneOf(t.nature, CONTRACT_NATURES)),
    check('contracts_status_ck', oneOf(t.status, CONTRACT_STATUSES)),
    check('contracts_signature_mode_ck', oneOf(t.signatureMode, SIGNATURE_MODES)),
    check('contracts_result_ck', oneOf(t.overallResult, OBJECTIVE_RESULTS)),
    check('contracts_duration_ck', sql`${t.durationMonths} between 1 and 36`),
    check('contracts_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
    check('contracts_signed_ck', sql`${t.status} in ('draft', 'closed') or (${t.personSignedOn} is not null and ${t.referentSignedOn} is not null)`),
  ],
);

/** Objectives of one contract version, with their evaluation. */
export const contractObjectives = pgTable(
  'contract_objectives',
  {
    ...tenantColumns(),
    contractId: uuid('contract_id').notNull(),
    position: integer('position').notNull(),
    term: text('term', { enum: OBJECTIVE_TERMS }).notNull(),
    domain: text('domain', { enum: OBJECTIVE_DOMAINS }).notNull(),
    /** The reference list item it was chosen from; the wording is copied so a later edit of the list changes nothing signed. */
    referenceItemId: uuid('reference_item_id'),
    wording: text('wording').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status', { enum: OBJECTIVE_STATUSES }).notNull().default('planned'),
    /** The person agreed to this objective (date recorded). */
    consentOn: date('consent_on', { mode: 'string' }),
    evaluationComment: text('evaluation_comment'),
    evaluatedOn: date('evaluated_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.contractId], foreignColumns: [contracts.departmentId, contracts.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.departmentId, t.referenceItemId], foreignColumns: [referenceItems.departmentId, referenceItems.id] }),
    index('contract_objectives_contract_idx').on(t.departmentId, t.contractId, t.position),
    check('contract_objectives_term_ck', oneOf(t.term, OBJECTIVE_TERMS)),
    check('contract_objectives_domain_ck', oneOf(t.domain, OBJECTIVE_DOMAINS)),
    check('contract_objectives_status_ck', oneOf(t.status, OBJECTIVE_STATUSES)),
  ],
);

/** Actions serving an objective. */
export const contractActions = pgTable(
  'contract_actions',
  {
    ...tenantColumns(),
    objectiveId: uuid('objective_id').notNull(),
    position: integer('position').notNull(),
    type: text('type', { enum: ACTION_TYPES }).notNull(),
    label: text('label').notNull(),
    organiser: text('organiser'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('planned'),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.objectiveId], foreignColumns: [contractObjectives.departmentId, contractObjectives.id] }).onDelete('cascade'),
    index('contract_actions_objective_idx').on(t.departmentId, t.objectiveId, t.position),
    check('contract_actions_type_ck', oneOf(t.type, ACTION_TYPES)),
    check('contract_actions_status_ck', oneOf(t.status, ACTION_STATUSES)),
    check('contract_actions_dates_ck', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Each decision of the département on a submitted contract: validations and returns with comments. */
export const contractReviews = pgTable(
  'contract_reviews',
  {
    ...tenantColumns(),
    contractId: uuid('contract_id').notNull(),
    validated: boolean('validated').notNull(),
    comment: text('comment'),
    decidedBy: uuid('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.contractId], foreignColumns: [contracts.departmentId, contracts.id] }),
    foreignKey({ columns: [t.decidedBy], foreignColumns: [users.id] }),
    index('contract_reviews_contract_idx').on(t.departmentId, t.contractId, t.decidedAt),
    check('contract_reviews_comment_ck', sql`${t.validated} or ${t.comment} is not null`),
  ],
);
