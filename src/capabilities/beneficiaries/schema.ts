import { sql } from 'drizzle-orm';
import {
  boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid,
} from 'drizzle-orm/pg-core';
import { bytea, oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { CONTRACT_KINDS } from '../../shared/cer.js';
import type { ContactModality } from '../../shared/contacts.js';
import {
  ALERT_KINDS, CIVILITIES, EXIT_CATEGORIES, GENDERS, HOUSEHOLD_ROLES, ORIENTATION_KINDS, PATHWAY_STATUSES, RIGHTS_STATUSES,
} from '../../shared/beneficiaries.js';
import { communes, departments, lots, providers, users } from '../organisations/schema.js';


/**
 * An RSA beneficiary subject to rights and duties. Never the NIR: people are matched on the
 * CAF/MSA number, the France Travail id, then names and birth date.
 *
 * The current pathway (orientation, PIP, référent, status, key dates, alerts) is kept on the row,
 * maintained by the use cases that change it, with the full history in orientations, assignments
 * and pathway_events. That is what lets the scoped query builder restrict a PIP to its people
 * (provider_id) and a referent to their caseload (referent_id) with one index.
 */
export const beneficiaries = pgTable(
  'beneficiaries',
  {
    ...tenantColumns(),
    civility: text('civility', { enum: CIVILITIES }),
    lastName: text('last_name').notNull(),
    birthName: text('birth_name'),
    firstNames: text('first_names').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    gender: text('gender', { enum: GENDERS }),
    cafNumber: text('caf_number'),
    cafOrganism: text('caf_organism', { enum: ['CAF', 'MSA'] }),
    franceTravailId: text('france_travail_id'),
    phone: text('phone'),
    email: text('email'),
    addressLine: text('address_line'),
    postalCode: text('postal_code'),
    communeCode: text('commune_code'),
    noFixedAddress: boolean('no_fixed_address').notNull().default(false),
    householdKey: text('household_key'),
    householdRole: text('household_role', { enum: HOUSEHOLD_ROLES }),
    rightsStatus: text('rights_status', { enum: RIGHTS_STATUSES }),
    rightsSuspensionReason: text('rights_suspension_reason'),
    rightsClosureReason: text('rights_closure_reason'),
    rightsClosedOn: date('rights_closed_on', { mode: 'string' }),
    dutiesApplicable: boolean('duties_applicable'),
    dutiesEntryDate: date('duties_entry_date', { mode: 'string' }),
    /** Diagnostic, constraints and professional project: validated by the shared zod contract. */
    profile: jsonb('profile').notNull().default({}),

    pathwayStatus: text('pathway_status', { enum: PATHWAY_STATUSES }).notNull().default('to_orient'),
    orientationKind: text('orientation_kind', { enum: ORIENTATION_KINDS }),
    orientedOn: date('oriented_on', { mode: 'string' }),
    lotId: uuid('lot_id'),
    providerId: uuid('provider_id'),
    referentId: uuid('referent_id'),
    assignedOn: date('assigned_on', { mode: 'string' }),
    firstContactOn: date('first_contact_on', { mode: 'string' }),
    lastContactOn: date('last_contact_on', { mode: 'string' }),
    /** The last contact of each modality: the contact rule counts some modalities and needs a face-to-face. */
    lastContactByModality: jsonb('last_contact_by_modality').$type<Partial<Record<ContactModality, string>>>().notNull().default({}),
    /** The last suspension of the accompaniment and its end: no contact is due meanwhile. */
    suspendedOn: date('suspended_on', { mode: 'string' }),
    resumedOn: date('resumed_on', { mode: 'string' }),
    contractSignedOn: date('contract_signed_on', { mode: 'string' }),
    contractEndsOn: date('contract_ends_on', { mode: 'string' }),
    nextObjectiveDueOn: date('next_objective_due_on', { mode: 'string' }),
    /** The kind of the contract in force (CER or CE): CERs must be converted before a legal date. */
    currentContractKind: text('current_contract_kind', { enum: CONTRACT_KINDS }),
    /** End date of the last contract that ended without its evaluation. */
    contractAwaitingEvaluationSince: date('contract_awaiting_evaluation_since', { mode: 'string' }),
    exitReason: text('exit_reason'),
    exitCategory: text('exit_category', { enum: EXIT_CATEGORIES }),
    /** The tender's reason code and whether the tender counted it positive, frozen at the exit. */
    exitReasonCode: text('exit_reason_code'),
    exitPositive: boolean('exit_positive'),
    endedOn: date('ended_on', { mode: 'string' }),
    /** The day of the situation at exit once recorded (exits capability): its absence is an alert after the exit. */
    exitSituationOn: date('exit_situation_on', { mode: 'string' }),
    /** Derived by the pure alert rules whenever the row changes, and daily as dates pass. */
    alerts: text('alerts').array().notNull().default(sql`'{}'::text[]`),
    alertsComputedOn: date('alerts_computed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId], foreignColumns: [departments.id] }),
    foreignKey({ columns: [t.departmentId, t.communeCode], foreignColumns: [communes.departmentId, communes.inseeCode] }),
    foreignKey({ columns: [t.departmentId, t.lotId], foreignColumns: [lots.departmentId, lots.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.referentId], foreignColumns: [users.id] }),
    index('beneficiaries_caf_idx').on(t.departmentId, t.cafNumber, t.birthDate),
    index('beneficiaries_ft_idx').on(t.departmentId, t.franceTravailId),
    index('beneficiaries_name_idx').on(t.departmentId, t.lastName, t.birthDate),
    index('beneficiaries_referent_idx').on(t.departmentId, t.referentId, t.lastName),
    index('beneficiaries_provider_idx').on(t.departmentId, t.providerId, t.pathwayStatus),
    index('beneficiaries_status_idx').on(t.departmentId, t.pathwayStatus, t.lotId),
    check('beneficiaries_civility_ck', oneOf(t.civility, CIVILITIES)),
    check('beneficiaries_gender_ck', oneOf(t.gender, GENDERS)),
    check('beneficiaries_organism_ck', oneOf(t.cafOrganism, ['CAF', 'MSA'])),
    check('beneficiaries_household_role_ck', oneOf(t.householdRole, HOUSEHOLD_ROLES)),
    check('beneficiaries_rights_ck', oneOf(t.rightsStatus, RIGHTS_STATUSES)),
    check('beneficiaries_pathway_ck', oneOf(t.pathwayStatus, PATHWAY_STATUSES)),
    check('beneficiaries_orientation_ck', oneOf(t.orientationKind, ORIENTATION_KINDS)),
    check('beneficiaries_exit_ck', oneOf(t.exitCategory, EXIT_CATEGORIES)),
    check('beneficiaries_contract_kind_ck', oneOf(t.currentContractKind, CONTRACT_KINDS)),
    check('beneficiaries_alerts_ck', sql`${t.alerts} <@ array[${sql.raw(ALERT_KINDS.map((a) => `'${a}'`).join(', '))}]::text[]`),
    check('beneficiaries_postal_code_ck', sql`${t.postalCode} ~ '^[0-9]{5}$'`),
    check('beneficiaries_referent_has_provider_ck', sql`${t.referentId} is null or ${t.providerId} is not null`),
  ],
);

/** Every change of a record: who, when, from where, and each field's old and new value. */
export const beneficiaryVersions = pgTable(
  'beneficiary_versions',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    version: integer('version').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    changedBy: uuid('changed_by'),
    source: text('source', { enum: ['manual', 'import', 'caf_flux'] }).notNull(),
    changes: jsonb('changes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    index('beneficiary_versions_idx').on(t.departmentId, t.beneficiaryId, t.version),
    check('beneficiary_versions_source_ck', oneOf(t.source, ['manual', 'import', 'caf_flux'])),
  ],
);

/** The person's timeline: one row per event of their pathway, whatever capability made it. */
export const pathwayEvents = pgTable(
  'pathway_events',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    actorUserId: uuid('actor_user_id'),
    /** Identifiers and short facts only: the page renders them in the reader's language. */
    data: jsonb('data').notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    index('pathway_events_idx').on(t.departmentId, t.beneficiaryId, t.occurredAt),
  ],
);

export const IMPORT_STATUSES = ['dry_run', 'applied', 'failed'] as const;

/**
 * Every import, with its report (each line's fate). What the file said is kept only between the
 * dry run and the apply, then deleted: the report is what must last.
 */
export const imports = pgTable(
  'imports',
  {
    ...tenantColumns(),
    kind: text('kind', { enum: ['csv', 'xlsx', 'caf_flux'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull(),
    mapping: jsonb('mapping'),
    counts: jsonb('counts').notNull(),
    report: jsonb('report').notNull(),
    /** The parsed file (records and rejections, as JSON) between the dry run and the apply. */
    content: bytea('content'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    appliedAt: timestamp('applied_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId], foreignColumns: [departments.id] }),
    index('imports_created_idx').on(t.departmentId, t.createdAt),
    check('imports_kind_ck', oneOf(t.kind, ['csv', 'xlsx', 'caf_flux'])),
    check('imports_status_ck', oneOf(t.status, IMPORT_STATUSES)),
  ],
);
