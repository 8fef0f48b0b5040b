import type { Executor } from '../db/engine.js';
import type { Actor } from '../policy/actor.js';
import { auditLog } from './schema.js';
import { bulkInsert, type BulkColumn } from '../db/bulk.js';

export interface AuditEvent {
  /** Dotted verb, e.g. `user.create`, `beneficiary.read`, `auth.login`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Minimal context: never personal data beyond identifiers (CNIL: access logs stay minimal). */
  details?: Record<string, unknown>;
}

/** Appends one entry, in the caller's transaction so it commits or rolls back with the change. */
export async function writeAudit(
  tx: Executor,
  who: Pick<Actor, 'departmentId' | 'ip'> & { userId: string | null; role: string | null },
  event: AuditEvent,
): Promise<void> {
  await tx.insert(auditLog).values({
    departmentId: who.departmentId,
    actorUserId: who.userId,
    actorRole: who.role,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    ip: who.ip,
    details: event.details ?? null,
  });
}

/** Appends many entries at once (an import touches thousands of people). */
export async function writeAuditMany(
  tx: Executor,
  who: Pick<Actor, 'departmentId' | 'ip'> & { userId: string | null; role: string | null },
  events: AuditEvent[],
): Promise<void> {
  await bulkInsert(tx, 'audit_log', AUDIT_COLUMNS, events.map((e) => [
    who.departmentId, who.userId, who.role, e.action, e.entityType, e.entityId ?? null, who.ip, e.details ?? null,
  ]));
}

const AUDIT_COLUMNS: BulkColumn[] = [
  { name: 'department_id', type: 'uuid' }, { name: 'actor_user_id', type: 'uuid' }, { name: 'actor_role', type: 'text' },
  { name: 'action', type: 'text' }, { name: 'entity_type', type: 'text' }, { name: 'entity_id', type: 'text' },
  { name: 'ip', type: 'text' }, { name: 'details', type: 'jsonb' },
];
