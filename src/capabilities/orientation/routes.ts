import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import { AssignmentInput, OrientationInput, OrientationProposal, ReferentCaseload, SendBackInput } from '../../shared/contracts/orientation.js';
import { orient, proposeOrientation } from './use-cases/orient.js';
import { assignReferent, referentCaseloads, sendBack } from './use-cases/assign.js';

type Params = { id: string };

export function orientationRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Orientation'];
  r.get('/api/beneficiaries/:id/orientation-proposal', { schema: { tags, params: IdParams, response: { 200: OrientationProposal } } }, (req) =>
    run(proposeOrientation, { id: (req.params as Params).id }, actorOf(req)));
  r.post('/api/orientations', { schema: { tags, body: OrientationInput, response: { 200: z.object({ oriented: z.number().int() }) } } }, (req) =>
    run(orient, req.body, actorOf(req)));
  r.put('/api/beneficiaries/:id/referent', { schema: { tags, params: IdParams, body: AssignmentInput, response: { 200: z.object({ id: z.uuid(), referentId: z.uuid() }) } } }, (req) =>
    run(assignReferent, { id: (req.params as Params).id, data: req.body }, actorOf(req)));
  r.post('/api/beneficiaries/:id/send-back', { schema: { tags, params: IdParams, body: SendBackInput, response: { 200: z.object({ id: z.uuid() }) } } }, (req) =>
    run(sendBack, { id: (req.params as Params).id, data: req.body }, actorOf(req)));
  r.get('/api/referents/caseloads', { schema: { tags, response: { 200: z.array(ReferentCaseload) } } }, (req) =>
    run(referentCaseloads, {}, actorOf(req)));
}
