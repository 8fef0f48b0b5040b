import { and, asc, count, eq, notExists, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { breachReports, teamCases, teamSessions } from '../compliance/schema.js';
import { reportScope } from '../compliance/store.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { personNameSql } from '../beneficiaries/store.js';
import { communes, territories } from '../organisations/schema.js';

export type SessionRow = typeof teamSessions.$inferSelect;
export type CaseRow = typeof teamCases.$inferSelect;

/** A refusal of the agenda's rules, as the typed French conflict the screens show. */
export function refuse(reason: string | null): void {
  if (reason) throw new AppError('CONFLICT', reason);
}

/** The session if it is the actor's département's, locked when the caller will change it; otherwise 404. */
export async function findSession(ctx: UseCaseContext, id: string, forUpdate = false): Promise<SessionRow> {
  const query = ctx.tx.select().from(teamSessions).where(inScope(ctx.actor, teamSessions, eq(teamSessions.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Séance introuvable.');
  return row;
}

/** A case of the session, with its report's review status; 404 when it is not on this session's agenda. */
export async function findCase(ctx: UseCaseContext, session: SessionRow, caseId: string) {
  const [row] = await ctx.tx
    .select({ kase: teamCases, reviewStatus: breachReports.reviewStatus, beneficiaryId: breachReports.beneficiaryId })
    .from(teamCases)
    .innerJoin(breachReports, and(eq(breachReports.departmentId, teamCases.departmentId), eq(breachReports.id, teamCases.reportId)))
    .where(and(eq(teamCases.departmentId, session.departmentId), eq(teamCases.sessionId, session.id), eq(teamCases.id, caseId)))
    .for('update', { of: teamCases });
  if (!row) throw notFound('Dossier introuvable à l’ordre du jour de cette séance.');
  return row;
}

/** The territory's name, if it is the actor's département's; otherwise 404, as for any foreign id. */
export async function territoryName(ctx: UseCaseContext, territoryId: string): Promise<string> {
  const [row] = await ctx.tx
    .select({ name: territories.name })
    .from(territories)
    .where(and(eq(territories.departmentId, ctx.actor.departmentId), eq(territories.id, territoryId)));
  if (!row) throw notFound('Territoire introuvable.');
  return row.name;
}

/** Cases and opinions on a session's agenda. */
export async function agendaCounts(ctx: UseCaseContext, session: SessionRow): Promise<{ cases: number; opinions: number }> {
  const [row] = await ctx.tx
    .select({ cases: count(), opinions: count(teamCases.opinion) })
    .from(teamCases)
    .where(and(eq(teamCases.departmentId, session.departmentId), eq(teamCases.sessionId, session.id)));
  return { cases: row?.cases ?? 0, opinions: row?.opinions ?? 0 };
}

/**
 * Reports referred to the EP and on no agenda: the département's, of one territory (or all).
 * A report whose territory is unknown may go before any territory's EP.
 */
export function waitingReports(ctx: UseCaseContext, territoryId?: string): SQL {
  return and(
    reportScope(ctx, eq(breachReports.reviewStatus, 'referred_to_ep')),
    territoryId ? sql`(${breachReports.territoryId} = ${territoryId} or ${breachReports.territoryId} is null)` : undefined,
    notExists(ctx.tx.select({ one: sql`1` }).from(teamCases).where(and(eq(teamCases.departmentId, breachReports.departmentId), eq(teamCases.reportId, breachReports.id)))),
  ) as SQL;
}

/** Where the report stands before the EP: already waiting on an agenda, or already heard. */
export async function reportOnAgendas(ctx: UseCaseContext, reportId: string): Promise<{ pending: boolean; heard: boolean }> {
  const rows = await ctx.tx
    .select({ opinion: teamCases.opinion })
    .from(teamCases)
    .where(and(eq(teamCases.departmentId, ctx.actor.departmentId), eq(teamCases.reportId, reportId)));
  return { pending: rows.some((r) => r.opinion === null), heard: rows.some((r) => r.opinion !== null) };
}

/** The session's agenda (one case when asked), in the order cases were put on it, with each person's name and address. */
export function sessionCases(ctx: UseCaseContext, session: SessionRow, caseId?: string) {
  return ctx.tx
    .select({
      kase: teamCases, beneficiaryId: breachReports.beneficiaryId, reviewStatus: breachReports.reviewStatus, personName: personNameSql,
      addressLine: beneficiaries.addressLine, postalCode: beneficiaries.postalCode, commune: communes.name,
    })
    .from(teamCases)
    .innerJoin(breachReports, and(eq(breachReports.departmentId, teamCases.departmentId), eq(breachReports.id, teamCases.reportId)))
    .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, breachReports.departmentId), eq(beneficiaries.id, breachReports.beneficiaryId)))
    .leftJoin(communes, and(eq(communes.departmentId, beneficiaries.departmentId), eq(communes.inseeCode, beneficiaries.communeCode)))
    .where(and(eq(teamCases.departmentId, session.departmentId), eq(teamCases.sessionId, session.id), caseId ? eq(teamCases.id, caseId) : undefined))
    .orderBy(asc(teamCases.createdAt));
}
