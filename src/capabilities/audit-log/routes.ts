import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { AuditEntry, AuditQuery, AuditVerification } from '../../shared/contracts/audit.js';
import { Page } from '../../shared/contracts/common.js';
import { browseAuditLog, verifyAuditChain } from './use-cases.js';

export function auditLogRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Journal d'audit"];
  r.get('/api/audit', { schema: { tags, querystring: AuditQuery, response: { 200: Page(AuditEntry) } } }, (req) =>
    run(browseAuditLog, req.query, actorOf(req)));
  r.get('/api/audit/verify', { schema: { tags, response: { 200: AuditVerification } } }, (req) =>
    run(verifyAuditChain, {}, actorOf(req)));
}
