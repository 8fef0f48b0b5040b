import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/engine.js';
import { addDays, type IsoDate } from '../shared/calendar.js';
import type { ExitSituation } from '../shared/exits.js';
import { beneficiaries, pathwayEvents } from '../capabilities/beneficiaries/schema.js';
import { computeAlerts } from '../capabilities/beneficiaries/alerts.js';
import { exitResults } from '../capabilities/exits/schema.js';
import { departments } from '../capabilities/organisations/schema.js';
import { readSettings } from '../capabilities/organisations/settings-queries.js';

/** What the demo records for the people who left, in turn; null leaves the situation missing (the alert shows once it is due). */
const RESULTS: ({ situation: ExitSituation; contract?: 'cdi' | 'cdd'; months?: number; evaluated: boolean } | null)[] = [
  { situation: 'employment', contract: 'cdi', evaluated: true },
  null,
  { situation: 'employment', contract: 'cdd', months: 6, evaluated: false },
  { situation: 'education_training', evaluated: true },
  null,
  { situation: 'job_searching', evaluated: false },
];

/**
 * The exits of the demo people whose accompaniment ended: some with their situation at exit (and
 * a few closed by the final evaluation), the others still missing it, as if the screens had made them.
 */
export async function seedDemoExits(db: Db, departmentId: string, today: IsoDate): Promise<void> {
  await db.transaction(async (tx) => {
    const [dept] = await tx.select().from(departments).where(eq(departments.id, departmentId));
    const settings = (await readSettings(tx, departmentId)).values;
    const people = await tx
      .select()
      .from(beneficiaries)
      .where(and(eq(beneficiaries.departmentId, departmentId), eq(beneficiaries.pathwayStatus, 'ended')))
      .orderBy(asc(beneficiaries.lastName), asc(beneficiaries.firstNames));
    for (const [i, person] of people.entries()) {
      const demo = RESULTS[i % RESULTS.length];
      if (!demo || !person.endedOn || !person.referentId || !person.providerId) continue;
      const on = [addDays(person.endedOn, 7), today].sort()[0]!;
      await tx.insert(exitResults).values({
        departmentId, beneficiaryId: person.id, providerId: person.providerId, endedOn: person.endedOn, situation: demo.situation, situationOn: on,
        employmentContract: demo.contract ?? null, employmentMonths: demo.months ?? null, recordedBy: person.referentId,
        ...(demo.evaluated ? { finalEvaluation: 'Objectifs du contrat atteints ; la personne n’a plus besoin d’accompagnement.', evaluatedOn: on, evaluatedBy: person.referentId, evaluatedAt: new Date(`${on}T11:00:00Z`) } : {}),
      });
      const alerts = computeAlerts({ ...person, exitSituationOn: on }, settings, today, dept!.code).map((a) => a.kind);
      await tx.update(beneficiaries).set({ exitSituationOn: on, alerts }).where(and(eq(beneficiaries.departmentId, departmentId), eq(beneficiaries.id, person.id)));
      await tx.insert(pathwayEvents).values([
        { departmentId, beneficiaryId: person.id, kind: 'exit.situation', actorUserId: person.referentId, occurredAt: new Date(`${on}T10:00:00Z`), data: { on, situation: demo.situation } },
        ...(demo.evaluated ? [{ departmentId, beneficiaryId: person.id, kind: 'exit.closed', actorUserId: person.referentId, occurredAt: new Date(`${on}T11:00:00Z`), data: { on } }] : []),
      ]);
    }
  });
}
