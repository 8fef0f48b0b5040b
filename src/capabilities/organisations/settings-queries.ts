import { and, eq, sql, type AnyColumn } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import { departments, departmentSettings, lotSettings } from './schema.js';
import { effectiveSettings } from './rules.js';

/**
 * The effective settings of a département, or of one of its lots, with the département's code
 * (public holidays depend on it). One query: it runs on most requests. Other capabilities call this.
 */
export async function readSettings(tx: Executor, departmentId: string, lotId?: string) {
  const [row] = await tx
    .select({ code: departments.code, departmentValues: departmentSettings.values, lotValues: lotSettings.values })
    .from(departments)
    .leftJoin(departmentSettings, eq(departmentSettings.departmentId, departments.id))
    .leftJoin(lotSettings, and(eq(lotSettings.departmentId, departments.id), lotId ? eq(lotSettings.lotId, lotId) : sql`false`))
    .where(eq(departments.id, departmentId));
  return {
    ...effectiveSettings((row?.departmentValues ?? {}) as Record<string, unknown>, (row?.lotValues ?? {}) as Record<string, unknown>),
    departmentCode: row?.code ?? '',
  };
}

/**
 * The same settings as columns of the caller's own select (scalar subqueries), for pages read all
 * day long: one statement fewer than readSettings. `settingsOf` turns them into the effective values.
 */
export const settingsColumns = (departmentId: AnyColumn, lotId: AnyColumn) => ({
  departmentCode: sql<string>`(select d.code from departments d where d.id = ${departmentId})`,
  departmentValues: sql<Record<string, unknown> | null>`(select s.values from department_settings s where s.department_id = ${departmentId})`,
  lotValues: sql<Record<string, unknown> | null>`(select l.values from lot_settings l where l.department_id = ${departmentId} and l.lot_id = ${lotId})`,
});

export const settingsOf = (c: { departmentCode: string; departmentValues: Record<string, unknown> | null; lotValues: Record<string, unknown> | null }) => ({
  ...effectiveSettings(c.departmentValues ?? {}, c.lotValues ?? {}),
  departmentCode: c.departmentCode,
});
