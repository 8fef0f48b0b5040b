import { z } from 'zod';
import { and, eq, isNotNull } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { ReviewStepInput } from '../../../shared/contracts/compliance.js';
import { assertNotInFuture } from '../../beneficiaries/store.js';
import { readSettings } from '../../organisations/settings-queries.js';
import { nextReviewStatus } from '../review-lifecycle.js';
import { sanctionChoiceIssues } from '../sanctions.js';
import { teamCases } from '../schema.js';
import { findReport, recordStep, updateReport, type ReportRow } from '../store.js';

type Decision = Extract<ReviewStepInput, { event: 'decide_suspension' | 'decide_suppression' }>;

/**
 * The officer's choice, checked against the row of the sanction table they picked; the row is
 * kept with the decision as it was. A measure the table marks as needing the équipe
 * pluridisciplinaire waits for its opinion on this report.
 */
async function sanctionDetails(ctx: UseCaseContext, report: ReportRow, step: Decision) {
  const { values } = await readSettings(ctx.tx, ctx.actor.departmentId);
  const row = values.sanctionScales.find((r) => r.code === step.scaleCode);
  if (!row) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'scaleCode', message: 'Choisissez une ligne du barème.' }]);
  const months = step.event === 'decide_suspension' ? step.months : null;
  const measures = step.event === 'decide_suspension' ? (['reduction', 'suspension'] as const) : (['suppression'] as const);
  const issues = sanctionChoiceIssues(row, measures, { sharePercent: step.sharePercent, months, largerHousehold: step.largerHousehold });
  if (issues.length) throw new AppError('VALIDATION_FAILED', undefined, issues);
  if (row.needsTeamOpinion) {
    const [opinion] = await ctx.tx
      .select({ id: teamCases.id })
      .from(teamCases)
      .where(and(eq(teamCases.departmentId, report.departmentId), eq(teamCases.reportId, report.id), isNotNull(teamCases.opinion)));
    if (!opinion) throw new AppError('CONFLICT', 'Cette mesure demande l’avis de l’équipe pluridisciplinaire sur ce dossier.');
  }
  return { scale: row, sharePercent: step.sharePercent, months, largerHousehold: step.largerHousehold, startsOn: step.startsOn };
}

function stepDetails(ctx: UseCaseContext, report: ReportRow, step: ReviewStepInput): Promise<Record<string, unknown>> | Record<string, unknown> {
  switch (step.event) {
    case 'record_observations':
      return { mode: step.mode, assisted: step.assisted, assistedBy: step.assisted ? step.assistedBy ?? null : null };
    case 'decide_suspension':
    case 'decide_suppression':
      return sanctionDetails(ctx, report, step);
    default:
      return {};
  }
}

/**
 * One step of the département's review, dated and attributed. It records the decision: paying,
 * suspending or stopping the RSA stays with the payment system (CAF/MSA), which the département
 * instructs itself — no code here touches the person's rights or any amount.
 */
export const recordReviewStep = defineUseCase({
  name: 'breach.review',
  kind: 'command',
  permission: 'breach:review',
  input: z.object({ id: Id, data: ReviewStepInput }),
  async run(ctx, { id, data }) {
    assertNotInFuture(data.on);
    const report = await findReport(ctx, id, true);
    const next = report.reviewStatus ? nextReviewStatus(report.reviewStatus, data.event) : null;
    if (!next) throw new AppError('CONFLICT', 'Cette étape n’est pas possible à ce stade de l’instruction.');
    const details = await stepDetails(ctx, report, data);
    await updateReport(ctx, report, { reviewStatus: next });
    const stepId = await recordStep(ctx, report, { event: data.event, on: data.on, reviewStatus: next, note: data.note ?? null, details });
    await ctx.audit({ action: `breach.${data.event}`, entityType: 'breach_report', entityId: id, details: { beneficiaryId: report.beneficiaryId, stepId } });
    return { id, reviewStatus: next, stepId };
  },
});
