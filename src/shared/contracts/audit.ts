import { z } from 'zod';
import { PageQuery } from './common.js';

export const AuditEntry = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  sealed: z.boolean(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageQuery.extend({
  action: z.string().max(80).optional(),
  entityType: z.string().max(80).optional(),
  entityId: z.string().max(80).optional(),
  actorUserId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditVerification = z.object({
  ok: z.boolean(),
  sealedCount: z.number().int(),
  unsealedCount: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
});
