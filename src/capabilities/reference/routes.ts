import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import { ReferenceItem, ReferenceItemInput, ReferenceItemUpdate, ReferenceListName, RomeJob, RomeQuery } from '../../shared/contracts/reference.js';
import { addReferenceItem, listReferenceItems, searchJobs, updateReferenceItem } from './use-cases.js';

const ListParams = z.object({ list: ReferenceListName });

export function referenceRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Référentiels'];
  r.get('/api/reference/rome', { schema: { tags, querystring: RomeQuery, response: { 200: z.array(RomeJob) } } }, (req) =>
    run(searchJobs, req.query, actorOf(req)));
  r.get('/api/reference/lists/:list', { schema: { tags, params: ListParams, response: { 200: z.array(ReferenceItem) } } }, (req) =>
    run(listReferenceItems, req.params, actorOf(req)));
  r.post('/api/reference/lists/:list', { schema: { tags, params: ListParams, body: ReferenceItemInput, response: { 201: ReferenceItem } } }, async (req, reply) =>
    reply.code(201).send(await run(addReferenceItem, { list: (req.params as { list: string }).list, data: req.body }, actorOf(req))));
  r.patch('/api/reference/items/:id', { schema: { tags, params: IdParams, body: ReferenceItemUpdate, response: { 200: ReferenceItem } } }, (req) =>
    run(updateReferenceItem, { id: (req.params as { id: string }).id, data: req.body }, actorOf(req)));
}
