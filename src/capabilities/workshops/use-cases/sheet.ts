import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { Id } from '../../../shared/contracts/common.js';
import { frenchToday } from '../../../shared/calendar.js';
import { CONTACT_FR } from '../../../shared/contacts-fr.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { printingHeader } from '../../organisations/printing.js';
import { parisClock } from '../../../platform/pdf/format.js';
import { renderAttendanceSheet } from '../document/attendance-pdf.js';
import type { HalfDay } from '../document/model.js';
import { workshopRegistrations } from '../schema.js';
import { findSession } from './sessions.js';


/** A column to sign each half-day the session covers (in France's time). */
function halfDaysOf(startsAt: Date, endsAt: Date): HalfDay[] {
  const days: HalfDay[] = [];
  if (parisClock(startsAt) < '12:00') days.push('morning');
  if (parisClock(endsAt) > '13:00') days.push('afternoon');
  return days;
}

/** The attendance sheet (émargement) of a session, blank to be signed or with the attendance recorded. */
export const printAttendanceSheet = defineUseCase({
  name: 'workshop.sheet',
  kind: 'query',
  permission: 'workshop:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const session = await findSession(ctx, id);
    const participants = await ctx.tx
      .select({ lastName: beneficiaries.lastName, firstNames: beneficiaries.firstNames, attendance: workshopRegistrations.attendance })
      .from(workshopRegistrations)
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, workshopRegistrations.departmentId), eq(beneficiaries.id, workshopRegistrations.beneficiaryId)))
      .where(and(eq(workshopRegistrations.departmentId, session.departmentId), eq(workshopRegistrations.sessionId, id), eq(workshopRegistrations.status, 'registered')))
      .orderBy(asc(beneficiaries.lastName), asc(beneficiaries.firstNames));
    const { department, fundingMention, provider } = await printingHeader(ctx.tx, session.departmentId, session.providerId);
    const pdf = await renderAttendanceSheet({
      department,
      fundingMention,
      provider: provider!,
      workshop: {
        theme: CONTACT_FR.themes[session.theme], title: session.title, date: frenchToday(session.startsAt), startTime: parisClock(session.startsAt),
        endTime: parisClock(session.endsAt), place: session.place, facilitator: session.facilitator,
      },
      halfDays: halfDaysOf(session.startsAt, session.endsAt),
      participants,
      generatedAt: new Date().toISOString(),
    });
    await ctx.audit({ action: 'workshop.sheet', entityType: 'workshop_session', entityId: id, details: { participants: participants.length } });
    return { pdf, fileName: `emargement-${frenchToday(session.startsAt)}.pdf` };
  },
});
