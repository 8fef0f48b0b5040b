import { z } from 'zod';
import { and, asc, desc, eq, isNull, max, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { CaseInput, OpinionInput, SummaryInput } from '../../../shared/contracts/team-sessions.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { personNameSql, today } from '../../beneficiaries/store.js';
import { BREACH_KIND_LABELS } from '../../compliance/use-cases/letters.js';
import { breachReportAbsences, breachReports, breachSteps, teamCases, teamSessions } from '../../compliance/schema.js';
import { findReport, type ReportRow } from '../../compliance/store.js';
import { territories } from '../../organisations/schema.js';
import { addCaseRefusal, opinionRefusal, removalRefusal, summaryRefusal, type CaseFacts } from '../rules.js';
import { findCase, findSession, refuse, reportOnAgendas, waitingReports, type SessionRow } from '../store.js';
import { fileSummary } from '../summary.js';

const CaseParams = z.object({ id: Id, caseId: Id });

/** The reports the officer may put on this session's agenda: referred to the EP, of its territory, on no agenda yet. */
export const listCandidates = defineUseCase({
  name: 'team.candidates',
  kind: 'query',
  permission: 'team:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const session = await findSession(ctx, id);
    const rows = await ctx.tx
      .select({ reportId: breachReports.id, personName: personNameSql, referredOn: max(breachSteps.on) })
      .from(breachReports)
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, breachReports.departmentId), eq(beneficiaries.id, breachReports.beneficiaryId)))
      .leftJoin(breachSteps, and(eq(breachSteps.departmentId, breachReports.departmentId), eq(breachSteps.reportId, breachReports.id), eq(breachSteps.event, 'refer_to_ep')))
      .where(waitingReports(ctx, session.territoryId))
      .groupBy(breachReports.id, beneficiaries.lastName, beneficiaries.firstNames)
      .orderBy(asc(max(breachSteps.on)))
      .limit(200);
    await ctx.audit({ action: 'team.candidates', entityType: 'team_session', entityId: id, details: { count: rows.length } });
    return rows.map((r) => ({ ...r, referredOn: r.referredOn ?? null }));
  },
});

/** The file summary, prefilled from the report: facts, absences, the steps so far. */
async function prefill(ctx: UseCaseContext, report: ReportRow): Promise<string> {
  const ofReport = (t: { departmentId: PgColumn; reportId: PgColumn }) => and(eq(t.departmentId, report.departmentId), eq(t.reportId, report.id));
  const absences = await ctx.tx.select({ on: breachReportAbsences.happenedOn }).from(breachReportAbsences).where(ofReport(breachReportAbsences)).orderBy(asc(breachReportAbsences.happenedOn));
  const steps = await ctx.tx.select({ event: breachSteps.event, on: breachSteps.on, note: breachSteps.note }).from(breachSteps).where(ofReport(breachSteps)).orderBy(asc(breachSteps.recordedAt));
  return fileSummary({ kind: BREACH_KIND_LABELS[report.kind], facts: report.facts, factsFrom: report.factsFrom, factsTo: report.factsTo, absences: absences.map((a) => a.on), steps });
}

/** Puts a referred report on the session's agenda, with its file summary prefilled. */
export const addCase = defineUseCase({
  name: 'team.addCase',
  kind: 'command',
  permission: 'team:manage',
  input: z.object({ id: Id, data: CaseInput }),
  async run(ctx, { id, data }) {
    const session = await findSession(ctx, id, true);
    const report = await findReport(ctx, data.reportId, true);
    refuse(addCaseRefusal(session, { reviewStatus: report.reviewStatus, territoryId: report.territoryId, ...(await reportOnAgendas(ctx, report.id)) }, today()));
    const [row] = await ctx.tx
      .insert(teamCases)
      .values({ departmentId: session.departmentId, sessionId: id, reportId: report.id, summary: await prefill(ctx, report) })
      .returning({ id: teamCases.id });
    await ctx.audit({ action: 'team.addCase', entityType: 'team_session', entityId: id, details: { caseId: row!.id, reportId: report.id, beneficiaryId: report.beneficiaryId } });
    return { id: row!.id };
  },
});

