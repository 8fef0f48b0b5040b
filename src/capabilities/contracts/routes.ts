import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import { sendDocument, sendPdf } from '../../platform/http/download.js';
import { MAX_FILE_BYTES } from '../../platform/files/store.js';
import type { Runner, UseCase } from '../../platform/usecase/runner.js';
import { IdParams, Page } from '../../shared/contracts/common.js';
import {
  BulkValidationInput, CloseInput, ContractContent, ContractDefaults, ContractQueueQuery, ContractSummary, ContractUpdate, ContractView,
  DecisionInput, EndInput, EvaluationInput, FollowUpInput, ReturnInput, SignatureInput,
} from '../../shared/contracts/cer.js';
import { amendContract, createContract, renewContract, updateContract } from './use-cases/drafts.js';
import {
  closeContract, endContract, returnContract, signContract, submitContract, validateContract, validateContracts,
} from './use-cases/lifecycle.js';
import { evaluateContract, recordFollowUp } from './use-cases/evaluation.js';
import { contractDefaults, listContractQueue, listPersonContracts, readContract } from './use-cases/read.js';
import { attachSignedScan, readSignedScan } from './use-cases/documents.js';
import { printContract } from './use-cases/print.js';

type Params = { id: string };
const Versioned = z.object({ id: z.uuid(), version: z.number().int() });
const StatusResult = z.object({ id: z.uuid(), status: z.string() });
const BulkResult = z.object({ validated: z.number().int(), results: z.array(StatusResult) });

export function contractsRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Contrats'];
  const idOf = (req: { params: unknown }) => (req.params as Params).id;

  r.get('/api/beneficiaries/:id/contracts', { schema: { tags, params: IdParams, response: { 200: z.array(ContractSummary) } } }, (req) =>
    run(listPersonContracts, { beneficiaryId: idOf(req) }, actorOf(req)));
  r.get('/api/beneficiaries/:id/contract-defaults', { schema: { tags, params: IdParams, response: { 200: ContractDefaults } } }, (req) =>
    run(contractDefaults, { beneficiaryId: idOf(req) }, actorOf(req)));
  r.post('/api/beneficiaries/:id/contracts', { schema: { tags, params: IdParams, body: ContractContent, response: { 201: Versioned } } }, async (req, reply) =>
    reply.code(201).send(await run(createContract, { beneficiaryId: idOf(req), data: req.body }, actorOf(req))));

  r.get('/api/contracts', { schema: { tags, querystring: ContractQueueQuery, response: { 200: Page(ContractSummary) } } }, (req) =>
    run(listContractQueue, req.query, actorOf(req)));
  r.post('/api/contracts/validate', { schema: { tags, body: BulkValidationInput, response: { 200: BulkResult } } }, (req) =>
    run(validateContracts, req.body, actorOf(req)));
  r.get('/api/contracts/:id', { schema: { tags, params: IdParams, response: { 200: ContractView } } }, (req) =>
    run(readContract, { id: idOf(req) }, actorOf(req)));
  r.put('/api/contracts/:id', { schema: { tags, params: IdParams, body: ContractUpdate, response: { 200: Versioned } } }, (req) =>
    run(updateContract, { id: idOf(req), data: req.body }, actorOf(req)));

  for (const [path, useCase] of [['renew', renewContract], ['amend', amendContract]] as const) {
    r.post(`/api/contracts/:id/${path}`, { schema: { tags, params: IdParams, response: { 201: Versioned } } }, async (req, reply) =>
      reply.code(201).send(await run(useCase, { id: idOf(req) }, actorOf(req))));
  }
  r.post('/api/contracts/:id/submit', { schema: { tags, params: IdParams, response: { 200: StatusResult } } }, (req) =>
    run(submitContract, { id: idOf(req) }, actorOf(req)));
  const step = <S extends z.ZodType>(path: string, useCase: UseCase<S, { id: string; status: string }>, body: z.ZodType) =>
    r.post(`/api/contracts/:id/${path}`, { schema: { tags, params: IdParams, body, response: { 200: StatusResult } } }, (req) =>
      run(useCase, { id: idOf(req), data: req.body }, actorOf(req)));
  step('sign', signContract, SignatureInput);
  step('validate', validateContract, DecisionInput);
  step('return', returnContract, ReturnInput);
  step('close', closeContract, CloseInput);
  step('end', endContract, EndInput);
  step('evaluate', evaluateContract, EvaluationInput);
  r.post('/api/contracts/:id/follow-up', { schema: { tags, params: IdParams, body: FollowUpInput, response: { 200: z.object({ id: z.uuid() }) } } }, (req) =>
    run(recordFollowUp, { id: idOf(req), data: req.body }, actorOf(req)));

  r.get('/api/contracts/:id/pdf', { schema: { tags, params: IdParams } }, async (req, reply) =>
    sendPdf(reply, await run(printContract, { id: idOf(req) }, actorOf(req))));
  // The scan arrives as the raw body (PDF, PNG or JPEG); its type is checked from its bytes.
  r.put('/api/contracts/:id/scan', { bodyLimit: MAX_FILE_BYTES + 1024, schema: { tags, params: IdParams, response: { 200: Versioned } } }, (req) => {
    const fileName = (req.query as { fileName?: string }).fileName;
    return run(attachSignedScan, { id: idOf(req), fileName, content: req.body }, actorOf(req));
  });
  r.get('/api/contracts/:id/scan', { schema: { tags, params: IdParams } }, async (req, reply) => {
    return sendDocument(reply, await run(readSignedScan, { id: idOf(req) }, actorOf(req)), 'scan');
  });
}
