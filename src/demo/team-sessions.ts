import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/engine.js';
import { addDays, type IsoDate } from '../shared/calendar.js';
import { breachReportAbsences, breachReports, breachSteps, teamCases, teamSessions } from '../capabilities/compliance/schema.js';
import { BREACH_KIND_LABELS } from '../capabilities/compliance/use-cases/letters.js';
import { fileSummary } from '../capabilities/team-sessions/summary.js';
import { users } from '../capabilities/organisations/schema.js';

/**
 * One session of the équipe pluridisciplinaire in ten days, in the territory of the first report
 * referred to it, with that report on its agenda (its summary prefilled as the screen does); the
 * other referred report waits for a session, so the session shows as « to prepare ».
 */
export async function seedDemoTeamSessions(db: Db, departmentId: string, today: IsoDate): Promise<void> {
  await db.transaction(async (tx) => {
    const [officer] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'insertion@vaucluse.example'));
    const [report] = await tx
      .select()
      .from(breachReports)
      .where(and(eq(breachReports.departmentId, departmentId), eq(breachReports.reviewStatus, 'referred_to_ep')))
      .orderBy(asc(breachReports.reportedAt), asc(breachReports.facts))
      .limit(1);
    if (!officer || !report?.territoryId) return;
    const ofReport = (t: typeof breachSteps | typeof breachReportAbsences) => and(eq(t.departmentId, departmentId), eq(t.reportId, report.id));
    const steps = await tx.select({ event: breachSteps.event, on: breachSteps.on, note: breachSteps.note }).from(breachSteps).where(ofReport(breachSteps)).orderBy(asc(breachSteps.recordedAt));
    const absences = await tx.select({ on: breachReportAbsences.happenedOn }).from(breachReportAbsences).where(ofReport(breachReportAbsences));
    const [session] = await tx
      .insert(teamSessions)
      .values({
        departmentId, territoryId: report.territoryId, heldOn: addDays(today, 10), startsAt: '14:00', place: 'Hôtel du Département, salle Pétrarque',
        members: ['Claire Martin — Conseillère départementale déléguée à l’insertion', 'Paul Roche — France Travail', 'Anne Dubois — CAF de Vaucluse', 'Sophie Laurent — Représentante des bénéficiaires du RSA'],
        createdBy: officer.id,
      })
      .returning({ id: teamSessions.id });
    await tx.insert(teamCases).values({
      departmentId, sessionId: session!.id, reportId: report.id,
      summary: fileSummary({ kind: BREACH_KIND_LABELS[report.kind], facts: report.facts, factsFrom: report.factsFrom, factsTo: report.factsTo, absences: absences.map((a) => a.on), steps }),
    });
  });
}
