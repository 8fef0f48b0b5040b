import { z } from 'zod';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { frenchToday } from '../../../shared/calendar.js';
import { AidRequestInput } from '../../../shared/contracts/aids.js';
import { Id } from '../../../shared/contracts/common.js';
import type { BeneficiaryRow } from '../../beneficiaries/store.js';
import { findInScope } from '../../beneficiaries/store.js';
import { BINDING_STATUSES } from '../../contracts/lifecycle.js';
import { contractObjectives, contracts } from '../../contracts/schema.js';
import { lots } from '../../organisations/schema.js';
import { DOCUMENT_LABELS } from '../labels.js';
import { EDITABLE } from '../lifecycle.js';
import { aidDocuments, aidRequests } from '../schema.js';
import { assertWithinCeilings, catalogueEntry, findRequest, moveRequest, recordAidEvent, type AidRequestRow, type CatalogueRow } from '../store.js';
import { currentYear } from './catalogue.js';

type Input = z.output<typeof AidRequestInput>;

/** The person's contract that binds them now (validated or in force), with its objectives. */
export async function bindingContract(ctx: UseCaseContext, person: BeneficiaryRow) {
  const [contract] = await ctx.tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.departmentId, person.departmentId), eq(contracts.beneficiaryId, person.id), inArray(contracts.status, BINDING_STATUSES)));
  if (!contract) return null;
  const objectives = await ctx.tx
    .select({ id: contractObjectives.id, wording: contractObjectives.wording })
    .from(contractObjectives)
    .where(and(eq(contractObjectives.departmentId, person.departmentId), eq(contractObjectives.contractId, contract.id)))
    .orderBy(asc(contractObjectives.position));
  return { id: contract.id, objectives };
}

/** The offered aid type, the contract and objective the aid serves: each refused in French when wrong. */
async function checkRequest(ctx: UseCaseContext, person: BeneficiaryRow, data: Input, year: number) {
  const entry = await catalogueEntry(ctx.tx, person.departmentId, year, data.aidType);
  if (!entry?.active) throw new AppError('VALIDATION_FAILED', 'Le département ne propose pas cette aide cette année.', [{ path: 'aidType', message: 'Aide non proposée cette année' }]);
  const contract = await bindingContract(ctx, person);
  if (entry.contractRequired && !contract) {
    throw new AppError('CONFLICT', 'Cette aide demande un contrat (CER ou CE) validé ou en cours : la personne n’en a pas.');
  }
  if (contract && !contract.objectives.some((o) => o.id === data.objectiveId)) {
    throw new AppError('VALIDATION_FAILED', 'Rattachez l’aide à un objectif du contrat de la personne.', [{ path: 'objectiveId', message: 'Choisissez un objectif du contrat' }]);
  }
  if (data.payee === 'supplier' && !data.supplierName) {
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'supplierName', message: 'Indiquez le fournisseur à payer' }]);
  }
  return { entry, contractId: contract ? contract.id : null, objectiveId: contract ? data.objectiveId : null };
}

const contentOf = (data: Input, checked: { contractId: string | null; objectiveId: string | null }) => ({
  aidType: data.aidType, requestedCents: data.requestedCents, contractId: checked.contractId, objectiveId: checked.objectiveId,
  purpose: data.purpose, justification: data.justification, payee: data.payee, supplierName: data.payee === 'supplier' ? data.supplierName : null,
  consentOn: data.consent ? frenchToday() : null,
});

/** The referent prepares a request (a draft): documents are attached to it before it is submitted. */
export const createRequest = defineUseCase({
  name: 'aid.create',
  kind: 'command',
  permission: 'aid:request',
  input: z.object({ beneficiaryId: Id, data: AidRequestInput }),
  async run(ctx, { beneficiaryId, data }) {
    // Locked: two requests for one person are checked against the ceilings one after the other.
    const person = await findInScope(ctx, beneficiaryId, true);
    if (!person.providerId) throw new AppError('CONFLICT', 'La personne n’est accompagnée par aucun PIP.');
    const year = currentYear();
    const checked = await checkRequest(ctx, person, data, year);
    await assertWithinCeilings(ctx.tx, checked.entry, person.id, data.requestedCents);
    const [lot] = person.lotId ? await ctx.tx.select({ territoryId: lots.territoryId }).from(lots).where(and(eq(lots.departmentId, person.departmentId), eq(lots.id, person.lotId))) : [];
    const [row] = await ctx.tx
      .insert(aidRequests)
      .values({
        ...contentOf(data, checked), departmentId: person.departmentId, beneficiaryId: person.id, providerId: person.providerId,
        referentId: person.referentId, territoryId: lot?.territoryId ?? null, year, createdBy: ctx.actor.userId,
      })
      .returning();
    await recordAidEvent(ctx.tx, row!, 'create', null, 'draft', ctx.actor.userId, { amountCents: data.requestedCents });
    await ctx.audit({ action: 'aid.create', entityType: 'aid_request', entityId: row!.id, details: { beneficiaryId: person.id, aidType: data.aidType, requestedCents: data.requestedCents } });
    return { id: row!.id, version: row!.version };
  },
});

