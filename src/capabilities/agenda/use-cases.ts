import { and, asc, eq, gt, gte, inArray, isNull, lt } from 'drizzle-orm';
import { parseDate, toZoned } from '@internationalized/date';
import { defineUseCase, type UseCaseContext } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { addDays, type IsoDate } from '../../shared/calendar.js';
import { DEFAULT_APPOINTMENT_MINUTES } from '../../shared/contacts.js';
import { AgendaQuery, type AgendaItem } from '../../shared/contracts/agenda.js';
import type { z } from 'zod';
import { beneficiaries } from '../beneficiaries/schema.js';
import { personNameSql } from '../beneficiaries/store.js';
import { calendarFeeds, contacts } from '../contacts/schema.js';
import { staffOf } from '../organisations/queries.js';
import { sites } from '../organisations/schema.js';
import { workshopSessions } from '../workshops/schema.js';
import { findConflicts } from './conflicts.js';

type Item = z.infer<typeof AgendaItem>;
const MINUTE = 60_000;
/** Midnight in Paris starting the given day, as an instant. */
const parisMidnight = (day: IsoDate): Date => toZoned(parseDate(day), 'Europe/Paris').toDate();
/** A cancelled or moved appointment is shown, but frees its slot: it cannot clash. */
const occupies = (item: Item) => item.status !== 'cancelled' && item.status !== 'moved';

/**
 * Whose agenda the actor reads: a referent only their own (a colleague's is out of their scope,
 * so not found); a PIP manager anyone of their PIP's team, or the whole team when none is named.
 */
async function whoseAgenda(ctx: UseCaseContext, staffUserId: string | undefined) {
  const { actor } = ctx;
  if (!actor.providerId) throw new AppError('FORBIDDEN');
  const team = await staffOf(ctx.tx, actor.departmentId, actor.providerId);
  if (actor.role === 'referent') {
    if (staffUserId && staffUserId !== actor.userId) throw notFound('Agenda introuvable.');
    return { team: [], shown: team.filter((m) => m.id === actor.userId) };
  }
  if (staffUserId && !team.some((m) => m.id === staffUserId)) throw notFound('Agenda introuvable.');
  return { team, shown: staffUserId ? team.filter((m) => m.id === staffUserId) : team };
}

/**
 * The week or day of one staff member, or of a PIP's whole team: appointments (planned, and
 * those of the period with their outcome) and the workshops they run, each with the items of
 * the same person's agenda it overlaps. PIP staff see the person's name, as in their caseload.
 */
export const readAgenda = defineUseCase({
  name: 'agenda.read',
  kind: 'query',
  permission: 'agenda:read',
  input: AgendaQuery,
  async run(ctx, { from, to, staffUserId }) {
    const { team, shown } = await whoseAgenda(ctx, staffUserId);
    const staffIds = shown.map((m) => m.id);
    const start = parisMidnight(from);
    const end = parisMidnight(addDays(to, 1));
    const appointments = staffIds.length === 0 ? [] : await ctx.tx
      .select({ contact: contacts, personName: personNameSql, siteName: sites.name })
      .from(contacts)
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, contacts.departmentId), eq(beneficiaries.id, contacts.beneficiaryId)))
      .leftJoin(sites, and(eq(sites.departmentId, contacts.departmentId), eq(sites.id, contacts.siteId)))
      .where(inScope(ctx.actor, contacts, inArray(contacts.staffUserId, staffIds), gte(contacts.scheduledAt, start), lt(contacts.scheduledAt, end)))
      .orderBy(asc(contacts.scheduledAt));
    const sessions = staffIds.length === 0 ? [] : await ctx.tx
      .select()
      .from(workshopSessions)
      .where(inScope(ctx.actor, workshopSessions, inArray(workshopSessions.facilitatorUserId, staffIds), lt(workshopSessions.startsAt, end), gt(workshopSessions.endsAt, start)));
    const items: Item[] = [
      ...appointments.map(({ contact: c, personName, siteName }): Item => ({
        id: c.id, kind: 'appointment', staffUserId: c.staffUserId, startsAt: c.scheduledAt!.toISOString(),
        endsAt: new Date(c.scheduledAt!.getTime() + (c.plannedMinutes ?? DEFAULT_APPOINTMENT_MINUTES) * MINUTE).toISOString(),
        title: c.subject, status: c.status, appointmentPlace: c.place, siteName, workshopPlace: null, person: { id: c.beneficiaryId, name: personName }, conflictsWith: [],
      })),
      ...sessions.map((s): Item => ({
        id: s.id, kind: 'workshop', staffUserId: s.facilitatorUserId!, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(),
        title: s.title, status: null, appointmentPlace: null, siteName: null, workshopPlace: s.place, person: null, conflictsWith: [],
      })),
    ].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const conflicts = findConflicts(items.filter(occupies).map((i) => ({ id: i.id, staffUserId: i.staffUserId, start: Date.parse(i.startsAt), end: Date.parse(i.endsAt) })));
    for (const item of items) item.conflictsWith = conflicts.get(item.id) ?? [];

    const [feed] = await ctx.tx
      .select({ id: calendarFeeds.id })
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.departmentId, ctx.actor.departmentId), eq(calendarFeeds.userId, ctx.actor.userId), isNull(calendarFeeds.revokedAt)));
    // People's names and appointments: the read is logged like a caseload's.
    await ctx.audit({ action: 'agenda.read', entityType: 'user', entityId: staffUserId ?? (ctx.actor.role === 'referent' ? ctx.actor.userId : null), details: { from, to, items: items.length } });
    return {
      from, to,
      staff: shown.map((m) => ({ userId: m.id, displayName: m.displayName, items: items.filter((i) => i.staffUserId === m.id) })),
      team: team.map((m) => ({ userId: m.id, displayName: m.displayName })),
      feedActive: feed !== undefined,
    };
  },
});
