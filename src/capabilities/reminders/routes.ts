import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { MessagesPage, MessagesQuery } from '../../shared/contracts/messages.js';
import { listMessages } from './use-cases.js';

export function remindersRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/messages', { schema: { tags: ['Rappels'], querystring: MessagesQuery, response: { 200: MessagesPage } } }, (req) =>
    run(listMessages, req.query, actorOf(req)));
}
