import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import { departments } from './schema.js';
import { effectiveSettings } from './rules.js';

/**
 * The effective settings of a département, or of one of its lots, with the département's code
 * (public holidays depend on it). One query: it runs on most requests. Other capabilities call this.
 */
export async function readSettings(tx: Executor, departmentId: string, lotId?: string) {
  const [row] = await tx
    .select(settingsColumns(sql`${departmentId}::uuid`, sql`${lotId ?? null}::uuid`))
    .from(departments)
    .where(eq(departments.id, departmentId));
  return settingsOf(row ?? { departmentCode: '', departmentValues: null, lotValues: null });
}

/**
 * The same settings as columns of the caller's own select (scalar subqueries), for pages read all
 * day long, so the settings come with the page's own statement. `settingsOf` turns them into the effective values.
 */
export const settingsColumns = (departmentId: AnyColumn | SQL, lotId: AnyColumn | SQL) => ({
  departmentCode: sql<string>`(select d.code from departments d where d.id = ${departmentId})`,
  departmentValues: sql<Record<string, unknown> | null>`(select s.values from department_settings s where s.department_id = ${departmentId})`,
  lotValues: sql<Record<string, unknown> | null>`(select l.values from lot_settings l where l.department_id = ${departmentId} and l.lot_id = ${lotId})`,
});

export const settingsOf = (c: { departmentCode: string; departmentValues: Record<string, unknown> | null; lotValues: Record<string, unknown> | null }) => ({
  ...effectiveSettings(c.departmentValues ?? {}, c.lotValues ?? {}),
  departmentCode: c.departmentCode,
});
