import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import { sendDocument, sendPdf } from '../../platform/http/download.js';
import { MAX_FILE_BYTES } from '../../platform/files/store.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import { REPORT_STATUSES, REVIEW_STATUSES } from '../../shared/compliance.js';
import {
  ApprovalInput, ComplianceDashboard, ReportInput, ReportListQuery, ReportSummary, ReportUpdate, ReportView, ReviewStepInput,
} from '../../shared/contracts/compliance.js';
import { attachEvidence, createReport, decideApproval, readEvidence, resubmitReport, withdrawReport } from './use-cases/reports.js';
import { recordReviewStep } from './use-cases/review.js';
import { printLetter } from './use-cases/letters.js';
import { complianceDashboard, listPersonReports, listReports, readReport } from './use-cases/read.js';

type Params = { id: string };
const ReportStatusReply = z.object({ id: z.uuid(), status: z.enum(REPORT_STATUSES) });

export function complianceRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Manquements et sanctions'];
  const idOf = (req: { params: unknown }) => (req.params as Params).id;

  r.get('/api/beneficiaries/:id/breach-reports', { schema: { tags, params: IdParams, response: { 200: z.array(ReportSummary) } } }, (req) =>
    run(listPersonReports, { beneficiaryId: idOf(req) }, actorOf(req)));
  r.post('/api/beneficiaries/:id/breach-reports', { schema: { tags, params: IdParams, body: ReportInput, response: { 201: ReportStatusReply } } }, async (req, reply) =>
    reply.code(201).send(await run(createReport, { beneficiaryId: idOf(req), data: req.body }, actorOf(req))));
  r.get('/api/breach-reports', { schema: { tags, querystring: ReportListQuery, response: { 200: z.array(ReportSummary) } } }, (req) =>
    run(listReports, req.query, actorOf(req)));
  r.get('/api/breach-reports/dashboard', { schema: { tags, response: { 200: ComplianceDashboard } } }, (req) => run(complianceDashboard, {}, actorOf(req)));
  r.get('/api/breach-reports/:id', { schema: { tags, params: IdParams, response: { 200: ReportView } } }, (req) => run(readReport, { id: idOf(req) }, actorOf(req)));
  r.put('/api/breach-reports/:id', { schema: { tags, params: IdParams, body: ReportUpdate, response: { 200: ReportStatusReply } } }, (req) =>
    run(resubmitReport, { id: idOf(req), data: req.body }, actorOf(req)));
  r.post('/api/breach-reports/:id/approval', { schema: { tags, params: IdParams, body: ApprovalInput, response: { 200: ReportStatusReply } } }, (req) =>
    run(decideApproval, { id: idOf(req), data: req.body }, actorOf(req)));
  r.post('/api/breach-reports/:id/withdraw', { schema: { tags, params: IdParams, response: { 200: ReportStatusReply } } }, (req) =>
    run(withdrawReport, { id: idOf(req) }, actorOf(req)));
  r.post('/api/breach-reports/:id/steps', {
    schema: { tags, params: IdParams, body: ReviewStepInput, response: { 200: z.object({ id: z.uuid(), reviewStatus: z.enum(REVIEW_STATUSES), stepId: z.uuid() }) } },
  }, (req) => run(recordReviewStep, { id: idOf(req), data: req.body }, actorOf(req)));
  r.put('/api/breach-reports/:id/evidence', { bodyLimit: MAX_FILE_BYTES + 1024, schema: { tags, params: IdParams, response: { 201: z.object({ id: z.uuid() }) } } }, async (req, reply) => {
    const fileName = (req.query as { fileName?: string }).fileName;
    return reply.code(201).send(await run(attachEvidence, { id: idOf(req), fileName, content: req.body }, actorOf(req)));
  });
  const StepParams = z.object({ id: z.uuid(), stepId: z.uuid() });
  r.get('/api/breach-reports/:id/steps/:stepId/letter', { schema: { tags, params: StepParams } }, async (req, reply) =>
    sendPdf(reply, await run(printLetter, req.params as z.infer<typeof StepParams>, actorOf(req))));
  const EvidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });
  r.get('/api/breach-reports/:id/evidence/:evidenceId', { schema: { tags, params: EvidenceParams } }, async (req, reply) => {
    const { id, evidenceId } = req.params as z.infer<typeof EvidenceParams>;
    return sendDocument(reply, await run(readEvidence, { id, evidenceId }, actorOf(req)), 'piece');
  });
}
