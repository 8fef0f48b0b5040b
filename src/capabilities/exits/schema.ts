import { sql } from 'drizzle-orm';
import { check, date, foreignKey, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { EMPLOYMENT_CONTRACTS, EXIT_SITUATIONS } from '../../shared/exits.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { providers, users } from '../organisations/schema.js';

/**
 * The person's situation within 4 weeks of the end of their accompaniment (the FSE+ result), and
 * the final evaluation that closes the pathway. One per exit (the person may come back and leave
 * again): the row is written when the situation is recorded, and read-only once evaluated.
 */
export const exitResults = pgTable(
  'exit_results',
  {
    ...tenantColumns(),
    beneficiaryId: uuid('beneficiary_id').notNull(),
    /** The PIP that followed the person to the exit. */
    providerId: uuid('provider_id').notNull(),
    endedOn: date('ended_on', { mode: 'string' }).notNull(),
    situation: text('situation', { enum: EXIT_SITUATIONS }).notNull(),
    situationOn: date('situation_on', { mode: 'string' }).notNull(),
    employmentContract: text('employment_contract', { enum: EMPLOYMENT_CONTRACTS }),
    employmentMonths: integer('employment_months'),
    recordedBy: uuid('recorded_by').notNull(),
    finalEvaluation: text('final_evaluation'),
    evaluatedOn: date('evaluated_on', { mode: 'string' }),
    evaluatedBy: uuid('evaluated_by'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.beneficiaryId], foreignColumns: [beneficiaries.departmentId, beneficiaries.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.recordedBy], foreignColumns: [users.id] }),
    foreignKey({ columns: [t.evaluatedBy], foreignColumns: [users.id] }),
    uniqueIndex('exit_results_uq').on(t.departmentId, t.beneficiaryId, t.endedOn),
    check('exit_results_situation_ck', oneOf(t.situation, EXIT_SITUATIONS)),
    check('exit_results_contract_ck', oneOf(t.employmentContract, EMPLOYMENT_CONTRACTS)),
    // A job has a kind; nothing else has one, nor a duration.
    check('exit_results_employment_ck', sql`(${t.situation} = 'employment') = (${t.employmentContract} is not null) and (${t.situation} = 'employment' or ${t.employmentMonths} is null)`),
    check('exit_results_months_ck', sql`${t.employmentMonths} is null or ${t.employmentMonths} between 1 and 120`),
    check('exit_results_evaluation_ck', sql`(${t.finalEvaluation} is null) = (${t.evaluatedOn} is null) and (${t.evaluatedOn} is null) = (${t.evaluatedBy} is null)`),
  ],
);