/**
 * A change to one case of the agenda, once its rule allows it: the session is locked, the case
 * found on its agenda (404 otherwise), the change made and audited with the person it concerns.
 * A change that finds no row any more (its text was changed meanwhile) answers 409.
 */
async function changeCase(
  ctx: UseCaseContext,
  ids: { id: string; caseId: string },
  action: string,
  rule: (session: SessionRow, facts: CaseFacts) => string | null,
  change: (where: SQL) => Promise<unknown[]>,
) {
  const session = await findSession(ctx, ids.id, true);
  const found = await findCase(ctx, session, ids.caseId);
  refuse(rule(session, { opinion: found.kase.opinion, reviewStatus: found.reviewStatus }));
  const changed = await change(and(eq(teamCases.departmentId, session.departmentId), eq(teamCases.id, ids.caseId))!);
  if (changed.length === 0) throw new AppError('CONFLICT', 'Ce dossier a été modifié entre-temps : rechargez la page pour voir la dernière version.');
  await ctx.audit({ action, entityType: 'team_session', entityId: ids.id, details: { caseId: ids.caseId, reportId: found.kase.reportId, beneficiaryId: found.beneficiaryId } });
  return { id: ids.caseId, reportId: found.kase.reportId };
}

/** Corrects the file summary before the opinion. */
export const updateSummary = defineUseCase({
  name: 'team.summary',
  kind: 'command',
  permission: 'team:manage',
  input: CaseParams.extend({ data: SummaryInput }),
  run: (ctx, { data, ...ids }) => changeCase(ctx, ids, 'team.summary', (_, facts) => summaryRefusal(facts), (where) =>
    ctx.tx.update(teamCases).set({ summary: data.summary, updatedAt: new Date() })
      .where(and(where, eq(teamCases.summary, data.previous))).returning({ id: teamCases.id })),
});

/** The opinion the EP gave at the session: from the session's day, until the département decides. */
export const recordOpinion = defineUseCase({
  name: 'team.opinion',
  kind: 'command',
  permission: 'team:manage',
  input: CaseParams.extend({ data: OpinionInput }),
  run: (ctx, { data, ...ids }) => changeCase(ctx, ids, 'team.opinion', (session, facts) => opinionRefusal(session, facts, today()), (where) =>
    ctx.tx.update(teamCases).set({ opinion: data.opinion, updatedAt: new Date() })
      .where(and(where, data.previous === null ? isNull(teamCases.opinion) : eq(teamCases.opinion, data.previous))).returning({ id: teamCases.id })),
});

/** Takes a case off the agenda before the session; the report waits for another session. */
export const removeCase = defineUseCase({
  name: 'team.removeCase',
  kind: 'command',
  permission: 'team:manage',
  input: CaseParams,
  run: (ctx, ids) => changeCase(ctx, ids, 'team.removeCase', (session, facts) => removalRefusal(session, facts, today()), (where) =>
    ctx.tx.delete(teamCases).where(where).returning({ id: teamCases.id })),
});

/** The EP sessions a report went before, for its page (latest first). */
export const reportCases = defineUseCase({
  name: 'team.reportCases',
  kind: 'query',
  permission: 'team:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const report = await findReport(ctx, id);
    const rows = await ctx.tx
      .select({ caseId: teamCases.id, sessionId: teamSessions.id, heldOn: teamSessions.heldOn, territoryName: territories.name, opinion: teamCases.opinion })
      .from(teamCases)
      .innerJoin(teamSessions, and(eq(teamSessions.departmentId, teamCases.departmentId), eq(teamSessions.id, teamCases.sessionId)))
      .innerJoin(territories, and(eq(territories.departmentId, teamSessions.departmentId), eq(territories.id, teamSessions.territoryId)))
      .where(and(eq(teamCases.departmentId, report.departmentId), eq(teamCases.reportId, id)))
      .orderBy(desc(teamSessions.heldOn));
    await ctx.audit({ action: 'team.reportCases', entityType: 'breach_report', entityId: id, details: { beneficiaryId: report.beneficiaryId } });
    return rows;
  },
});
