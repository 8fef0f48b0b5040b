import { z } from 'zod';
import { and, asc, count, desc, eq, inArray, notExists, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { storedFiles } from '../../../platform/files/schema.js';
import { isProviderRole } from '../../../shared/roles.js';
import type { ReviewStatus } from '../../../shared/compliance.js';
import { Id } from '../../../shared/contracts/common.js';
import { ReportListQuery, type ComplianceDashboard, type ReportSummary, type ReportView } from '../../../shared/contracts/compliance.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { findInScope, personNameSql as personName, today } from '../../beneficiaries/store.js';
import { providers, territories, users } from '../../organisations/schema.js';
import { allowedReportActions } from '../report-lifecycle.js';
import { allowedReviewActions, DECISION_EVENTS, LETTER_EVENTS, OPEN_REVIEW_STATUSES, type ReviewEvent } from '../review-lifecycle.js';
import { breachReportAbsences, breachReportEvidence, breachReports, breachSteps, teamCases } from '../schema.js';
import { findReport, reportScope } from '../store.js';

/** Whole days since the report reached the département (or was made, before that), in France. */
const ageDays = () =>
  sql<number>`(${today()}::date - (coalesce(${breachReports.sentAt}, ${breachReports.reportedAt}) at time zone 'Europe/Paris')::date)::int`;

function summaries(ctx: UseCaseContext, where: SQL) {
  return ctx.tx
    .select({
      id: breachReports.id, beneficiaryId: breachReports.beneficiaryId, personName, providerName: providers.name, territoryName: territories.name,
      kind: breachReports.kind, status: breachReports.status, reviewStatus: breachReports.reviewStatus, reportedAt: breachReports.reportedAt,
      sentAt: breachReports.sentAt, ageDays: ageDays(),
    })
    .from(breachReports)
    .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, breachReports.departmentId), eq(beneficiaries.id, breachReports.beneficiaryId)))
    .innerJoin(providers, and(eq(providers.departmentId, breachReports.departmentId), eq(providers.id, breachReports.providerId)))
    .leftJoin(territories, and(eq(territories.departmentId, breachReports.departmentId), eq(territories.id, breachReports.territoryId)))
    .where(where);
}
type SummaryRow = Awaited<ReturnType<typeof summaries>>[number];
const toSummary = (r: SummaryRow): ReportSummary => ({ ...r, reportedAt: r.reportedAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null });

/** A person's reports, newest first: their PIP's, and the département's once sent. */
export const listPersonReports = defineUseCase({
  name: 'breach.listForPerson',
  kind: 'query',
  permission: 'breach:read',
  input: z.object({ beneficiaryId: Id }),
  async run(ctx, { beneficiaryId }) {
    await findInScope(ctx, beneficiaryId);
    const rows = await summaries(ctx, reportScope(ctx, eq(breachReports.beneficiaryId, beneficiaryId))).orderBy(desc(breachReports.reportedAt));
    await ctx.audit({ action: 'breach.listForPerson', entityType: 'beneficiary', entityId: beneficiaryId });
    return rows.map(toSummary);
  },
});

/**
 * The reports of the actor's scope: the PIP's (its manager's approval queue with
 * `status=awaiting_approval`), the département's (`open=true`: still to act on), oldest first.
 */
export const listReports = defineUseCase({
  name: 'breach.list',
  kind: 'query',
  permission: 'breach:read',
  input: ReportListQuery,
  async run(ctx, query) {
    const rows = await summaries(
      ctx,
      reportScope(
        ctx,
        query.status ? eq(breachReports.status, query.status) : undefined,
        query.reviewStatus ? eq(breachReports.reviewStatus, query.reviewStatus) : undefined,
        query.open === 'true' ? inArray(breachReports.reviewStatus, OPEN_REVIEW_STATUSES) : undefined,
      ),
    )
      .orderBy(asc(sql`coalesce(${breachReports.sentAt}, ${breachReports.reportedAt})`))
      .limit(500);
    await ctx.audit({ action: 'breach.list', entityType: 'breach_report', details: { count: rows.length } });
    return rows.map(toSummary);
  },
});

