import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import { sendPdf } from '../../platform/http/download.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import {
  Candidate, CaseInput, OpinionInput, ReportCase, SessionInput, SessionQuery, SessionSummary, SessionUpdate, SessionView, SummaryInput,
} from '../../shared/contracts/team-sessions.js';
import { addCase, listCandidates, recordOpinion, removeCase, reportCases, updateSummary } from './use-cases/agenda.js';
import { printConvocation, printRecord } from './use-cases/documents.js';
import { createSession, listSessions, readSession, updateSession } from './use-cases/sessions.js';

type Params = { id: string };
type CaseParams = { id: string; caseId: string };
const CaseParamsSchema = z.object({ id: z.uuid(), caseId: z.uuid() });
const Versioned = z.object({ id: z.uuid(), version: z.number().int() });
const Done = z.object({ id: z.uuid() });

/** The équipe pluridisciplinaire: sessions per territory, their agenda, opinions, convocations and records. */
export function teamSessionsRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Équipe pluridisciplinaire'];
  const idOf = (req: { params: unknown }) => (req.params as Params).id;
  const caseOf = (req: { params: unknown }) => req.params as CaseParams;

  r.get('/api/team-sessions', { schema: { tags, querystring: SessionQuery, response: { 200: z.array(SessionSummary) } } }, (req) =>
    run(listSessions, req.query, actorOf(req)));
  r.post('/api/team-sessions', { schema: { tags, body: SessionInput, response: { 201: Versioned } } }, async (req, reply) =>
    reply.code(201).send(await run(createSession, req.body, actorOf(req))));
  r.get('/api/team-sessions/:id', { schema: { tags, params: IdParams, response: { 200: SessionView } } }, (req) => run(readSession, { id: idOf(req) }, actorOf(req)));
  r.put('/api/team-sessions/:id', { schema: { tags, params: IdParams, body: SessionUpdate, response: { 200: Versioned } } }, (req) =>
    run(updateSession, { id: idOf(req), version: req.body.version, data: req.body.session }, actorOf(req)));
  r.get('/api/team-sessions/:id/candidates', { schema: { tags, params: IdParams, response: { 200: z.array(Candidate) } } }, (req) =>
    run(listCandidates, { id: idOf(req) }, actorOf(req)));
  r.post('/api/team-sessions/:id/cases', { schema: { tags, params: IdParams, body: CaseInput, response: { 201: Done } } }, async (req, reply) =>
    reply.code(201).send(await run(addCase, { id: idOf(req), data: req.body }, actorOf(req))));
  r.put('/api/team-sessions/:id/cases/:caseId', { schema: { tags, params: CaseParamsSchema, body: SummaryInput, response: { 200: Done } } }, (req) =>
    run(updateSummary, { ...caseOf(req), data: req.body }, actorOf(req)));
  r.post('/api/team-sessions/:id/cases/:caseId/opinion', {
    schema: { tags, params: CaseParamsSchema, body: OpinionInput, response: { 200: z.object({ id: z.uuid(), reportId: z.uuid() }) } },
  }, (req) => run(recordOpinion, { ...caseOf(req), data: req.body }, actorOf(req)));
  r.delete('/api/team-sessions/:id/cases/:caseId', { schema: { tags, params: CaseParamsSchema, response: { 200: Done } } }, (req) =>
    run(removeCase, caseOf(req), actorOf(req)));
  r.get('/api/team-sessions/:id/cases/:caseId/convocation', { schema: { tags, params: CaseParamsSchema } }, async (req, reply) =>
    sendPdf(reply, await run(printConvocation, caseOf(req), actorOf(req))));
  r.get('/api/team-sessions/:id/record', { schema: { tags, params: IdParams } }, async (req, reply) => sendPdf(reply, await run(printRecord, { id: idOf(req) }, actorOf(req))));
  r.get('/api/breach-reports/:id/team-cases', { schema: { tags, params: IdParams, response: { 200: z.array(ReportCase) } } }, (req) =>
    run(reportCases, { id: idOf(req) }, actorOf(req)));
}
