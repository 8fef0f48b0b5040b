import { count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { auditLog } from '../../platform/audit/schema.js';
import { verifyChain } from '../../platform/audit/sealing.js';
import { AuditQuery, type AuditEntry } from '../../shared/contracts/audit.js';
import { users } from '../organisations/schema.js';

export const browseAuditLog = defineUseCase({
  name: 'auditLog.browse',
  kind: 'query',
  permission: 'audit:read',
  input: AuditQuery,
  async run({ tx, actor }, q) {
    const filters: (SQL | undefined)[] = [
      q.action ? eq(auditLog.action, q.action) : undefined,
      q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
      q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
      q.actorUserId ? eq(auditLog.actorUserId, q.actorUserId) : undefined,
      // Days as the reader lives them: midnight in Paris.
      q.from ? gte(auditLog.occurredAt, sql`(${q.from}::date)::timestamp at time zone 'Europe/Paris'`) : undefined,
      q.to ? lt(auditLog.occurredAt, sql`(${q.to}::date + 1)::timestamp at time zone 'Europe/Paris'`) : undefined,
    ];
    const where = inScope(actor, auditLog, ...filters);
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(auditLog).where(where);
    const rows = await tx
      .select({ entry: auditLog, actorName: users.displayName })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize);
    const items: AuditEntry[] = rows.map(({ entry, actorName }) => ({
      id: String(entry.id),
      occurredAt: new Date(entry.occurredAt).toISOString(),
      actorUserId: entry.actorUserId,
      actorName,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      ip: entry.ip,
      sealed: entry.sealSeq !== null,
    }));
    return { items, total, page: q.page, pageSize: q.pageSize };
  },
});

export const verifyAuditChain = defineUseCase({
  name: 'auditLog.verify',
  kind: 'query',
  permission: 'audit:read',
  input: z.object({}),
  run: ({ tx, actor }) => verifyChain(tx, actor.departmentId),
});
