import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import { sendDocument, sendPdf } from '../../platform/http/download.js';
import type { BlobStore } from '../../platform/files/blobs.js';
import { MAX_FILE_BYTES } from '../../platform/files/store.js';
import { SHEET_MEDIA_TYPES } from '../../platform/export/sheet.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { frenchToday } from '../../shared/calendar.js';
import {
  AidDecisionInput, AidDetail, AidQuery, AidQueue, AidRequestInput, BudgetView, CatalogueEntry, CatalogueEntryInput, EnvelopeInput, EnvelopeView,
  ExportQuery, PersonAids, YearQuery,
} from '../../shared/contracts/aids.js';
import { IdParams } from '../../shared/contracts/common.js';
import { budgetView, exportAids } from './use-cases/budget.js';
import { listCatalogue, listEnvelopes, saveCatalogueEntry, saveEnvelope } from './use-cases/catalogue.js';
import { decideRequest } from './use-cases/decide.js';
import { aidDocumentUseCases } from './use-cases/documents.js';
import { printAidLetter } from './use-cases/letter.js';
import { listAids, personAids, readRequest } from './use-cases/read.js';
import { createRequest, submitRequest, updateRequest, withdrawRequest } from './use-cases/requests.js';

type Params = { id: string };
const Versioned = z.object({ id: z.uuid(), version: z.number().int() });
const StatusResult = z.object({ id: z.uuid(), status: z.string() });
const DocumentParams = IdParams.extend({ documentId: z.uuid() });
const UploadQuery = z.object({ kind: z.string().optional(), fileName: z.string().optional() });

export function aidsRoutes(app: FastifyInstance, run: Runner, blobs: BlobStore): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Aides financières individuelles'];
  const idOf = (req: { params: unknown }) => (req.params as Params).id;
  const { attachDocument, openDocument } = aidDocumentUseCases(blobs);

  r.get('/api/aids/catalogue', { schema: { tags, querystring: YearQuery, response: { 200: z.array(CatalogueEntry) } } }, (req) => run(listCatalogue, req.query, actorOf(req)));
  r.put('/api/aids/catalogue', { schema: { tags, body: CatalogueEntryInput, response: { 200: CatalogueEntry } } }, (req) => run(saveCatalogueEntry, req.body, actorOf(req)));
  r.get('/api/aids/envelopes', { schema: { tags, querystring: YearQuery, response: { 200: z.array(EnvelopeView) } } }, (req) => run(listEnvelopes, req.query, actorOf(req)));
  r.put('/api/aids/envelopes', { schema: { tags, body: EnvelopeInput, response: { 200: EnvelopeView } } }, (req) => run(saveEnvelope, req.body, actorOf(req)));
  r.get('/api/aids/budget', { schema: { tags, querystring: YearQuery, response: { 200: BudgetView } } }, (req) => run(budgetView, req.query, actorOf(req)));

  r.get('/api/aids', { schema: { tags, querystring: AidQuery, response: { 200: AidQueue } } }, (req) => run(listAids, req.query, actorOf(req)));
  r.get('/api/aids/export', { schema: { tags, querystring: ExportQuery } }, async (req, reply) => {
    const { content, format } = await run(exportAids, req.query, actorOf(req));
    return reply.header('content-disposition', `attachment; filename="aides-${frenchToday()}.${format}"`).type(SHEET_MEDIA_TYPES[format]).send(content);
  });
  r.get('/api/beneficiaries/:id/aids', { schema: { tags, params: IdParams, response: { 200: PersonAids } } }, (req) =>
    run(personAids, { beneficiaryId: idOf(req) }, actorOf(req)));
  r.post('/api/beneficiaries/:id/aids', { schema: { tags, params: IdParams, body: AidRequestInput, response: { 201: Versioned } } }, async (req, reply) =>
    reply.code(201).send(await run(createRequest, { beneficiaryId: idOf(req), data: req.body }, actorOf(req))));

  r.get('/api/aids/:id', { schema: { tags, params: IdParams, response: { 200: AidDetail } } }, (req) => run(readRequest, { id: idOf(req) }, actorOf(req)));
  r.put('/api/aids/:id', { schema: { tags, params: IdParams, body: AidRequestInput.extend({ version: z.number().int() }), response: { 200: Versioned } } }, (req) =>
    run(updateRequest, { id: idOf(req), data: req.body }, actorOf(req)));
  r.post('/api/aids/:id/submit', { schema: { tags, params: IdParams, response: { 200: StatusResult } } }, (req) => run(submitRequest, { id: idOf(req) }, actorOf(req)));
  r.post('/api/aids/:id/withdraw', { schema: { tags, params: IdParams, body: z.object({ reason: z.string() }), response: { 200: StatusResult } } }, (req) =>
    run(withdrawRequest, { id: idOf(req), data: req.body }, actorOf(req)));
  r.post('/api/aids/:id/decision', { schema: { tags, params: IdParams, body: AidDecisionInput, response: { 200: StatusResult } } }, (req) =>
    run(decideRequest, { id: idOf(req), data: req.body }, actorOf(req)));
  r.get('/api/aids/:id/letter', { schema: { tags, params: IdParams } }, async (req, reply) =>
    sendPdf(reply, await run(printAidLetter, { id: idOf(req) }, actorOf(req))));

  // The document arrives as the raw body; its type is checked from its bytes, not from its name.
  r.post('/api/aids/:id/documents', { bodyLimit: MAX_FILE_BYTES + 1024, schema: { tags, params: IdParams, querystring: UploadQuery, response: { 201: z.object({ id: z.uuid() }) } } }, async (req, reply) => {
    const { kind, fileName } = req.query;
    return reply.code(201).send(await run(attachDocument, { id: idOf(req), kind, fileName, content: req.body }, actorOf(req)));
  });
  r.get('/api/aids/:id/documents/:documentId', { schema: { tags, params: DocumentParams } }, async (req, reply) => {
    const { documentId } = req.params as Params & { documentId: string };
    return sendDocument(reply, await run(openDocument, { id: idOf(req), documentId }, actorOf(req)), 'document');
  });
}