/** Changes a draft or a returned request; a stale version gets 409 and the form keeps its content. */
export const updateRequest = defineUseCase({
  name: 'aid.update',
  kind: 'command',
  permission: 'aid:request',
  input: z.object({ id: Id, data: AidRequestInput.extend({ version: z.number().int() }) }),
  async run(ctx, { id, data }) {
    const row = await findRequest(ctx, id, true);
    if (!EDITABLE.includes(row.status)) throw new AppError('CONFLICT', 'Cette demande n’est plus modifiable.');
    if (row.version !== data.version) throw new AppError('CONFLICT', 'La demande a été modifiée entre-temps : rechargez-la.');
    const person = await findInScope(ctx, row.beneficiaryId, true);
    const checked = await checkRequest(ctx, person, data, row.year);
    await assertWithinCeilings(ctx.tx, checked.entry, person.id, data.requestedCents, row.id);
    await ctx.tx
      .update(aidRequests)
      .set({ ...contentOf(data, checked), version: row.version + 1, updatedAt: new Date() })
      .where(and(eq(aidRequests.departmentId, row.departmentId), eq(aidRequests.id, id)));
    await ctx.audit({ action: 'aid.update', entityType: 'aid_request', entityId: id, details: { beneficiaryId: row.beneficiaryId, requestedCents: data.requestedCents } });
    return { id, version: row.version + 1 };
  },
});

/** Everything a submitted request needs, checked again at the last moment. */
async function readiness(ctx: UseCaseContext, row: AidRequestRow, entry: CatalogueRow | null): Promise<string[]> {
  const problems: string[] = [];
  if (!entry?.active) return ['Le département ne propose plus cette aide cette année.'];
  if (!row.consentOn) problems.push('Le consentement de la personne n’est pas recueilli.');
  const kinds = new Set((await ctx.tx.select({ kind: aidDocuments.kind }).from(aidDocuments)
    .where(and(eq(aidDocuments.departmentId, row.departmentId), eq(aidDocuments.requestId, row.id)))).map((d) => d.kind));
  for (const kind of entry.requiredDocuments) if (!kinds.has(kind)) problems.push(`Joignez ${DOCUMENT_LABELS[kind]}.`);
  return problems;
}

/** Sends the request to the département: consent, documents, contract and ceilings all checked. */
export const submitRequest = defineUseCase({
  name: 'aid.submit',
  kind: 'command',
  permission: 'aid:request',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const row = await findRequest(ctx, id, true);
    const person = await findInScope(ctx, row.beneficiaryId, true);
    const entry = await catalogueEntry(ctx.tx, row.departmentId, row.year, row.aidType);
    const problems = await readiness(ctx, row, entry);
    if (problems.length) throw new AppError('VALIDATION_FAILED', problems.join(' '), problems.map((message) => ({ path: 'request', message })));
    await checkRequest(ctx, person, { ...row, requestedCents: row.requestedCents, consent: true }, row.year);
    await assertWithinCeilings(ctx.tx, entry!, person.id, row.requestedCents, row.id);
    const status = await moveRequest(ctx, row, 'submit', { submittedAt: new Date() }, { amountCents: row.requestedCents });
    await ctx.audit({ action: 'aid.submit', entityType: 'aid_request', entityId: id, details: { beneficiaryId: row.beneficiaryId } });
    return { id, status };
  },
});

/** The PIP stops a request before any decision (the person gave up, found another way). */
export const withdrawRequest = defineUseCase({
  name: 'aid.withdraw',
  kind: 'command',
  permission: 'aid:request',
  input: z.object({ id: Id, data: z.object({ reason: z.string().trim().min(3, 'Indiquez le motif').max(2000) }) }),
  async run(ctx, { id, data }) {
    const row = await findRequest(ctx, id, true);
    const status = await moveRequest(ctx, row, 'withdraw', { decisionReason: data.reason }, { reason: data.reason });
    await ctx.audit({ action: 'aid.withdraw', entityType: 'aid_request', entityId: id, details: { beneficiaryId: row.beneficiaryId } });
    return { id, status };
  },
});

