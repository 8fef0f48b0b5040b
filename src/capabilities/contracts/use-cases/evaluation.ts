import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { EvaluationInput, FollowUpInput } from '../../../shared/contracts/cer.js';
import { today } from '../../beneficiaries/store.js';
import { contractActions, contractObjectives, contracts } from '../schema.js';
import { actionsOf, contractTransition, findContract, objectivesOf, recordContractEvent, refreshPersonFacts } from '../store.js';

const RUNNING = ['in_force', 'ended'];

/** Ids the request names that are not objectives of this contract: refused, never silently ignored. */
function unknownIds(sent: string[], known: Set<string>, what: string) {
  const strangers = sent.filter((id) => !known.has(id));
  if (strangers.length) throw new AppError('VALIDATION_FAILED', `${strangers.length} ${what} n’appartiennent pas à ce contrat.`);
}

/**
 * Progress while the contract runs: objective and action statuses. Closing statuses (achieved…)
 * are the evaluation's, with its comment.
 */
export const recordFollowUp = defineUseCase({
  name: 'contract.followUp',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id, data: FollowUpInput }),
  async run(ctx, { id, data }) {
    const row = await findContract(ctx, id, true);
    if (row.status !== 'in_force') throw new AppError('CONFLICT', 'Le suivi se fait sur un contrat en vigueur.');
    const objectives = await objectivesOf(ctx.tx, row.departmentId, [id]);
    const actions = await actionsOf(ctx.tx, row.departmentId, objectives.map((o) => o.id));
    unknownIds(data.objectives.map((o) => o.id), new Set(objectives.map((o) => o.id)), 'objectif(s)');
    unknownIds(data.actions.map((a) => a.id), new Set(actions.map((a) => a.id)), 'action(s)');
    for (const o of data.objectives) {
      await ctx.tx.update(contractObjectives).set({ status: o.status }).where(and(eq(contractObjectives.departmentId, row.departmentId), eq(contractObjectives.id, o.id)));
    }
    for (const a of data.actions) {
      await ctx.tx.update(contractActions).set({ status: a.status }).where(and(eq(contractActions.departmentId, row.departmentId), eq(contractActions.id, a.id)));
    }
    await ctx.tx.update(contracts).set({ version: sql`${contracts.version} + 1`, updatedAt: new Date() }).where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, id)));
    await ctx.audit({ action: 'contract.followUp', entityType: 'contract', entityId: id, details: { beneficiaryId: row.beneficiaryId } });
    await refreshPersonFacts(ctx.tx, row.departmentId, row.beneficiaryId);
    return { id };
  },
});

/**
 * Evaluates objectives (at the end, or any time while the contract runs) and, with the overall
 * assessment, the contract itself once it has ended: that assessment feeds the next version.
 */
export const evaluateContract = defineUseCase({
  name: 'contract.evaluate',
  kind: 'command',
  permission: 'contract:edit',
  input: z.object({ id: Id, data: EvaluationInput }),
  async run(ctx, { id, data }) {
    const row = await findContract(ctx, id, true);
    if (!RUNNING.includes(row.status)) throw new AppError('CONFLICT', 'Seul un contrat en vigueur ou terminé s’évalue.');
    const status = data.overall ? contractTransition(row, 'evaluate') : row.status;
    const objectives = await objectivesOf(ctx.tx, row.departmentId, [id]);
    unknownIds(data.objectives.map((o) => o.id), new Set(objectives.map((o) => o.id)), 'objectif(s)');
    const day = today();
    for (const o of data.objectives) {
      await ctx.tx
        .update(contractObjectives)
        .set({ status: o.result, evaluationComment: o.comment, evaluatedOn: day })
        .where(and(eq(contractObjectives.departmentId, row.departmentId), eq(contractObjectives.id, o.id)));
    }
    if (data.overall) {
      const evaluated = new Set(data.objectives.map((o) => o.id));
      const missing = objectives.filter((o) => !o.evaluatedOn && !evaluated.has(o.id));
      if (missing.length) {
        throw new AppError('VALIDATION_FAILED', 'Évaluez chaque objectif avant le bilan du contrat.', missing.map((o) => ({
          path: `objectives.${objectives.indexOf(o)}.result`, message: `Objectif « ${o.wording} » à évaluer.`,
        })));
      }
    }
    await ctx.tx
      .update(contracts)
      .set({
        status,
        ...(data.overall ? { overallResult: data.overall.result, overallAssessment: data.overall.assessment, evaluatedOn: day } : {}),
        version: sql`${contracts.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, id)));
    await recordContractEvent(ctx.tx, row, data.overall ? 'evaluated' : 'objectives_evaluated', ctx.actor.userId, { objectives: data.objectives.length });
    await ctx.audit({ action: 'contract.evaluate', entityType: 'contract', entityId: id, details: { beneficiaryId: row.beneficiaryId, overall: Boolean(data.overall) } });
    await refreshPersonFacts(ctx.tx, row.departmentId, row.beneficiaryId);
    return { id, status };
  },
});
