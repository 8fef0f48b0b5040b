import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { UseCaseContext } from '../../platform/usecase/runner.js';
import type { IsoDate } from '../../shared/calendar.js';
import type { ContactModality } from '../../shared/contacts.js';
import { changeBeneficiary, transition, type BeneficiaryRow } from '../beneficiaries/store.js';
import { sites } from '../organisations/schema.js';

/** A PIP's sites, its first site first: the order letters fall back on (see appointment-facts.ts). */
export const pipSites = (tx: Executor, departmentId: string, providerId: string) =>
  tx
    .select({ id: sites.id, name: sites.name, address: sites.address, communeCode: sites.communeCode })
    .from(sites)
    .where(and(eq(sites.departmentId, departmentId), eq(sites.providerId, providerId)))
    .orderBy(asc(sites.createdAt), asc(sites.name));

/**
 * A contact took place: the person's last (and maybe first) contact dates move, and a first
 * contact starts the accompaniment (waiting → active), as the referent's first meeting does.
 */
export async function contactHeld(ctx: UseCaseContext, person: BeneficiaryRow, on: IsoDate, modality: ContactModality) {
  const starts = person.pathwayStatus === 'waiting_first_contact';
  const patch = {
    ...(starts ? { pathwayStatus: transition(person, 'first_contact') } : {}),
    ...(!person.lastContactOn || on > person.lastContactOn ? { lastContactOn: on } : {}),
    ...(!person.lastContactByModality[modality] || on > person.lastContactByModality[modality] ? { lastContactByModality: { ...person.lastContactByModality, [modality]: on } } : {}),
    ...(!person.firstContactOn || on < person.firstContactOn ? { firstContactOn: on } : {}),
  };
  if (Object.keys(patch).length === 0) return;
  await changeBeneficiary(ctx, person, { patch, ...(starts ? { event: { kind: 'pathway.first_contact', data: { on, modality } } } : {}) });
}

