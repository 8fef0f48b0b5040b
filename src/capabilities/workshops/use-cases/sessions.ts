import { z } from 'zod';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { RegistrationInput, SessionInput } from '../../../shared/contracts/workshops.js';
import type { RegistrationStatus } from '../../../shared/contacts.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { findInScope, personNameSql } from '../../beneficiaries/store.js';
import { activeStaffMember } from '../../organisations/queries.js';
import { workshopRegistrations, workshopSessions } from '../schema.js';

export type SessionRow = typeof workshopSessions.$inferSelect;

/** The session if it is the actor's PIP's (the scope adds the provider for PIP staff). */
export async function findSession(ctx: UseCaseContext, id: string, forUpdate = false): Promise<SessionRow> {
  const query = ctx.tx.select().from(workshopSessions).where(inScope(ctx.actor, workshopSessions, eq(workshopSessions.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Atelier introuvable.');
  return row;
}

// Qualified by hand: in a single-table select drizzle writes bare column names, which inside
// this subquery would name the registration's own columns.
const counted = (status: 'registered' | 'waiting') =>
  sql<number>`(select count(*)::int from workshop_registrations r where r.department_id = "workshop_sessions"."department_id" and r.session_id = "workshop_sessions"."id" and r.status = ${status})`;

const view = (s: SessionRow & { registered: number; waiting: number }) => ({
  id: s.id, theme: s.theme, title: s.title, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), place: s.place,
  capacity: s.capacity, facilitator: s.facilitator, registered: s.registered, waiting: s.waiting, hasSheetScan: s.sheetScanFileId !== null,
});

export const createSession = defineUseCase({
  name: 'workshop.create',
  kind: 'command',
  permission: 'workshop:manage',
  input: SessionInput,
  async run(ctx, data) {
    if (!ctx.actor.providerId) throw new AppError('FORBIDDEN');
    const facilitatorUserId = data.facilitatorUserId ?? ctx.actor.userId;
    if (!(await activeStaffMember(ctx.tx, ctx.actor.departmentId, ctx.actor.providerId, facilitatorUserId))) {
      throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'facilitatorUserId', message: 'Choisissez un membre actif de l’équipe du PIP' }]);
    }
    const [row] = await ctx.tx
      .insert(workshopSessions)
      .values({ ...data, facilitatorUserId, departmentId: ctx.actor.departmentId, providerId: ctx.actor.providerId, startsAt: new Date(data.startsAt), endsAt: new Date(data.endsAt), createdBy: ctx.actor.userId })
      .returning({ id: workshopSessions.id });
    await ctx.audit({ action: 'workshop.create', entityType: 'workshop_session', entityId: row!.id });
    return { id: row!.id };
  },
});

/** The PIP's sessions, the latest first. */
export const listSessions = defineUseCase({
  name: 'workshop.list',
  kind: 'query',
  permission: 'workshop:read',
  input: z.object({}),
  async run(ctx) {
    const rows = await ctx.tx
      .select({ session: workshopSessions, registered: counted('registered'), waiting: counted('waiting') })
      .from(workshopSessions)
      .where(inScope(ctx.actor, workshopSessions))
      .orderBy(desc(workshopSessions.startsAt))
      .limit(200);
    return rows.map((r) => view({ ...r.session, registered: r.registered, waiting: r.waiting }));
  },
});

/** A session with its participants: a list of people, so reading it is logged. */
export const readSession = defineUseCase({
  name: 'workshop.read',
  kind: 'query',
  permission: 'workshop:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const session = await findSession(ctx, id);
    const registrations = await ctx.tx
      .select({
        id: workshopRegistrations.id, beneficiaryId: workshopRegistrations.beneficiaryId, status: workshopRegistrations.status,
        attendance: workshopRegistrations.attendance, personName: personNameSql,
      })
      .from(workshopRegistrations)
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, workshopRegistrations.departmentId), eq(beneficiaries.id, workshopRegistrations.beneficiaryId)))
      .where(and(eq(workshopRegistrations.departmentId, session.departmentId), eq(workshopRegistrations.sessionId, id)))
      .orderBy(asc(workshopRegistrations.registeredAt));
    await ctx.audit({ action: 'workshop.read', entityType: 'workshop_session', entityId: id });
    const registered = registrations.filter((r) => r.status === 'registered').length;
    return { ...view({ ...session, registered, waiting: registrations.length - registered }), registrations };
  },
});

/**
 * Registers a person the PIP follows. The session row is locked while places are counted, so
 * two people registering at once cannot both take the last place: the second one waits.
 */
export const registerPerson = defineUseCase({
  name: 'workshop.register',
  kind: 'command',
  permission: 'workshop:manage',
  input: z.object({ id: Id, data: RegistrationInput }),
  async run(ctx, { id, data }) {
    const session = await findSession(ctx, id, true);
    const person = await findInScope(ctx, data.beneficiaryId);
    if (person.providerId !== session.providerId || !['waiting_first_contact', 'active', 'suspended'].includes(person.pathwayStatus)) {
      throw new AppError('CONFLICT', 'Cette personne n’est pas accompagnée par le PIP qui organise l’atelier.');
    }
    const [{ taken } = { taken: 0 }] = await ctx.tx
      .select({ taken: count() })
      .from(workshopRegistrations)
      .where(and(eq(workshopRegistrations.departmentId, session.departmentId), eq(workshopRegistrations.sessionId, id), eq(workshopRegistrations.status, 'registered')));
    const status: RegistrationStatus = taken < session.capacity ? 'registered' : 'waiting';
    const [row] = await ctx.tx
      .insert(workshopRegistrations)
      .values({ departmentId: session.departmentId, sessionId: id, beneficiaryId: person.id, status, registeredBy: ctx.actor.userId })
      .returning({ id: workshopRegistrations.id });
    await ctx.audit({ action: 'workshop.register', entityType: 'workshop_session', entityId: id, details: { beneficiaryId: person.id, status } });
    return { id: row!.id, status };
  },
});
