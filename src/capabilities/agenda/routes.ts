import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { Agenda, AgendaQuery } from '../../shared/contracts/agenda.js';
import { readAgenda } from './use-cases.js';

export function agendaRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/agenda', { schema: { tags: ['Agenda'], querystring: AgendaQuery, response: { 200: Agenda } } }, (req) => run(readAgenda, req.query, actorOf(req)));
}
