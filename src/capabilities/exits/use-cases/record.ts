import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { EvaluationInput, SituationInput } from '../../../shared/contracts/exits.js';
import { situationDateProblem } from '../../../shared/exits.js';
import { assertNotInFuture, changeBeneficiary, recordEvent, today } from '../../beneficiaries/store.js';
import { exitResults } from '../schema.js';
import { exitForUpdate } from '../store.js';

/**
 * The référent records the person's situation within 4 weeks of the exit (the FSE+ result). It may
 * be corrected until the final evaluation closes the pathway. The date goes on the person's row
 * too, where the « situation à la sortie manquante » alert reads it.
 */
export const recordSituation = defineUseCase({
  name: 'exit.situation',
  kind: 'command',
  permission: 'exit:record',
  input: z.object({ beneficiaryId: Id, data: SituationInput }),
  async run(ctx, { beneficiaryId, data }) {
    const { person, result } = await exitForUpdate(ctx, beneficiaryId);
    const problem = situationDateProblem(person.endedOn, data.situationOn, today());
    if (problem) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'situationOn', message: problem }]);
    const fields = {
      situation: data.situation, situationOn: data.situationOn, employmentContract: data.employmentContract ?? null,
      employmentMonths: data.employmentMonths ?? null, recordedBy: ctx.actor.userId,
    };
    const [row] = result
      ? await ctx.tx.update(exitResults).set({ ...fields, updatedAt: new Date() })
        .where(and(eq(exitResults.departmentId, result.departmentId), eq(exitResults.id, result.id))).returning({ id: exitResults.id })
      : await ctx.tx.insert(exitResults).values({ departmentId: person.departmentId, beneficiaryId, providerId: person.providerId, endedOn: person.endedOn, ...fields })
        .returning({ id: exitResults.id });
    await changeBeneficiary(ctx, person, { patch: { exitSituationOn: data.situationOn }, event: { kind: 'exit.situation', data: { on: data.situationOn, situation: data.situation } } });
    await ctx.audit({ action: 'exit.situation', entityType: 'beneficiary', entityId: beneficiaryId, details: { situation: data.situation, corrected: Boolean(result) } });
    return { id: row!.id };
  },
});

/** The final evaluation closes the pathway: from then on the exit's result is read-only. */
export const recordEvaluation = defineUseCase({
  name: 'exit.evaluate',
  kind: 'command',
  permission: 'exit:record',
  input: z.object({ beneficiaryId: Id, data: EvaluationInput }),
  async run(ctx, { beneficiaryId, data }) {
    const { person, result } = await exitForUpdate(ctx, beneficiaryId);
    if (!result) throw new AppError('CONFLICT', 'Enregistrez d’abord la situation de la personne à la sortie.');
    assertNotInFuture(data.on);
    if (data.on < person.endedOn) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'on', message: 'L’évaluation finale suit la sortie.' }]);
    await ctx.tx
      .update(exitResults)
      .set({ finalEvaluation: data.evaluation, evaluatedOn: data.on, evaluatedBy: ctx.actor.userId, evaluatedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(exitResults.departmentId, result.departmentId), eq(exitResults.id, result.id)));
    await recordEvent(ctx, beneficiaryId, 'exit.closed', { on: data.on });
    await ctx.audit({ action: 'exit.evaluate', entityType: 'beneficiary', entityId: beneficiaryId, details: { on: data.on } });
    return { id: result.id };
  },
});
