import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/engine.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { communes, providers, sites, users } from '../organisations/schema.js';
import { contacts } from './schema.js';

const referents = alias(users, 'referent_user');

/**
 * An appointment with what a letter or a reminder says about it: the person (name, addresses),
 * the PIP and the site's address, who meets the person and their référent. Reminders and the convocation
 * letter read the same facts, so they never disagree.
 */
export const appointmentFactsColumns = {
  id: contacts.id,
  departmentId: contacts.departmentId,
  beneficiaryId: contacts.beneficiaryId,
  providerId: contacts.providerId,
  status: contacts.status,
  subject: contacts.subject,
  scheduledAt: contacts.scheduledAt,
  plannedMinutes: contacts.plannedMinutes,
  place: contacts.place,
  videoLink: contacts.videoLink,
  lotId: beneficiaries.lotId,
  pathwayStatus: beneficiaries.pathwayStatus,
  civility: beneficiaries.civility,
  firstNames: beneficiaries.firstNames,
  lastName: beneficiaries.lastName,
  email: beneficiaries.email,
  phone: beneficiaries.phone,
  addressLine: beneficiaries.addressLine,
  postalCode: beneficiaries.postalCode,
  communeName: communes.name,
  noFixedAddress: beneficiaries.noFixedAddress,
  providerName: providers.name,
  /** The site the appointment names, if any. */
  siteAddress: sites.address,
  /** The PIP's first site (same order as pipSites): where an appointment naming no site was said to take place. */
  firstSiteAddress: sql<string | null>`(select s.address from provider_sites s where s.department_id = ${contacts.departmentId}
    and s.provider_id = ${contacts.providerId} order by s.created_at, s.name limit 1)`,
  staffName: users.displayName,
  referentName: referents.displayName,
};

/** Appointments matching `where`, with their facts and any extra columns the caller needs. */
export function selectAppointmentFacts<Extra extends Record<string, SQL.Aliased | SQL>>(tx: Executor, where: SQL | undefined, extra?: Extra) {
  return tx
    .select({ ...appointmentFactsColumns, ...(extra ?? ({} as Extra)) })
    .from(contacts)
    .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, contacts.departmentId), eq(beneficiaries.id, contacts.beneficiaryId)))
    .innerJoin(providers, and(eq(providers.departmentId, contacts.departmentId), eq(providers.id, contacts.providerId)))
    .innerJoin(users, eq(users.id, contacts.staffUserId))
    .leftJoin(sites, and(eq(sites.departmentId, contacts.departmentId), eq(sites.id, contacts.siteId)))
    .leftJoin(referents, eq(referents.id, beneficiaries.referentId))
    .leftJoin(communes, and(eq(communes.departmentId, beneficiaries.departmentId), eq(communes.inseeCode, beneficiaries.communeCode)))
    .where(where);
}

export type AppointmentFacts = Awaited<ReturnType<typeof selectAppointmentFacts>>[number];
