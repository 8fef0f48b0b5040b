import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log, kept apart from the data it describes (no foreign keys): who did or read
 * what, when, from where. A trigger (migration 0001) refuses DELETE and any UPDATE other than
 * sealing. The sealing job assigns seal_seq in order and chains hash = sha256(prev_hash + entry)
 * per département, so that altering or deleting a sealed row breaks verification.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    departmentId: uuid('department_id').notNull(),
    id: bigserial('id', { mode: 'bigint' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    ip: text('ip'),
    details: jsonb('details'),
    sealSeq: bigint('seal_seq', { mode: 'bigint' }),
    hash: text('hash'),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    uniqueIndex('audit_log_seal_uq').on(t.departmentId, t.sealSeq),
    index('audit_log_time_idx').on(t.departmentId, t.occurredAt),
    index('audit_log_entity_idx').on(t.departmentId, t.entityType, t.entityId),
    index('audit_log_unsealed_idx').on(t.departmentId, t.id).where(sql`seal_seq is null`),
  ],
);

/** The head of each département's chain: the last sealed sequence number and its hash. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  departmentId: uuid('department_id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'bigint' }).notNull(),
  lastHash: text('last_hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
