import { and, eq, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { notFound } from '../../platform/http/errors.js';
import { isProviderRole } from '../../shared/roles.js';
import type { ReviewStatus } from '../../shared/compliance.js';
import { breachReports, breachSteps } from './schema.js';

export type ReportRow = typeof breachReports.$inferSelect;

/**
 * The reports an actor reaches: the PIP's own (a referent's: their people's) at every step, the
 * département's once sent to it — a report still with the PIP manager is not the département's yet.
 */
export const reportScope = (ctx: UseCaseContext, ...conditions: (SQL | undefined)[]): SQL =>
  inScope(ctx.actor, breachReports, isProviderRole(ctx.actor.role) ? undefined : eq(breachReports.status, 'sent'), ...conditions);

/** The report if the actor may see it, locked when the caller will change it; otherwise 404. */
export async function findReport(ctx: UseCaseContext, id: string, forUpdate = false): Promise<ReportRow> {
  const query = ctx.tx.select().from(breachReports).where(reportScope(ctx, eq(breachReports.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Signalement introuvable.');
  return row;
}

/** Changes the report's row (statuses, approval…), moving its version on. */
export async function updateReport(ctx: UseCaseContext, report: ReportRow, patch: Partial<typeof breachReports.$inferInsert>): Promise<void> {
  await ctx.tx
    .update(breachReports)
    .set({ ...patch, version: report.version + 1, updatedAt: new Date() })
    .where(and(eq(breachReports.departmentId, report.departmentId), eq(breachReports.id, report.id)));
}

export interface StepRecord {
  event: string;
  on: string;
  reviewStatus?: ReviewStatus | null;
  note?: string | null | undefined;
  details?: Record<string, unknown>;
}

/** One dated, attributed step of the report's history. */
export async function recordStep(ctx: UseCaseContext, report: ReportRow, step: StepRecord): Promise<string> {
  const [row] = await ctx.tx
    .insert(breachSteps)
    .values({
      departmentId: report.departmentId, reportId: report.id, event: step.event, reviewStatus: step.reviewStatus ?? null, on: step.on,
      note: step.note ?? null, details: step.details ?? {}, recordedBy: ctx.actor.userId,
    })
    .returning({ id: breachSteps.id });
  return row!.id;
}
