import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { AID_DOCUMENT_KINDS, AID_PAYEES, AID_STATUSES, AID_TYPES, ENVELOPE_SCOPES, type AidDocumentKind } from '../../shared/aids.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { contractObjectives, contracts } from '../contracts/schema.js';
import { providers, territories, users } from '../organisations/schema.js';

/** Money: integer cents, read as JS numbers (exact up to 90 billion euros). */
const cents = (name: string) => bigint(name, { mode: 'number' });

/**
 * The département's aid catalogue for a year: each aid type it funds, with its ceilings, the
 * documents a request needs, whether a valid contract is required, and who is paid.
 */
export const aidCatalogue = pgTable(
  'aid_catalogue',
  {
    ...tenantColumns(),
    year: integer('year').notNull(),
    aidType: text('aid_type', { enum: AID_TYPES }).notNull(),
    perRequestCents: cents('per_request_cents'),
    perPersonYearCents: cents('per_person_year_cents'),
    lifetimeCents: cents('lifetime_cents'),
    requiredDocuments: jsonb('required_documents').$type<AidDocumentKind[]>().notNull().default([]),
    contractRequired: boolean('contract_required').notNull().default(true),
    payee: text('payee', { enum: AID_PAYEES }).notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    uniqueIndex('aid_catalogue_type_uq').on(t.departmentId, t.year, t.aidType),
    check('aid_catalogue_type_ck', oneOf(t.aidType, AID_TYPES)),
    check('aid_catalogue_payee_ck', oneOf(t.payee, AID_PAYEES)),
    check('aid_catalogue_ceilings_ck', sql`coalesce(${t.perRequestCents}, 0) >= 0 and coalesce(${t.perPersonYearCents}, 0) >= 0 and coalesce(${t.lifetimeCents}, 0) >= 0`),
  ],
);

/**
 * A yearly budget envelope, per aid type or for all types ('total'). Grants take from it in the
 * decision's transaction, the row locked; the CHECK is the database's last word.
 */
export const aidEnvelopes = pgTable(
  'aid_envelopes',
  {
    ...tenantColumns(),
    year: integer('year').notNull(),
    scope: text('scope', { enum: ENVELOPE_SCOPES }).notNull(),
    amountCents: cents('amount_cents').notNull(),
    /** Granted and not yet paid, plus paid: what the envelope can no longer give. */
    consumedCents: cents('consumed_cents').notNull().default(0),
    paidCents: cents('paid_cents').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    uniqueIndex('aid_envelopes_scope_uq').on(t.departmentId, t.year, t.scope),
    check('aid_envelopes_scope_ck', oneOf(t.scope, ENVELOPE_SCOPES)),
    check('aid_envelopes_consumed_ck', sql`${t.consumedCents} >= 0 and ${t.consumedCents} <= ${t.amountCents}`),
    check('aid_envelopes_paid_ck', sql`${t.paidCents} >= 0 and ${t.paidCents} <= ${t.consumedCents}`),
  ],
);

/**
 * One aid request for a person, prepared by their PIP (provider and referent copied so the scope
 * applies without joins), tied to an objective of their contract.
 */
