import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import { EvaluationInput, ExitReply, SituationInput } from '../../shared/contracts/exits.js';
import { readExit } from './use-cases/read.js';
import { recordEvaluation, recordSituation } from './use-cases/record.js';

const Saved = z.object({ id: z.uuid() });

export function exitsRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Sorties'];
  const idOf = (req: { params: unknown }) => (req.params as { id: string }).id;

  r.get('/api/beneficiaries/:id/exit', { schema: { tags, params: IdParams, response: { 200: ExitReply } } }, (req) =>
    run(readExit, { beneficiaryId: idOf(req) }, actorOf(req)));
  r.put('/api/beneficiaries/:id/exit/situation', { schema: { tags, params: IdParams, body: SituationInput, response: { 200: Saved } } }, (req) =>
    run(recordSituation, { beneficiaryId: idOf(req), data: req.body }, actorOf(req)));
  r.post('/api/beneficiaries/:id/exit/evaluation', { schema: { tags, params: IdParams, body: EvaluationInput, response: { 200: Saved } } }, (req) =>
    run(recordEvaluation, { beneficiaryId: idOf(req), data: req.body }, actorOf(req)));
}
