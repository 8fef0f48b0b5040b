import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../src/platform/db/engine.js';
import type { Session, TestApp } from './app.js';

export interface AidPerson {
  beneficiaryId: string;
  objectiveId: string;
}

/** Demo people of a referent (or of a PIP) with a contract in force and no aid request yet, and an objective of that contract. */
export async function aidPeople(database: Database, where: { referentEmail?: string; providerName?: string }, limit = 5): Promise<AidPerson[]> {
  return rowsOf<AidPerson>(
    await database.db.execute(sql`
      select b.id as "beneficiaryId", (select o.id from contract_objectives o where o.department_id = c.department_id and o.contract_id = c.id order by o.position limit 1) as "objectiveId"
      from contracts c
      join beneficiaries b on b.department_id = c.department_id and b.id = c.beneficiary_id
      join users u on u.id = b.referent_id
      join providers p on p.department_id = b.department_id and p.id = b.provider_id
      join departments d on d.id = c.department_id
      where c.status = 'in_force' and d.code = '84'
        and (${where.referentEmail ?? null}::text is null or u.email = ${where.referentEmail ?? null})
        and (${where.providerName ?? null}::text is null or p.name = ${where.providerName ?? null})
        and not exists (select 1 from aid_requests a where a.department_id = b.department_id and a.beneficiary_id = b.id)
      order by b.id limit ${limit}`),
  );
}

export const aidRequest = (person: AidPerson, over: Record<string, unknown> = {}) => ({
  aidType: 'driving_licence', requestedCents: 80_000, objectiveId: person.objectiveId, purpose: 'Leçons de conduite',
  justification: 'Le poste proposé exige le permis B.', payee: 'supplier', supplierName: 'Auto-école Mistral', consent: true, ...over,
});

/** A small real PDF header: what the upload check reads. */
export const PDF = Buffer.from('%PDF-1.4\n%devis auto-ecole\n1 0 obj << >> endobj\n%%EOF\n');

/** A draft request with its estimate attached, ready to submit. */
export async function preparedAid(t: TestApp, referent: Session, person: AidPerson, over: Record<string, unknown> = {}): Promise<string> {
  const created = await t.request('POST', `/api/beneficiaries/${person.beneficiaryId}/aids`, referent, aidRequest(person, over));
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  const doc = await t.request('POST', `/api/aids/${id}/documents?kind=estimate&fileName=devis.pdf`, referent, PDF);
  if (doc.statusCode !== 201) throw new Error(doc.body);
  return id;
}

/** A request moved through the given steps: submitted by the referent, then each decision of the officer. */
export async function aidAt(t: TestApp, referent: Session, officer: Session, person: AidPerson, steps: Record<string, unknown>[], over: Record<string, unknown> = {}): Promise<string> {
  const id = await preparedAid(t, referent, person, over);
  const submitted = await t.request('POST', `/api/aids/${id}/submit`, referent);
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
  for (const step of steps) {
    const res = await t.request('POST', `/api/aids/${id}/decision`, officer, step);
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  return id;
}
