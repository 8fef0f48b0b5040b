import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../src/platform/db/engine.js';
import type { PathwayStatus } from '../../src/shared/beneficiaries.js';
import type { ContractKind, ContractStatus } from '../../src/shared/cer.js';

/** Demo people picked by where they stand, for tests that need one of each kind. */
export async function peopleWhere(
  database: Database,
  where: { status: PathwayStatus; referentEmail?: string; providerName?: string; departmentCode?: string },
  limit = 5,
): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await database.db.execute(sql`
      select b.id from beneficiaries b
      join departments d on d.id = b.department_id
      left join users u on u.id = b.referent_id
      left join providers p on p.department_id = b.department_id and p.id = b.provider_id
      where b.pathway_status = ${where.status} and d.code = ${where.departmentCode ?? '84'}
        and (${where.referentEmail ?? null}::text is null or u.email = ${where.referentEmail ?? null})
        and (${where.providerName ?? null}::text is null or p.name = ${where.providerName ?? null})
      order by b.id limit ${limit}`),
  );
  return rows.map((r) => r.id);
}

export async function userId(database: Database, email: string): Promise<string> {
  return rowsOf<{ id: string }>(await database.db.execute(sql`select id from users where email = ${email}`))[0]!.id;
}

/** Demo contracts picked by status and referent (of their person), oldest person id first. */
export async function contractsWhere(database: Database, where: { status: ContractStatus; referentEmail?: string; kind?: ContractKind }, limit = 5): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await database.db.execute(sql`
      select c.id from contracts c
      join beneficiaries b on b.department_id = c.department_id and b.id = c.beneficiary_id
      join departments d on d.id = c.department_id
      left join users u on u.id = b.referent_id
      where c.status = ${where.status} and d.code = '84'
        and (${where.referentEmail ?? null}::text is null or u.email = ${where.referentEmail ?? null})
        and (${where.kind ?? null}::text is null or c.kind = ${where.kind ?? null})
      order by b.id limit ${limit}`),
  );
  return rows.map((r) => r.id);
}

/** The first of these people with no appointment planned: the demo plans some, a test may want a clean slate. */
export async function firstWithoutPlannedAppointment(database: Database, ids: string[]): Promise<string> {
  const rows = rowsOf<{ id: string }>(
    await database.db.execute(sql`
      select b.id from unnest(array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]) with ordinality as b(id, n)
      where not exists (select 1 from contacts c where c.beneficiary_id = b.id and c.status = 'planned')
      order by b.n limit 1`),
  );
  if (!rows[0]) throw new Error('every person given has an appointment planned');
  return rows[0].id;
}
