import type { Executor } from '../db/engine.js';
import type { Actor } from '../policy/actor.js';
import { auditLog } from './schema.js';

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

/** Appends many entries at once (an import touches thousands of people), in batches. */
export async function writeAuditMany(
  tx: Executor,
  who: Pick<Actor, 'departmentId' | 'ip'> & { userId: string | null; role: string | null },
  events: AuditEvent[],
): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) {
    await tx.insert(auditLog).values(
      events.slice(i, i + 1000).map((event) => ({
        departmentId: who.departmentId, actorUserId: who.userId, actorRole: who.role, action: event.action,
        entityType: event.entityType, entityId: event.entityId ?? null, ip: who.ip, details: event.details ?? null,
      })),
    );
  }
}