export const aidRequests = pgTable(
  'aid_requests',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    referentId: uuid('referent_id'),
    /** The person's territory when the request was made, for the budget by territory. */
    territoryId: uuid('territory_id'),
    aidType: text('aid_type', { enum: AID_TYPES }).notNull(),
    /** The calendar year of the request: the person's yearly ceiling counts in it. */
    year: integer('year').notNull(),
    contractId: uuid('contract_id'),
    objectiveId: uuid('objective_id'),
    requestedCents: cents('requested_cents').notNull(),
    purpose: text('purpose').notNull(),
    justification: text('justification').notNull(),
    payee: text('payee', { enum: AID_PAYEES }).notNull(),
    supplierName: text('supplier_name'),
    consentOn: date('consent_on', { mode: 'string' }),
    status: text('status', { enum: AID_STATUSES }).notNull().default('draft'),
    grantedCents: cents('granted_cents'),
    decisionReason: text('decision_reason'),
    /** The envelopes' year of the grant: payment and cancellation adjust the same envelopes. */
    budgetYear: integer('budget_year'),
    paidCents: cents('paid_cents'),
    paidOn: date('paid_on', { mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.departmentId, t.territoryId], foreignColumns: [territories.departmentId, territories.id] }),
    foreignKey({ columns: [t.departmentId, t.contractId], foreignColumns: [contracts.departmentId, contracts.id] }),
    foreignKey({ columns: [t.departmentId, t.objectiveId], foreignColumns: [contractObjectives.departmentId, contractObjectives.id] }),
    foreignKey({ columns: [t.referentId], foreignColumns: [users.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }),
    index('aid_requests_beneficiary_idx').on(t.departmentId, t.beneficiaryId, t.aidType),
    index('aid_requests_status_idx').on(t.departmentId, t.status, t.createdAt),
    index('aid_requests_provider_idx').on(t.departmentId, t.providerId, t.status),
    index('aid_requests_referent_idx').on(t.departmentId, t.referentId, t.status),
    check('aid_requests_type_ck', oneOf(t.aidType, AID_TYPES)),
    check('aid_requests_status_ck', oneOf(t.status, AID_STATUSES)),
    check('aid_requests_payee_ck', oneOf(t.payee, AID_PAYEES)),
    check('aid_requests_amount_ck', sql`${t.requestedCents} > 0`),
    check('aid_requests_granted_ck', sql`${t.grantedCents} is null or (${t.grantedCents} > 0 and ${t.grantedCents} <= ${t.requestedCents})`),
    check('aid_requests_paid_ck', sql`${t.paidCents} is null or (${t.paidCents} > 0 and ${t.paidCents} <= ${t.grantedCents})`),
    check('aid_requests_granted_status_ck', sql`${t.status} not in ('granted', 'paid', 'justified') or (${t.grantedCents} is not null and ${t.budgetYear} is not null)`),
    check('aid_requests_paid_status_ck', sql`${t.status} not in ('paid', 'justified') or (${t.paidCents} is not null and ${t.paidOn} is not null)`),
  ],
);

/** Every step of a request: who did it and when, with the amount and the reason given. */
export const aidRequestEvents = pgTable(
  'aid_request_events',
  {
    ...tenantColumns(),
    requestId: uuid('request_id').notNull(),
    event: text('event').notNull(),
    fromStatus: text('from_status', { enum: AID_STATUSES }),
    toStatus: text('to_status', { enum: AID_STATUSES }).notNull(),
    amountCents: cents('amount_cents'),
    reason: text('reason'),
    actorId: uuid('actor_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.requestId], foreignColumns: [aidRequests.departmentId, aidRequests.id] }),
    foreignKey({ columns: [t.actorId], foreignColumns: [users.id] }),
    index('aid_request_events_request_idx').on(t.departmentId, t.requestId, t.at),
  ],
);

/**
 * A document attached to a request. The bytes live in the blob store (platform/files/blobs.ts)
 * under a random key; this row says what they are (type sniffed from the bytes) and whose they are.
 */
export const aidDocuments = pgTable(
  'aid_documents',
  {
    ...tenantColumns(),
    requestId: uuid('request_id').notNull(),
    kind: text('kind', { enum: AID_DOCUMENT_KINDS }).notNull(),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.requestId], foreignColumns: [aidRequests.departmentId, aidRequests.id] }),
    foreignKey({ columns: [t.uploadedBy], foreignColumns: [users.id] }),
    index('aid_documents_request_idx').on(t.departmentId, t.requestId),
    // One row per blob; the orphan sweep looks keys up through it.
    uniqueIndex('aid_documents_storage_key_uq').on(t.departmentId, t.storageKey),
    check('aid_documents_kind_ck', oneOf(t.kind, AID_DOCUMENT_KINDS)),
    check('aid_documents_size_ck', sql`${t.size} > 0`),
  ],
);
