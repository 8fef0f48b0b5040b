import { z } from 'zod';
import { and, desc, eq, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { ContractContent, ContractUpdate } from '../../../shared/contracts/cer.js';
import type { ContractNature, ObjectiveStatus } from '../../../shared/cer.js';
import { addDays } from '../../../shared/calendar.js';
import { findInScope, type BeneficiaryRow } from '../../beneficiaries/store.js';
import { contracts } from '../schema.js';
import { canAmend, canRenew } from '../lifecycle.js';
import { isOpenObjective } from '../rules.js';
import {
  actionsOf, contentColumns, contractTransition, findContract, objectivesOf, recordContractEvent, writeObjectives, writtenContent, type ContractRow,
} from '../store.js';

const ACCOMPANIED = ['waiting_first_contact', 'active', 'suspended'];

async function insertDraft(ctx: UseCaseContext, person: BeneficiaryRow, nature: ContractNature, previous: ContractRow | null, content: ContractContent) {
  if (!ACCOMPANIED.includes(person.pathwayStatus) || !person.providerId) {
    throw new AppError('CONFLICT', 'Un contrat se prépare pour une personne accompagnée par un PIP.');
  }
  const [last] = await ctx.tx
    .select({ n: contracts.versionNumber })
    .from(contracts)
    .where(and(eq(contracts.departmentId, person.departmentId), eq(contracts.beneficiaryId, person.id)))
    .orderBy(desc(contracts.versionNumber))
    .limit(1);
  const [row] = await ctx.tx
    .insert(contracts)
    .values({
      ...(await contentColumns(ctx, content)),
      departmentId: person.departmentId,
      beneficiaryId: person.id,
      providerId: person.providerId,
      nature,
      versionNumber: (last?.n ?? 0) + 1,
      previousId: previous?.id ?? null,
      createdBy: ctx.actor.userId,
    })
    .returning();
  await writeObjectives(ctx, row!.id, content.objectives);
  await recordContractEvent(ctx.tx, row!, `draft_${nature}`, ctx.actor.userId);
  await ctx.audit({ action: `contract.draft_${nature}`, entityType: 'contract', entityId: row!.id, details: { beneficiaryId: person.id } });
  return { id: row!.id, version: row!.version };
}

/** The first contract of a person (or a new one after a closed one): a blank draft. */
export const createContract = defineUseCase({
  name: 'contract.create',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ beneficiaryId: Id, data: ContractContent }),
  async run(ctx, { beneficiaryId, data }) {
    const person = await findInScope(ctx, beneficiaryId, true);
    return insertDraft(ctx, person, 'initial', null, data);
  },
});

/** Saves the whole draft at once; a save made from an older version is refused and loses nothing. */
export const updateContract = defineUseCase({
  name: 'contract.update',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id, data: ContractUpdate }),
  async run(ctx, { id, data }) {
    const row = await findContract(ctx, id, true);
    if (row.version !== data.version) {
      throw new AppError('CONFLICT', 'Ce contrat a été modifié par quelqu’un d’autre entre-temps. Rechargez-le : vos saisies sont conservées dans le formulaire.');
    }
    const status = contractTransition(row, 'edit');
    const { version: _version, ...content } = data;
    const resigning = row.status === 'signed';
    await ctx.tx
      .update(contracts)
      .set({
        ...(await contentColumns(ctx, content)),
        status,
        // A change after signing voids the signatures: the new text must be signed again.
        ...(resigning ? { personSignedOn: null, referentSignedOn: null, signatureMode: null, signedBy: null, scanFileId: null } : {}),
        version: sql`${contracts.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, id)));
    await writeObjectives(ctx, id, content.objectives);
    await ctx.audit({ action: 'contract.update', entityType: 'contract', entityId: id, details: { beneficiaryId: row.beneficiaryId, signaturesVoided: resigning } });
    return { id, version: row.version + 1 };
  },
});

/** The content of an existing version, as a new draft's starting point. */
async function contentOf(ctx: UseCaseContext, row: ContractRow, keep: (status: ObjectiveStatus) => boolean): Promise<ContractContent> {
  const objectives = (await objectivesOf(ctx.tx, row.departmentId, [row.id])).filter((o) => keep(o.status));
  const actions = await actionsOf(ctx.tx, row.departmentId, objectives.map((o) => o.id));
  return {
    ...writtenContent(row),
    objectives: objectives.map((o) => ({
      term: o.term, domain: o.domain, referenceItemId: o.referenceItemId, wording: o.wording, deadline: o.deadline,
      status: o.status, consentOn: null,
      actions: actions.filter((a) => a.objectiveId === o.id).map((a) => ({
        type: a.type, label: a.label, organiser: a.organiser, startsOn: a.startsOn, endsOn: a.endsOn, status: a.status,
      })),
    })),
  };
}

/**
 * A renewal: a new version starting the day after the previous one ends, pre-filled with its
 * project, commitments and the objectives still open (their deadlines moved past the new start).
 */
export const renewContract = defineUseCase({
  name: 'contract.renew',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const previous = await findContract(ctx, id, true);
    if (!canRenew(previous.status)) throw new AppError('CONFLICT', 'Seul un contrat en vigueur, terminé ou évalué peut être renouvelé.');
    const person = await findInScope(ctx, previous.beneficiaryId, true);
    const content = await contentOf(ctx, previous, isOpenObjective);
    const startsOn = addDays(previous.endedOn ?? previous.endsOn, 1);
    content.startsOn = startsOn;
    content.objectives = content.objectives.map((o) => ({ ...o, deadline: o.deadline < startsOn ? addDays(startsOn, 90) : o.deadline }));
    return insertDraft(ctx, person, 'renewal', previous, content);
  },
});

/** An amendment (avenant): a new version of the same contract; the old one stays readable as signed. */
export const amendContract = defineUseCase({
  name: 'contract.amend',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const previous = await findContract(ctx, id, true);
    if (!canAmend(previous.status)) throw new AppError('CONFLICT', 'Seul un contrat validé ou en vigueur peut faire l’objet d’un avenant.');
    const person = await findInScope(ctx, previous.beneficiaryId, true);
    return insertDraft(ctx, person, 'amendment', previous, await contentOf(ctx, previous, () => true));
  },
});
