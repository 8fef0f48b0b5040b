import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import { exportProof } from './use-case.js';

export function proofRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The period is checked by the use case (French messages per field), not by the route.
  r.get('/api/beneficiaries/:id/proof', { schema: { tags: ['Justificatifs FSE+'], params: IdParams } }, async (req, reply) => {
    const { from, to } = req.query as { from?: string; to?: string };
    const { zip, fileName } = await run(exportProof, { beneficiaryId: (req.params as { id: string }).id, period: { from, to } }, actorOf(req));
    return reply
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'private, no-store')
      .type('application/zip')
      .send(Buffer.from(zip));
  });
}
