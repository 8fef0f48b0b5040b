import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { Id } from '../../../shared/contracts/common.js';
import { frenchToday } from '../../../shared/calendar.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { departments, providers } from '../../organisations/schema.js';
import { readSettings } from '../../organisations/settings-queries.js';
import { parisClock } from '../../../platform/pdf/format.js';
import { renderAttendanceSheet } from '../document/attendance-pdf.js';
import type { HalfDay } from '../document/model.js';
import { workshopRegistrations } from '../schema.js';
import { findSession } from './sessions.js';

const THEMES = {
  cv: 'CV et lettre de motivation', job_interview: 'Entretien d’embauche', digital_skills: 'Compétences numériques', mobility: 'Mobilité',
  discovering_trades: 'Découverte des métiers', other: 'Autre',
} as const;


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
    const [department] = await ctx.tx.select().from(departments).where(eq(departments.id, session.departmentId));
    const [provider] = await ctx.tx.select().from(providers).where(and(eq(providers.departmentId, session.departmentId), eq(providers.id, session.providerId)));
    const { values } = await readSettings(ctx.tx, session.departmentId);
    const pdf = await renderAttendanceSheet({
      department: { name: department!.name, code: department!.code, brandName: values.brandName, primaryColor: values.primaryColor },
      fundingMention: values.fseFundingMention,
      provider: { name: provider!.name },
      workshop: {
        theme: THEMES[session.theme], title: session.title, date: frenchToday(session.startsAt), startTime: parisClock(session.startsAt),
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
