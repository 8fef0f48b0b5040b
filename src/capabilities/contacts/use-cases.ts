import { z } from 'zod';
import { and, desc, eq, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { frenchToday } from '../../shared/calendar.js';
import { Id } from '../../shared/contracts/common.js';
import { AppointmentInput, ContactInput, OutcomeInput, type ContactView } from '../../shared/contracts/contacts.js';
import { assertNotInFuture, findInScope, today, type BeneficiaryRow } from '../beneficiaries/store.js';
import { appointmentSite } from '../../shared/appointment-site.js';
import type { AppointmentPlace } from '../../shared/contacts.js';
import { contactHeld, pipSites } from './store.js';
import { sites, users } from '../organisations/schema.js';
import { contacts } from './schema.js';
import { cancelReminders } from '../reminders/schedule.js';
import { remindersOf } from '../reminders/use-cases.js';

const FOLLOWED = ['waiting_first_contact', 'active', 'suspended'];

/** The person, locked, if the actor's PIP follows them now: contacts are the PIP's to record. */
async function followedPerson(ctx: UseCaseContext, id: string): Promise<BeneficiaryRow> {
  const person = await findInScope(ctx, id, true);
  if (!FOLLOWED.includes(person.pathwayStatus) || !person.providerId) {
    throw new AppError('CONFLICT', 'Les contacts se notent pour une personne accompagnée par un PIP.');
  }
  return person;
}

/** The site an appointment takes place at (see appointmentSite); a site of another PIP is refused on its field. */
async function siteOfPip(ctx: UseCaseContext, place: AppointmentPlace, requested: string | null, departmentId: string, providerId: string) {
  const site = appointmentSite(place, requested, (await pipSites(ctx.tx, departmentId, providerId)).map((s) => s.id));
  if (!site.ok) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'siteId', message: site.message }]);
  return site.siteId;
}

export const planAppointment = defineUseCase({
  name: 'contact.plan',
  kind: 'command',
  permission: 'contact:manage',
  input: z.object({ beneficiaryId: Id, data: AppointmentInput }),
  async run(ctx, { beneficiaryId, data }) {
    const person = await followedPerson(ctx, beneficiaryId);
    const siteId = await siteOfPip(ctx, data.place, data.siteId, person.departmentId, person.providerId!);
    const [row] = await ctx.tx
      .insert(contacts)
      .values({
        departmentId: person.departmentId, beneficiaryId, providerId: person.providerId!, staffUserId: ctx.actor.userId, status: 'planned',
        subject: data.subject, scheduledAt: new Date(data.scheduledAt), plannedMinutes: data.plannedMinutes, place: data.place, siteId,
        videoLink: data.videoLink, createdBy: ctx.actor.userId,
      })
      .returning({ id: contacts.id });
    await ctx.audit({ action: 'contact.plan', entityType: 'contact', entityId: row!.id, details: { beneficiaryId } });
    return { id: row!.id };
  },
});

export const recordContact = defineUseCase({
  name: 'contact.record',
  kind: 'command',
  permission: 'contact:manage',
  input: z.object({ beneficiaryId: Id, data: ContactInput }),
  async run(ctx, { beneficiaryId, data }) {
    assertNotInFuture(data.on);
    const person = await followedPerson(ctx, beneficiaryId);
    const [row] = await ctx.tx
      .insert(contacts)
      .values({
        departmentId: person.departmentId, beneficiaryId, providerId: person.providerId!, staffUserId: ctx.actor.userId, status: 'held',
        subject: data.subject, happenedOn: data.on, modality: data.modality, durationMinutes: data.durationMinutes, summary: data.summary,
        createdBy: ctx.actor.userId,
      })
      .returning({ id: contacts.id });
    await contactHeld(ctx, person, data.on, data.modality);
    await ctx.audit({ action: 'contact.record', entityType: 'contact', entityId: row!.id, details: { beneficiaryId, modality: data.modality } });
    return { id: row!.id };
  },
});

