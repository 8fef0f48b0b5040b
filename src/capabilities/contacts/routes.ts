import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import { sendPdf } from '../../platform/http/download.js';
import type { Runner } from '../../platform/usecase/runner.js';
import type { Db } from '../../platform/db/engine.js';
import { AppError } from '../../platform/http/errors.js';
import { calendarFeedOwner, openCalendarFeed, readCalendarFeed, revokeCalendarFeed } from './calendar.js';
import { IdParams } from '../../shared/contracts/common.js';
import { AppointmentInput, ContactInput, OutcomeInput, PersonContacts } from '../../shared/contracts/contacts.js';
import { RegularityQuery, RegularityReport } from '../../shared/contracts/agenda.js';
import { readRegularityShares } from './regularity-report.js';
import { printConvocation } from './convocation.js';
import { listPersonContacts, planAppointment, recordContact, recordOutcome } from './use-cases.js';

type Params = { id: string };
const Created = z.object({ id: z.uuid() });
const Outcome = z.object({ id: z.uuid(), status: z.string(), movedTo: z.uuid().nullable() });

export function contactsRoutes(app: FastifyInstance, run: Runner, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Contacts'];
  const idOf = (req: { params: unknown }) => (req.params as Params).id;

  r.get('/api/beneficiaries/:id/contacts', { schema: { tags, params: IdParams, response: { 200: PersonContacts } } }, (req) =>
    run(listPersonContacts, { beneficiaryId: idOf(req) }, actorOf(req)));
  r.post('/api/beneficiaries/:id/appointments', { schema: { tags, params: IdParams, body: AppointmentInput, response: { 201: Created } } }, async (req, reply) =>
    reply.code(201).send(await run(planAppointment, { beneficiaryId: idOf(req), data: req.body }, actorOf(req))));
  r.post('/api/beneficiaries/:id/contacts', { schema: { tags, params: IdParams, body: ContactInput, response: { 201: Created } } }, async (req, reply) =>
    reply.code(201).send(await run(recordContact, { beneficiaryId: idOf(req), data: req.body }, actorOf(req))));
  r.post('/api/calendar-feed', { schema: { tags, response: { 200: z.object({ path: z.string() }) } } }, (req) => run(openCalendarFeed, {}, actorOf(req)));
  r.delete('/api/calendar-feed', { schema: { tags, response: { 200: z.object({ revoked: z.number().int() }) } } }, (req) => run(revokeCalendarFeed, {}, actorOf(req)));
  // The feed's URL is its own credential (calendar applications send no cookie): unknown,
  // revoked and malformed tokens all get the same 404.
  const FeedParams = z.object({ departmentId: z.string(), token: z.string() });
  r.get('/api/calendar/:departmentId/:token', { config: { access: 'public' }, schema: { tags, params: FeedParams } }, async (req, reply) => {
    const { departmentId, token } = req.params as z.infer<typeof FeedParams>;
    const owner = await calendarFeedOwner(db, departmentId, token);
    if (!owner) throw new AppError('NOT_FOUND', 'Agenda introuvable.');
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(await run(readCalendarFeed, {}, owner));
  });
  r.get('/api/regularity', { schema: { tags, querystring: RegularityQuery, response: { 200: RegularityReport } } }, (req) =>
    run(readRegularityShares, req.query, actorOf(req)));
  r.get('/api/contacts/:id/convocation', { schema: { tags, params: IdParams } }, async (req, reply) =>
    sendPdf(reply, await run(printConvocation, { id: idOf(req) }, actorOf(req))));
  r.post('/api/contacts/:id/outcome', { schema: { tags, params: IdParams, body: OutcomeInput, response: { 200: Outcome } } }, (req) =>
    run(recordOutcome, { id: idOf(req), data: req.body }, actorOf(req)));
}
