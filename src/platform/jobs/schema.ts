import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from '../db/columns.js';

export const JOB_STATUSES = ['queued', 'done', 'failed'] as const;

/**
 * Background jobs live in the database: nothing is lost on restart. A worker claims a job with
 * FOR UPDATE SKIP LOCKED and runs it inside the claiming transaction, so its database effects and
 * its completion commit together: a job is never run twice to completion, and a crash rolls both
 * back. `dedupe_key` keeps one pending job per key (recurring jobs such as audit sealing).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    departmentId: uuid('department_id'),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull().default({}),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    runAt: timestamp('run_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    dedupeKey: text('dedupe_key'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    check('jobs_status_ck', oneOf(t.status, JOB_STATUSES)),
    index('jobs_due_idx').on(t.runAt).where(sql`status = 'queued'`),
    uniqueIndex('jobs_dedupe_uq').on(t.dedupeKey).where(sql`status = 'queued'`),
  ],
);