/** What happened to a planned appointment; a moved one leaves a new appointment behind it. */
export const recordOutcome = defineUseCase({
  name: 'contact.outcome',
  kind: 'command',
  permission: 'contact:manage',
  input: z.object({ id: Id, data: OutcomeInput }),
  async run(ctx, { id, data }) {
    const [appointment] = await ctx.tx.select().from(contacts).where(inScope(ctx.actor, contacts, eq(contacts.id, id))).for('update');
    if (!appointment) throw notFound('Rendez-vous introuvable.');
    const person = await followedPerson(ctx, appointment.beneficiaryId);
    if (appointment.status !== 'planned') throw new AppError('CONFLICT', 'Ce rendez-vous a déjà une issue enregistrée.');
    const day = frenchToday(appointment.scheduledAt!);
    const where = and(eq(contacts.departmentId, appointment.departmentId), eq(contacts.id, id));
    const set = (values: Partial<typeof contacts.$inferInsert>) =>
      ctx.tx.update(contacts).set({ ...values, status: data.outcome, updatedAt: new Date() }).where(where);
    let movedTo: string | null = null;
    switch (data.outcome) {
      case 'held':
        if (day > today()) throw new AppError('CONFLICT', 'Ce rendez-vous n’a pas encore eu lieu.');
        await set({ happenedOn: day, modality: data.modality, durationMinutes: data.durationMinutes ?? appointment.plannedMinutes, summary: data.summary });
        await contactHeld(ctx, person, day, data.modality);
        break;
      case 'excused_absence':
      case 'cancelled':
        await set({ happenedOn: day, reason: data.reason });
        break;
      case 'unexcused_absence':
        await set({ happenedOn: day });
        break;
      case 'moved': {
        const siteId = data.siteId === null ? appointment.siteId : await siteOfPip(ctx, appointment.place!, data.siteId, appointment.departmentId, appointment.providerId);
        await set({ reason: data.reason });
        const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = appointment;
        const [next] = await ctx.tx
          .insert(contacts)
          .values({ ...copy, status: 'planned', scheduledAt: new Date(data.scheduledAt), siteId, movedFromId: id, createdBy: ctx.actor.userId })
          .returning({ id: contacts.id });
        movedTo = next!.id;
      }
    }
    // Whatever happened, this appointment's reminders that have not left are no longer true.
    await cancelReminders(ctx.tx, appointment.departmentId, id, new Date());
    await ctx.audit({ action: `contact.${data.outcome}`, entityType: 'contact', entityId: id, details: { beneficiaryId: appointment.beneficiaryId } });
    return { id, status: data.outcome, movedTo };
  },
});

/** The person's contacts, newest first, with the dates of unexcused absences (facts for a breach report). */
export const listPersonContacts = defineUseCase({
  name: 'contact.list',
  kind: 'query',
  permission: 'contact:read',
  input: z.object({ beneficiaryId: Id }),
  async run(ctx, { beneficiaryId }) {
    const person = await findInScope(ctx, beneficiaryId);
    const rows = await ctx.tx
      .select({ contact: contacts, staffName: users.displayName, siteName: sites.name })
      .from(contacts)
      .innerJoin(users, eq(users.id, contacts.staffUserId))
      .leftJoin(sites, and(eq(sites.departmentId, contacts.departmentId), eq(sites.id, contacts.siteId)))
      .where(inScope(ctx.actor, contacts, eq(contacts.beneficiaryId, beneficiaryId)))
      .orderBy(desc(sql`coalesce(${contacts.happenedOn}, (${contacts.scheduledAt} at time zone 'Europe/Paris')::date)`), desc(contacts.createdAt));
    await ctx.audit({ action: 'contact.list', entityType: 'beneficiary', entityId: beneficiaryId });
    const reminders = await remindersOf(ctx, rows.filter((r) => r.contact.scheduledAt !== null).map((r) => r.contact.id));
    const views: ContactView[] = rows.map(({ contact: c, staffName, siteName }) => ({
      id: c.id, status: c.status, subject: c.subject, scheduledAt: c.scheduledAt?.toISOString() ?? null, plannedMinutes: c.plannedMinutes,
      place: c.place, siteId: c.siteId, siteName, videoLink: c.videoLink, happenedOn: c.happenedOn, modality: c.modality, durationMinutes: c.durationMinutes,
      summary: c.summary, reason: c.reason, movedFromId: c.movedFromId, staffName, reminders: reminders.get(c.id) ?? [],
    }));
    // Where the next appointment may take place: the sites of the PIP following the person now.
    const siteList = person.providerId ? await pipSites(ctx.tx, person.departmentId, person.providerId) : [];
    return { contacts: views, unexcusedAbsences: views.filter((v) => v.status === 'unexcused_absence').map((v) => v.happenedOn!), sites: siteList };
  },
});
