import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { storeDocument } from '../../../platform/files/store.js';
import { frenchToday } from '../../../shared/calendar.js';
import { Id } from '../../../shared/contracts/common.js';
import { AttendanceInput } from '../../../shared/contracts/workshops.js';
import { findInScope } from '../../beneficiaries/store.js';
import { contacts } from '../../contacts/schema.js';
import { contactHeld } from '../../contacts/store.js';
import { workshopRegistrations, workshopSessions } from '../schema.js';
import { findSession } from './sessions.js';

/**
 * Attendance per participant once the session has begun. Each person present gets a collective
 * contact of their own, which counts for the contact rule. A presence recorded is final: its
 * contact may already have been reported.
 */
export const recordAttendance = defineUseCase({
  name: 'workshop.attendance',
  kind: 'command',
  permission: 'workshop:manage',
  input: z.object({ id: Id, data: AttendanceInput }),
  async run(ctx, { id, data }) {
    const session = await findSession(ctx, id, true);
    if (session.startsAt > new Date()) throw new AppError('CONFLICT', 'L’atelier n’a pas encore commencé.');
    const registrations = await ctx.tx
      .select()
      .from(workshopRegistrations)
      .where(and(eq(workshopRegistrations.departmentId, session.departmentId), eq(workshopRegistrations.sessionId, id)));
    const day = frenchToday(session.startsAt);
    const minutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
    for (const item of data.attendance) {
      const registration = registrations.find((r) => r.id === item.registrationId);
      if (!registration || registration.status !== 'registered') throw new AppError('VALIDATION_FAILED', 'Une des personnes n’est pas inscrite à cet atelier.');
      if (registration.attendance === 'present' && item.attendance !== 'present') {
        throw new AppError('CONFLICT', 'Une présence enregistrée ne se modifie plus : elle compte déjà comme contact.');
      }
      let contactId = registration.contactId;
      if (item.attendance === 'present' && !contactId) {
        const person = await findInScope(ctx, registration.beneficiaryId, true);
        const [contact] = await ctx.tx
          .insert(contacts)
          .values({
            departmentId: session.departmentId, beneficiaryId: person.id, providerId: session.providerId, staffUserId: ctx.actor.userId, status: 'held',
            subject: `Atelier collectif : ${session.title}`, happenedOn: day, modality: 'collective', durationMinutes: Math.min(minutes, 1440),
            createdBy: ctx.actor.userId,
          })
          .returning({ id: contacts.id });
        contactId = contact!.id;
        await contactHeld(ctx, person, day, 'collective');
      }
      await ctx.tx
        .update(workshopRegistrations)
        .set({ attendance: item.attendance, contactId })
        .where(and(eq(workshopRegistrations.departmentId, session.departmentId), eq(workshopRegistrations.id, registration.id)));
    }
    await ctx.audit({ action: 'workshop.attendance', entityType: 'workshop_session', entityId: id, details: { recorded: data.attendance.length } });
    return { id, recorded: data.attendance.length };
  },
});

/** The signed attendance sheet, scanned (PDF, PNG or JPEG): the FSE+ proof of attendance. */
export const attachSheetScan = defineUseCase({
  name: 'workshop.attachSheet',
  kind: 'command',
  permission: 'workshop:manage',
  input: z.object({ id: Id, fileName: z.string().trim().min(1).max(200).default('emargement.pdf'), content: z.instanceof(Buffer) }),
  async run(ctx, { id, fileName, content }) {
    const session = await findSession(ctx, id, true);
    const fileId = await storeDocument(ctx.tx, session.departmentId, ctx.actor.userId, fileName, content);
    await ctx.tx
      .update(workshopSessions)
      .set({ sheetScanFileId: fileId, updatedAt: sql`now()` })
      .where(and(eq(workshopSessions.departmentId, session.departmentId), eq(workshopSessions.id, id)));
    await ctx.audit({ action: 'workshop.attachSheet', entityType: 'workshop_session', entityId: id, details: { fileId } });
    return { id };
  },
});
