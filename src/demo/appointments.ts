import { and, asc, eq } from 'drizzle-orm';
import { parseDate, toCalendarDateTime, toZoned, Time } from '@internationalized/date';
import type { Db } from '../platform/db/engine.js';
import { addWorkingDays, type IsoDate } from '../shared/calendar.js';
import { beneficiaries } from '../capabilities/beneficiaries/schema.js';
import { contacts } from '../capabilities/contacts/schema.js';
import { pipSites } from '../capabilities/contacts/store.js';
import { departments, users } from '../capabilities/organisations/schema.js';

const SUBJECTS = ['Bilan du mois', 'Préparation du contrat d’engagement', 'Point sur les candidatures', 'Suite de la formation'];

/**
 * Two appointments ahead for each referent's first active people, on site at each of their PIP's
 * sites in turn (a call where the PIP has a single site), so the agenda, the Contacts tab and the
 * convocation show which site. In a fortnight: no reminder is due yet.
 */
export async function seedDemoAppointments(db: Db, departmentId: string, today: IsoDate): Promise<void> {
  await db.transaction(async (tx) => {
    const [dept] = await tx.select().from(departments).where(eq(departments.id, departmentId));
    const referents = await tx.select().from(users).where(and(eq(users.departmentId, departmentId), eq(users.role, 'referent')));
    for (const [r, referent] of referents.entries()) {
      if (!referent.providerId) continue;
      const sites = await pipSites(tx, departmentId, referent.providerId);
      const people = await tx
        .select({ id: beneficiaries.id })
        .from(beneficiaries)
        .where(and(eq(beneficiaries.departmentId, departmentId), eq(beneficiaries.referentId, referent.id), eq(beneficiaries.pathwayStatus, 'active')))
        .orderBy(asc(beneficiaries.lastName), asc(beneficiaries.firstNames))
        .limit(2);
      for (const [i, person] of people.entries()) {
        const day = addWorkingDays(today, 8 + i, dept!.code);
        const site = sites.length > 1 || i === 0 ? sites[(r + i) % sites.length] : undefined;
        await tx.insert(contacts).values({
          departmentId, beneficiaryId: person.id, providerId: referent.providerId, staffUserId: referent.id, status: 'planned',
          subject: SUBJECTS[(r + i) % SUBJECTS.length]!, scheduledAt: toZoned(toCalendarDateTime(parseDate(day), new Time(i === 0 ? 9 : 14, 30)), 'Europe/Paris').toDate(),
          plannedMinutes: 45, place: site ? 'site' : 'phone', siteId: site?.id ?? null, createdBy: referent.id,
        });
      }
    }
  });
}
