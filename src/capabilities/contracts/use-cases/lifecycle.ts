import { z } from 'zod';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { inScope } from '../../../platform/policy/scope.js';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { BulkValidationInput, CloseInput, DecisionInput, EndInput, ReturnInput, SignatureInput } from '../../../shared/contracts/cer.js';
import { futureDateIssues, today } from '../../beneficiaries/store.js';
import { contractReviews, contracts } from '../schema.js';
import { startContract } from '../schedule.js';
import {
  contractTransition, findContract, readinessProblems, recordContractEvent, refreshPersonFacts, type ContractRow,
} from '../store.js';
import type { ContractEvent } from '../lifecycle.js';

type Patch = Partial<typeof contracts.$inferInsert>;

/** Applies one lifecycle event: new status, the event's columns, timeline, facts and audit. */
async function apply(ctx: UseCaseContext, row: ContractRow, event: ContractEvent, patch: Patch = {}, details: Record<string, unknown> = {}) {
  const status = contractTransition(row, event);
  await ctx.tx
    .update(contracts)
    .set({ ...patch, status, version: sql`${contracts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, row.id)));
  await recordContractEvent(ctx.tx, row, status, ctx.actor.userId, details);
  await ctx.audit({ action: `contract.${event}`, entityType: 'contract', entityId: row.id, details: { beneficiaryId: row.beneficiaryId, ...details } });
  return status;
}


/** The person and the referent signed: dates and mode; a paper signature needs its scan attached first. */
export const signContract = defineUseCase({
  name: 'contract.sign',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id, data: SignatureInput }),
  async run(ctx, { id, data }) {
    const row = await findContract(ctx, id, true);
    contractTransition(row, 'sign');
    const problems = [
      ...futureDateIssues('personSignedOn', data.personSignedOn),
      ...futureDateIssues('referentSignedOn', data.referentSignedOn),
      ...(data.mode === 'paper_scan' && !row.scanFileId ? [{ path: 'mode', message: 'Joignez d’abord le scan du contrat signé.' }] : []),
      ...(await readinessProblems(ctx, row)),
    ];
    if (problems.length) throw new AppError('VALIDATION_FAILED', 'Le contrat ne peut pas encore être signé.', problems);
    const status = await apply(ctx, row, 'sign', {
      personSignedOn: data.personSignedOn, referentSignedOn: data.referentSignedOn, signatureMode: data.mode, signedBy: ctx.actor.userId,
    }, { mode: data.mode });
    await refreshPersonFacts(ctx.tx, row.departmentId, row.beneficiaryId);
    return { id, status };
  },
});

export const submitContract = defineUseCase({
  name: 'contract.submit',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const row = await findContract(ctx, id, true);
    return { id, status: await apply(ctx, row, 'submit', { submittedAt: new Date() }) };
  },
});

/** The département's decision on one submitted contract, recorded as a review of its own. */
async function validateOne(ctx: UseCaseContext, row: ContractRow, comment: string | null): Promise<string> {
  await apply(ctx, row, 'validate', {}, comment ? { comment } : {});
  await ctx.tx.insert(contractReviews).values({ departmentId: row.departmentId, contractId: row.id, validated: true, comment, decidedBy: ctx.actor.userId });
  // An amendment of a contract not yet started replaces it at once.
  if (row.nature === 'amendment' && row.previousId) {
    await ctx.tx
      .update(contracts)
      .set({ status: 'superseded', version: sql`${contracts.version} + 1`, updatedAt: new Date() })
      .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, row.previousId), eq(contracts.status, 'validated')));
  }
  let status = 'validated';
  if (row.startsOn <= today()) {
    await startContract(ctx.tx, { ...row, status: 'validated' }, ctx.actor.userId);
    status = 'in_force';
  }
  await refreshPersonFacts(ctx.tx, row.departmentId, row.beneficiaryId);
  return status;
}

export const validateContract = defineUseCase({
  name: 'contract.validate',
  kind: 'command',
  permission: 'contract:validate',
  input: z.object({ id: Id, data: DecisionInput }),
  async run(ctx, { id, data }) {
    return { id, status: await validateOne(ctx, await findContract(ctx, id, true), data.comment) };
  },
});

/** Validates a selection in one go; each contract still gets its own decision, timeline event and audit entry. */
export const validateContracts = defineUseCase({
  name: 'contract.validateMany',
  kind: 'command',
  permission: 'contract:validate',
  input: BulkValidationInput,
  async run(ctx, { ids, comment }) {
    const rows = await ctx.tx
      .select()
      .from(contracts)
      .where(inScope(ctx.actor, contracts, inArray(contracts.id, ids)))
      .for('update');
    if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND', 'Un des contrats sélectionnés est introuvable.');
    const waiting = rows.filter((r) => r.status !== 'submitted');
    if (waiting.length) throw new AppError('CONFLICT', `${waiting.length} contrat(s) de la sélection ne sont plus en attente de validation. Rechargez la liste.`);
    const results = [];
    for (const row of rows) results.push({ id: row.id, status: await validateOne(ctx, row, comment) });
    return { validated: results.length, results };
  },
});

export const returnContract = defineUseCase({
  name: 'contract.return',
  kind: 'command',
  permission: 'contract:validate',
  input: z.object({ id: Id, data: ReturnInput }),
  async run(ctx, { id, data }) {
    const row = await findContract(ctx, id, true);
    const status = await apply(ctx, row, 'return', {}, { comment: data.comment });
    await ctx.tx.insert(contractReviews).values({ departmentId: row.departmentId, contractId: id, validated: false, comment: data.comment, decidedBy: ctx.actor.userId });
    return { id, status };
  },
});

export const closeContract = defineUseCase({
  name: 'contract.close',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id, data: CloseInput }),
  async run(ctx, { id, data }) {
    const row = await findContract(ctx, id, true);
    const status = await apply(ctx, row, 'close', { closedReason: data.reason, endedOn: today() }, { reason: data.reason });
    await refreshPersonFacts(ctx.tx, row.departmentId, row.beneficiaryId);
    return { id, status };
  },
});

/** Ends a contract in force before its last day (its end date otherwise ends it on its own). */
export const endContract = defineUseCase({
  name: 'contract.end',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id, data: EndInput }),
  async run(ctx, { id, data }) {
    const row = await findContract(ctx, id, true);
    const problems = [...futureDateIssues('on', data.on), ...(data.on < row.startsOn ? [{ path: 'on', message: 'La fin précède le début du contrat.' }] : [])];
    if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, problems);
    const status = await apply(ctx, row, 'end', { endedOn: data.on }, { on: data.on });
    await refreshPersonFacts(ctx.tx, row.departmentId, row.beneficiaryId);
    return { id, status };
  },
});
