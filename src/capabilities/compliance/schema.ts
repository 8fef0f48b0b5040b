import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, time, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { storedFiles } from '../../platform/files/schema.js';
import { BREACH_KINDS, REPORT_STATUSES, REVIEW_STATUSES } from '../../shared/compliance.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { contacts } from '../contacts/schema.js';
import { providers, territories, users } from '../organisations/schema.js';

/**
 * A breach report (signalement de manquement): the PIP's facts about a person who does not meet
 * their obligations, then the département's review of it. Only compliance facts live here: the
 * RSA itself (amount, rights) is the CAF's and the département's payment system's, and nothing in
 * this capability writes it. `provider_id` and `referent_id` keep the report to the person's PIP
 * (and referent) as `inScope` restricts every other PIP-owned row.
 */
export const breachReports = pgTable(
  'breach_reports',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    /** The person's référent when the report was made. */
    referentId: uuid('referent_id').notNull(),
    /** The territory of the person's lot, frozen: the département's decisions are counted per territory. */
    territoryId: uuid('territory_id'),
    kind: text('kind', { enum: BREACH_KINDS }).notNull(),
    facts: text('facts').notNull(),
    factsFrom: date('facts_from', { mode: 'string' }).notNull(),
    factsTo: date('facts_to', { mode: 'string' }).notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull(),
    /** Set once the report reaches the département. */
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }),
    reportedBy: uuid('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** The PIP manager's decision (approval or return), or none when the setting skipped it. */
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    returnComment: text('return_comment'),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.departmentId, t.territoryId], foreignColumns: [territories.departmentId, territories.id] }),
    foreignKey({ columns: [t.referentId], foreignColumns: [users.id] }),
    foreignKey({ columns: [t.reportedBy], foreignColumns: [users.id] }),
    foreignKey({ columns: [t.approvedBy], foreignColumns: [users.id] }),
    index('breach_reports_beneficiary_idx').on(t.departmentId, t.beneficiaryId, t.reportedAt),
    index('breach_reports_provider_idx').on(t.departmentId, t.providerId, t.status),
    index('breach_reports_review_idx').on(t.departmentId, t.reviewStatus, t.sentAt),
    check('breach_reports_kind_ck', oneOf(t.kind, BREACH_KINDS)),
    check('breach_reports_status_ck', oneOf(t.status, REPORT_STATUSES)),
    check('breach_reports_review_ck', oneOf(t.reviewStatus, REVIEW_STATUSES)),
    check('breach_reports_sent_ck', sql`(${t.status} = 'sent') = (${t.reviewStatus} is not null and ${t.sentAt} is not null)`),
    check('breach_reports_period_ck', sql`${t.factsTo} >= ${t.factsFrom}`),
  ],
);

/** The unexcused absences the referent picked from the person's contacts, with their dates. */
export const breachReportAbsences = pgTable(
  'breach_report_absences',
  {
    ...tenantColumns(),
    reportId: uuid('report_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.reportId], foreignColumns: [breachReports.departmentId, breachReports.id] }),
    foreignKey({ columns: [t.departmentId, t.contactId], foreignColumns: [contacts.departmentId, contacts.id] }),
    uniqueIndex('breach_report_absences_uq').on(t.departmentId, t.reportId, t.contactId),
  ],
);

/** Evidence attached to a report (a letter, a returned mail, a signed refusal): PDF or image. */
export const breachReportEvidence = pgTable(
  'breach_report_evidence',
  {
    ...tenantColumns(),
    reportId: uuid('report_id').notNull(),
    fileId: uuid('file_id').notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.reportId], foreignColumns: [breachReports.departmentId, breachReports.id] }),
    foreignKey({ columns: [t.departmentId, t.fileId], foreignColumns: [storedFiles.departmentId, storedFiles.id] }),
    foreignKey({ columns: [t.addedBy], foreignColumns: [users.id] }),
    index('breach_report_evidence_idx').on(t.departmentId, t.reportId),
  ],
);

/**
 * Every step of a report, on both sides: dated (the day it happened, which the officer may give)
 * and attributed. Decisions keep the sanction table's row as it was, with the officer's choice
 * and justification, so a later change of the table never rewrites a past decision.
 */
export const breachSteps = pgTable(
  'breach_steps',
  {
    ...tenantColumns(),
    reportId: uuid('report_id').notNull(),
    event: text('event').notNull(),
    /** The report's review status after the step (null while on the PIP's side). */
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    details: jsonb('details').notNull().default({}),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.reportId], foreignColumns: [breachReports.departmentId, breachReports.id] }),
    foreignKey({ columns: [t.recordedBy], foreignColumns: [users.id] }),
    index('breach_steps_report_idx').on(t.departmentId, t.reportId, t.recordedAt),
    index('breach_steps_event_idx').on(t.departmentId, t.event, t.on),
    check('breach_steps_review_ck', oneOf(t.reviewStatus, REVIEW_STATUSES)),
  ],
);

/** A session of the équipe pluridisciplinaire of a territory: its date, members and agenda. */
export const teamSessions = pgTable(
  'team_sessions',
  {
    ...tenantColumns(),
    territoryId: uuid('territory_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** The hour the person is convened at (the convocation letter gives it). */
    startsAt: time('starts_at', { precision: 0 }).notNull().default('09:00'),
    place: text('place').notNull(),
    /** « Name — quality » lines: the members convened. */
    members: text('members').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.territoryId], foreignColumns: [territories.departmentId, territories.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }),
    index('team_sessions_territory_idx').on(t.departmentId, t.territoryId, t.heldOn),
  ],
);

/** A report on a session's agenda: the file summary, the opinion given, then the département's decision (a review step). */
export const teamCases = pgTable(
  'team_cases',
  {
    ...tenantColumns(),
    sessionId: uuid('session_id').notNull(),
    reportId: uuid('report_id').notNull(),
    summary: text('summary').notNull(),
    opinion: text('opinion'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.sessionId], foreignColumns: [teamSessions.departmentId, teamSessions.id] }),
    foreignKey({ columns: [t.departmentId, t.reportId], foreignColumns: [breachReports.departmentId, breachReports.id] }),
    uniqueIndex('team_cases_uq').on(t.departmentId, t.sessionId, t.reportId),
    index('team_cases_report_idx').on(t.departmentId, t.reportId),
  ],
);
