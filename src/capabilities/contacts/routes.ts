import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import { AppointmentInput, ContactInput, OutcomeInput, PersonContacts } from '../../shared/contracts/contacts.js';
import { listPersonContacts, planAppointment, recordContact, recordOutcome } from './use-cases.js';

type Params = { id: string };
const Created = z.object({ id: z.uuid() });
const Outcome = z.object({ id: z.uuid(), status: z.string(), movedTo: z.uuid().nullable() });

export function contactsRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Contacts'];
  const idOf = (req: { params: unknown }) => (req.params as Params).id;

  r.get('/api/beneficiaries/:id/contacts', { schema: { tags, params: IdParams, response: { 200: PersonContacts } } }, (req) =>
    run(listPersonContacts, { beneficiaryId: idOf(req) }, actorOf(req)));
  r.post('/api/beneficiaries/:id/appointments', { schema: { tags, params: IdParams, body: AppointmentInput, response: { 201: Created } } }, async (req, reply) =>
    reply.code(201).send(await run(planAppointment, { beneficiaryId: idOf(req), data: req.body }, actorOf(req))));
  r.post('/api/beneficiaries/:id/contacts', { schema: { tags, params: IdParams, body: ContactInput, response: { 201: Created } } }, async (req, reply) =>
    reply.code(201).send(await run(recordContact, { beneficiaryId: idOf(req), data: req.body }, actorOf(req))));
  r.post('/api/contacts/:id/outcome', { schema: { tags, params: IdParams, body: OutcomeInput, response: { 200: Outcome } } }, (req) =>
    run(recordOutcome, { id: idOf(req), data: req.body }, actorOf(req)));
}
