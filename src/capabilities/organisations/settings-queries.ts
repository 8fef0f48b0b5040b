import { and, eq, sql } from 'drizzle-orm';
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
