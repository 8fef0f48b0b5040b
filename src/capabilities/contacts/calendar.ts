import { z } from 'zod';
import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import { createEvents, type EventAttributes } from 'ics';
import type { Executor } from '../../platform/db/engine.js';
import { newToken, sha256 } from '../../platform/auth/tokens.js';
import type { Actor } from '../../platform/policy/actor.js';
import { defineUseCase } from '../../platform/usecase/runner.js';
import { DEFAULT_APPOINTMENT_MINUTES, type AppointmentPlace } from '../../shared/contacts.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { sites, users } from '../organisations/schema.js';
import { calendarFeeds, contacts } from './schema.js';

const DAY = 86_400_000;
const PLACES: Record<AppointmentPlace, string> = { site: 'Locaux du PIP', phone: 'Téléphone', video: 'Visioconférence', home: 'Visite à domicile' };

/** Where the staff member goes: the site's name and address, the video link, or the kind of place. */
function locationOf(r: { place: AppointmentPlace | null; videoLink: string | null; siteName: string | null; siteAddress: string | null }): string | undefined {
  if (r.place === 'video' && r.videoLink) return r.videoLink;
  if (r.place === 'site' && r.siteName) return `${r.siteName}, ${r.siteAddress}`;
  return r.place ? PLACES[r.place] : undefined;
}

/** A new private feed URL for the caller; the previous one stops answering. */
export const openCalendarFeed = defineUseCase({
  name: 'calendar.open',
  kind: 'command',
  permission: 'contact:read',
  input: z.object({}),
  async run(ctx) {
    const { departmentId, userId } = ctx.actor;
    await ctx.tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.departmentId, departmentId), eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
    const token = newToken();
    const [feed] = await ctx.tx.insert(calendarFeeds).values({ departmentId, userId, tokenHash: sha256(token) }).returning({ id: calendarFeeds.id });
    await ctx.audit({ action: 'calendar.open', entityType: 'calendar_feed', entityId: feed!.id });
    return { path: `/api/calendar/${departmentId}/${token}` };
  },
});

export const revokeCalendarFeed = defineUseCase({
  name: 'calendar.revoke',
  kind: 'command',
  permission: 'contact:read',
  input: z.object({}),
  async run(ctx) {
    const revoked = await ctx.tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.departmentId, ctx.actor.departmentId), eq(calendarFeeds.userId, ctx.actor.userId), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    await ctx.audit({ action: 'calendar.revoke', entityType: 'calendar_feed', entityId: revoked[0]?.id ?? null });
    return { revoked: revoked.length };
  },
});

/**
 * The feed's owner, from the token in its URL (a credential of its own, like a session cookie):
 * null for an unknown, revoked or malformed token, or an account no longer active.
 */
export async function calendarFeedOwner(db: Executor, departmentId: string, token: string): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/.test(departmentId) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ id: users.id, role: users.role, departmentId: users.departmentId, providerId: users.providerId, active: users.active })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.departmentId, departmentId), eq(calendarFeeds.tokenHash, sha256(token)), isNull(calendarFeeds.revokedAt)));
  if (!row?.active || row.departmentId !== departmentId) return null;
  return { userId: row.id, role: row.role, departmentId, providerId: row.providerId, ip: null };
}

/**
 * The owner's planned appointments, a month back and six ahead. It leaves Parcours for a
 * calendar application: the person appears by initials only, with no subject or notes.
 */
export const readCalendarFeed = defineUseCase({
  name: 'calendar.read',
  kind: 'query',
  permission: 'contact:read',
  input: z.object({}),
  async run(ctx) {
    const now = Date.now();
    const rows = await ctx.tx
      .select({
        id: contacts.id, at: contacts.scheduledAt, minutes: contacts.plannedMinutes, place: contacts.place, videoLink: contacts.videoLink,
        siteName: sites.name, siteAddress: sites.address, lastName: beneficiaries.lastName, firstNames: beneficiaries.firstNames,
      })
      .from(contacts)
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, contacts.departmentId), eq(beneficiaries.id, contacts.beneficiaryId)))
      .leftJoin(sites, and(eq(sites.departmentId, contacts.departmentId), eq(sites.id, contacts.siteId)))
      .where(and(
        eq(contacts.departmentId, ctx.actor.departmentId), eq(contacts.staffUserId, ctx.actor.userId), eq(contacts.status, 'planned'),
        gte(contacts.scheduledAt, new Date(now - 30 * DAY)), lte(contacts.scheduledAt, new Date(now + 180 * DAY)),
      ))
      .orderBy(asc(contacts.scheduledAt));
    const events: EventAttributes[] = rows.map((r) => ({
      uid: `${r.id}@parcours`,
      start: r.at!.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: r.minutes ?? DEFAULT_APPOINTMENT_MINUTES },
      title: `Rendez-vous ${r.firstNames.charAt(0)}. ${r.lastName.charAt(0)}.`,
      location: locationOf(r),
      productId: 'parcours/agenda',
      calName: 'Parcours — mes rendez-vous',
    }));
    await ctx.audit({ action: 'calendar.read', entityType: 'calendar_feed', details: { events: events.length } });
    const { error, value } = createEvents(events, { productId: 'parcours/agenda', calName: 'Parcours — mes rendez-vous' });
    if (error || value === undefined) throw error ?? new Error('calendar feed not generated');
    return value;
  },
});