export const readReport = defineUseCase({
  name: 'breach.read',
  kind: 'query',
  permission: 'breach:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }): Promise<ReportView> {
    const report = await findReport(ctx, id);
    const [summary] = await summaries(ctx, reportScope(ctx, eq(breachReports.id, id)));
    const inReport = (t: { departmentId: PgColumn; reportId: PgColumn }) => and(eq(t.departmentId, report.departmentId), eq(t.reportId, id));
    const absences = await ctx.tx
      .select({ contactId: breachReportAbsences.contactId, happenedOn: breachReportAbsences.happenedOn })
      .from(breachReportAbsences)
      .where(inReport(breachReportAbsences))
      .orderBy(asc(breachReportAbsences.happenedOn));
    const evidence = await ctx.tx
      .select({ id: breachReportEvidence.id, name: storedFiles.name })
      .from(breachReportEvidence)
      .innerJoin(storedFiles, and(eq(storedFiles.departmentId, breachReportEvidence.departmentId), eq(storedFiles.id, breachReportEvidence.fileId)))
      .where(inReport(breachReportEvidence))
      .orderBy(asc(breachReportEvidence.addedAt));
    const steps = await ctx.tx
      .select({ step: breachSteps, recordedByName: users.displayName })
      .from(breachSteps)
      .innerJoin(users, eq(users.id, breachSteps.recordedBy))
      .where(inReport(breachSteps))
      .orderBy(asc(breachSteps.recordedAt));
    const [reporter] = await ctx.tx.select({ name: users.displayName }).from(users).where(eq(users.id, report.reportedBy));
    await ctx.audit({ action: 'breach.read', entityType: 'breach_report', entityId: id, details: { beneficiaryId: report.beneficiaryId } });
    const actions = isProviderRole(ctx.actor.role)
      ? allowedReportActions(ctx.actor.role, report.status)
      : report.reviewStatus ? allowedReviewActions(ctx.actor.role, report.reviewStatus) : [];
    return {
      ...toSummary(summary!),
      facts: report.facts, factsFrom: report.factsFrom, factsTo: report.factsTo, version: report.version, reportedByName: reporter!.name,
      returnComment: report.returnComment,
      absences,
      evidence,
      steps: steps.map(({ step: s, recordedByName }) => ({
        id: s.id, event: s.event, reviewStatus: s.reviewStatus, on: s.on, note: s.note, details: s.details as Record<string, unknown>, recordedByName,
        recordedAt: s.recordedAt.toISOString(), letter: LETTER_EVENTS.includes(s.event as ReviewEvent),
      })),
      actions,
    };
  },
});

const band = sql<'under_30' | '30_to_60' | 'over_60'>`case when ${ageDays()} < 30 then 'under_30' when ${ageDays()} <= 60 then '30_to_60' else 'over_60' end`;

/** The département's view: open reports by status and age, decisions by type and territory, sessions to prepare. */
export const complianceDashboard = defineUseCase({
  name: 'breach.dashboard',
  kind: 'query',
  permission: 'breach:dashboard',
  input: z.object({}),
  async run(ctx): Promise<ComplianceDashboard> {
    const sent = reportScope(ctx);
    // Aged in a subquery: the band's expression carries a bound date, which GROUP BY cannot match by text.
    const open = ctx.tx
      .select({ reviewStatus: sql<ReviewStatus>`${breachReports.reviewStatus}`.as('review_status'), band: band.as('band') })
      .from(breachReports)
      .where(and(sent, inArray(breachReports.reviewStatus, OPEN_REVIEW_STATUSES)))
      .as('open');
    const openByStatusAndAge = await ctx.tx
      .select({ reviewStatus: open.reviewStatus, band: open.band, count: count() })
      .from(open)
      .groupBy(open.reviewStatus, open.band)
      .orderBy(open.reviewStatus, open.band);
    const territoryName = territories.name;
    const decisions = await ctx.tx
      .select({ event: breachSteps.event, territoryName, count: count() })
      .from(breachSteps)
      .innerJoin(breachReports, and(eq(breachReports.departmentId, breachSteps.departmentId), eq(breachReports.id, breachSteps.reportId)))
      .leftJoin(territories, and(eq(territories.departmentId, breachReports.departmentId), eq(territories.id, breachReports.territoryId)))
      .where(and(sent, inArray(breachSteps.event, DECISION_EVENTS)))
      .groupBy(breachSteps.event, territoryName)
      .orderBy(territoryName, breachSteps.event);
    const onAgenda = ctx.tx
      .select({ one: sql`1` })
      .from(teamCases)
      .where(and(eq(teamCases.departmentId, breachReports.departmentId), eq(teamCases.reportId, breachReports.id)));
    const toPrepare = await ctx.tx
      .select({ key: sql<string>`coalesce(${territoryName}, '')`, count: count() })
      .from(breachReports)
      .leftJoin(territories, and(eq(territories.departmentId, breachReports.departmentId), eq(territories.id, breachReports.territoryId)))
      .where(and(sent, eq(breachReports.reviewStatus, 'referred_to_ep'), notExists(onAgenda)))
      .groupBy(territoryName)
      .orderBy(territoryName);
    return { openByStatusAndAge, decisions, toPrepare };
  },
});
