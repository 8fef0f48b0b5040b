import { z } from 'zod';
import { and, count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { inScope } from '../../../platform/policy/scope.js';
import { can } from '../../../platform/policy/permissions.js';
import { Id } from '../../../shared/contracts/common.js';
import { SessionInput, SessionQuery, SessionUpdate, type CaseView, type SessionSummary, type SessionView } from '../../../shared/contracts/team-sessions.js';
import { today } from '../../beneficiaries/store.js';
import { breachReports, teamCases, teamSessions } from '../../compliance/schema.js';
import { territories, users } from '../../organisations/schema.js';
import { mayDecide, opinionRefusal, removalRefusal, sessionEditRefusal, sessionPhase, summaryRefusal } from '../rules.js';
import { agendaCounts, findSession, refuse, sessionCases, territoryName, waitingReports, type SessionRow } from '../store.js';

const hour = (t: string) => t.slice(0, 5);

/** Reports waiting for an agenda, per territory (`''`: reports whose territory is unknown, which any territory's EP may hear). */
async function waitingByTerritory(ctx: UseCaseContext): Promise<(territoryId: string) => number> {
  const rows = await ctx.tx
    .select({ territoryId: breachReports.territoryId, n: count() })
    .from(breachReports)
    .where(waitingReports(ctx))
    .groupBy(breachReports.territoryId);
  const of = new Map(rows.map((r) => [r.territoryId ?? '', r.n]));
  return (territoryId) => (of.get(territoryId) ?? 0) + (of.get('') ?? 0);
}

const caseCount = sql<number>`(select count(*)::int from ${teamCases} where ${teamCases.departmentId} = ${teamSessions.departmentId} and ${teamCases.sessionId} = ${teamSessions.id})`;
const opinionCount = sql<number>`(select count(${teamCases.opinion})::int from ${teamCases} where ${teamCases.departmentId} = ${teamSessions.departmentId} and ${teamCases.sessionId} = ${teamSessions.id})`;

/** The sessions of the département, a territory's when asked: to come first (soonest first), then held (latest first). */
export const listSessions = defineUseCase({
  name: 'team.list',
  kind: 'query',
  permission: 'team:read',
  input: SessionQuery,
  async run(ctx, query): Promise<SessionSummary[]> {
    const now = today();
    const rows = await ctx.tx
      .select({ s: teamSessions, territoryName: territories.name, caseCount, opinionCount })
      .from(teamSessions)
      .innerJoin(territories, and(eq(territories.departmentId, teamSessions.departmentId), eq(territories.id, teamSessions.territoryId)))
      .where(inScope(
        ctx.actor,
        teamSessions,
        query.territoryId ? eq(teamSessions.territoryId, query.territoryId) : undefined,
        query.when === 'held' ? lt(teamSessions.heldOn, now) : query.when ? gte(teamSessions.heldOn, now) : undefined,
      ))
      .orderBy(sql`${teamSessions.heldOn} < ${now}`, sql`case when ${teamSessions.heldOn} >= ${now} then ${teamSessions.heldOn} end`, desc(teamSessions.heldOn))
      .limit(500);
    const waiting = await waitingByTerritory(ctx);
    const sessions = rows.map(({ s, territoryName, caseCount, opinionCount }) => {
      const w = waiting(s.territoryId);
      return {
        id: s.id, territoryId: s.territoryId, territoryName, heldOn: s.heldOn, startsAt: hour(s.startsAt), place: s.place,
        phase: sessionPhase(s.heldOn, now, { cases: caseCount, waiting: w }), caseCount, opinionCount, waiting: w,
      };
    });
    return query.when === 'to_prepare' ? sessions.filter((s) => s.phase === 'to_prepare') : sessions;
  },
});

/** A session with its agenda: each case's summary, opinion, and what the officer may do with it now. */
export const readSession = defineUseCase({
  name: 'team.read',
  kind: 'query',
  permission: 'team:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }): Promise<SessionView> {
    const session = await findSession(ctx, id);
    const [creator] = await ctx.tx.select({ name: users.displayName }).from(users).where(eq(users.id, session.createdBy));
    const rows = await sessionCases(ctx, session);
    const now = today();
    const manages = can(ctx.actor.role, 'team:manage');
    const cases: CaseView[] = rows.map(({ kase, beneficiaryId, reviewStatus, personName }) => {
      const facts = { opinion: kase.opinion, reviewStatus };
      const actions = !manages ? [] : ([
        summaryRefusal(facts) === null && 'edit_summary',
        opinionRefusal(session, facts, now) === null && 'record_opinion',
        removalRefusal(session, facts, now) === null && 'remove',
        mayDecide(facts) && 'decide',
      ] as const).filter((a): a is Exclude<typeof a, false> => a !== false);
      return { id: kase.id, reportId: kase.reportId, beneficiaryId, personName, reviewStatus, summary: kase.summary, opinion: kase.opinion, actions };
    });
    const waiting = (await waitingByTerritory(ctx))(session.territoryId);
    const opinions = cases.filter((c) => c.opinion !== null).length;
    await ctx.audit({ action: 'team.read', entityType: 'team_session', entityId: id, details: { beneficiaryIds: rows.map((r) => r.beneficiaryId) } });
    return {
      id, territoryId: session.territoryId, territoryName: await territoryName(ctx, session.territoryId), heldOn: session.heldOn, startsAt: hour(session.startsAt),
      place: session.place, phase: sessionPhase(session.heldOn, now, { cases: cases.length, waiting }), caseCount: cases.length, opinionCount: opinions, waiting,
      members: session.members, version: session.version, createdByName: creator?.name ?? '', cases, datesLocked: opinions > 0,
    };
  },
});

/** Plans a session of a territory's EP. */
export const createSession = defineUseCase({
  name: 'team.create',
  kind: 'command',
  permission: 'team:manage',
  input: SessionInput,
  async run(ctx, data) {
    await territoryName(ctx, data.territoryId);
    const [row] = await ctx.tx
      .insert(teamSessions)
      .values({ departmentId: ctx.actor.departmentId, ...data, createdBy: ctx.actor.userId })
      .returning({ id: teamSessions.id });
    await ctx.audit({ action: 'team.create', entityType: 'team_session', entityId: row!.id, details: { territoryId: data.territoryId, heldOn: data.heldOn } });
    return { id: row!.id, version: 1 };
  },
});

/** Corrects a session: a stale save is refused (409); its day and territory stay once opinions are given. */
export const updateSession = defineUseCase({
  name: 'team.update',
  kind: 'command',
  permission: 'team:manage',
  // The form's fields are `data`'s, so a refused member line lands on the members field.
  input: z.object({ id: Id, version: SessionUpdate.shape.version, data: SessionInput }),
  async run(ctx, { id, version, data }) {
    const before: SessionRow = await findSession(ctx, id, true);
    if (before.version !== version) throw new AppError('CONFLICT', 'La séance a été modifiée entre-temps : rechargez la page.');
    await territoryName(ctx, data.territoryId);
    refuse(sessionEditRefusal(before, data, await agendaCounts(ctx, before)));
    await ctx.tx
      .update(teamSessions)
      .set({ ...data, version: version + 1, updatedAt: new Date() })
      .where(and(eq(teamSessions.departmentId, before.departmentId), eq(teamSessions.id, id)));
    await ctx.audit({ action: 'team.update', entityType: 'team_session', entityId: id, details: { heldOn: data.heldOn } });
    return { id, version: version + 1 };
  },
});
