import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import { sendPdf } from '../../platform/http/download.js';
import { MAX_FILE_BYTES } from '../../platform/files/store.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import { AttendanceInput, RegistrationInput, SessionDetail, SessionInput, SessionView } from '../../shared/contracts/workshops.js';
import { REGISTRATION_STATUSES } from '../../shared/contacts.js';
import { createSession, listSessions, readSession, registerPerson } from './use-cases/sessions.js';
import { attachSheetScan, recordAttendance } from './use-cases/attendance.js';
import { printAttendanceSheet } from './use-cases/sheet.js';

type Params = { id: string };

export function workshopsRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Ateliers collectifs'];
  const idOf = (req: { params: unknown }) => (req.params as Params).id;

  r.get('/api/workshops', { schema: { tags, response: { 200: z.array(SessionView) } } }, (req) => run(listSessions, {}, actorOf(req)));
  r.post('/api/workshops', { schema: { tags, body: SessionInput, response: { 201: z.object({ id: z.uuid() }) } } }, async (req, reply) =>
    reply.code(201).send(await run(createSession, req.body, actorOf(req))));
  r.get('/api/workshops/:id', { schema: { tags, params: IdParams, response: { 200: SessionDetail } } }, (req) => run(readSession, { id: idOf(req) }, actorOf(req)));
  r.post('/api/workshops/:id/registrations', {
    schema: { tags, params: IdParams, body: RegistrationInput, response: { 201: z.object({ id: z.uuid(), status: z.enum(REGISTRATION_STATUSES) }) } },
  }, async (req, reply) => reply.code(201).send(await run(registerPerson, { id: idOf(req), data: req.body }, actorOf(req))));
  r.post('/api/workshops/:id/attendance', { schema: { tags, params: IdParams, body: AttendanceInput, response: { 200: z.object({ id: z.uuid(), recorded: z.number().int() }) } } }, (req) =>
    run(recordAttendance, { id: idOf(req), data: req.body }, actorOf(req)));
  r.get('/api/workshops/:id/sheet', { schema: { tags, params: IdParams } }, async (req, reply) =>
    sendPdf(reply, await run(printAttendanceSheet, { id: idOf(req) }, actorOf(req))));
  r.put('/api/workshops/:id/sheet-scan', { bodyLimit: MAX_FILE_BYTES + 1024, schema: { tags, params: IdParams, response: { 200: z.object({ id: z.uuid() }) } } }, (req) => {
    const fileName = (req.query as { fileName?: string }).fileName;
    return run(attachSheetScan, { id: idOf(req), fileName, content: req.body }, actorOf(req));
  });
}
