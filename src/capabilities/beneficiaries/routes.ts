import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, UPLOAD_LIMIT } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { frenchToday } from '../../shared/calendar.js';
import { ExitReason } from '../../shared/settings.js';
import { IdParams, Page } from '../../shared/contracts/common.js';
import {
  BeneficiaryFile, BeneficiaryInput, BeneficiaryListQuery, BeneficiarySummary, BeneficiaryUpdate,
} from '../../shared/contracts/beneficiaries.js';
import { DatedInput, ExitInput, SuspendInput } from '../../shared/contracts/orientation.js';
import { createBeneficiary, updateBeneficiary } from './use-cases/record.js';
import { SHEET_MEDIA_TYPES } from '../../platform/export/sheet.js';
import { exportBeneficiaries, listBeneficiaries, readBeneficiaryFile } from './use-cases/read.js';
import { ImportReport, ImportSummary, ImportUploadQuery } from '../../shared/contracts/imports.js';
import { applyImport, dryRunImport, listImports } from './use-cases/imports.js';
import { streamProgress } from '../../platform/http/progress-stream.js';
import { endAccompaniment, listExitReasons, recordFirstContact, resumeAccompaniment, suspendAccompaniment } from './use-cases/lifecycle.js';

type Params = { id: string };
const Created = z.object({ id: z.uuid() });
const Versioned = z.object({ id: z.uuid(), version: z.number().int() });
const StatusResult = z.object({ id: z.uuid(), status: z.string() });

export function beneficiariesRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Bénéficiaires'];

  r.get('/api/beneficiaries', { schema: { tags, querystring: BeneficiaryListQuery, response: { 200: Page(BeneficiarySummary) } } }, (req) =>
    run(listBeneficiaries, req.query, actorOf(req)));
  r.get('/api/beneficiaries/export', { schema: { tags, querystring: BeneficiaryListQuery.omit({ page: true, pageSize: true }) } }, async (req, reply) => {
    const { content, format } = await run(exportBeneficiaries, req.query, actorOf(req));
    const day = frenchToday();
    return reply
      .header('content-disposition', `attachment; filename="beneficiaires-${day}.${format}"`)
      .type(SHEET_MEDIA_TYPES[format])
      .send(content);
  });
  r.post('/api/beneficiaries', { schema: { tags, body: BeneficiaryInput, response: { 201: Created } } }, async (req, reply) =>
    reply.code(201).send(await run(createBeneficiary, req.body, actorOf(req))));
  r.get('/api/beneficiaries/:id', { schema: { tags, params: IdParams, response: { 200: BeneficiaryFile } } }, (req) =>
    run(readBeneficiaryFile, { id: (req.params as Params).id }, actorOf(req)));
  r.patch('/api/beneficiaries/:id', { schema: { tags, params: IdParams, body: BeneficiaryUpdate, response: { 200: Versioned } } }, (req) =>
    run(updateBeneficiary, { id: (req.params as Params).id, data: req.body }, actorOf(req)));

  const importTags = ['Imports'];
  r.post(
    '/api/imports',
    { bodyLimit: UPLOAD_LIMIT, schema: { tags: importTags, querystring: ImportUploadQuery, response: { 200: ImportReport } } },
    (req) => {
      const query = req.query as { fileName?: string; mapping?: string };
      return run(dryRunImport, { fileName: query.fileName, content: req.body, mapping: query.mapping }, actorOf(req));
    },
  );
  r.post('/api/imports/:id/apply', { schema: { tags: importTags, params: IdParams, response: { 200: ImportReport } } }, (req) =>
    run(applyImport, { id: (req.params as Params).id }, actorOf(req)));
  // The same, answering NDJSON: progress lines while it writes, then the report (for the progress bar).
  r.post('/api/imports/:id/apply-stream', { schema: { tags: importTags, params: IdParams } }, (req, reply) => {
    const input = { id: (req.params as Params).id };
    const actor = actorOf(req);
    return reply.type('application/x-ndjson').send(streamProgress((onProgress) => run(applyImport, input, actor, { onProgress })));
  });
  r.get('/api/imports', { schema: { tags: importTags, response: { 200: z.array(ImportSummary) } } }, (req) => run(listImports, {}, actorOf(req)));

  r.get('/api/beneficiaries/:id/exit-reasons', { schema: { tags, params: IdParams, response: { 200: z.array(ExitReason) } } }, (req) =>
    run(listExitReasons, { id: (req.params as Params).id }, actorOf(req)));
  const lifecycle = [
    ['first-contact', recordFirstContact, DatedInput],
    ['suspend', suspendAccompaniment, SuspendInput],
    ['resume', resumeAccompaniment, DatedInput],
    ['end', endAccompaniment, ExitInput],
  ] as const;
  for (const [path, useCase, body] of lifecycle) {
    r.post(`/api/beneficiaries/:id/${path}`, { schema: { tags, params: IdParams, body, response: { 200: StatusResult } } }, (req) =>
      run(useCase, { id: (req.params as Params).id, data: req.body }, actorOf(req)));
  }
}
