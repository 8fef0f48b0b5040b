import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import { departmentSettings, lotSettings } from './schema.js';
import { effectiveSettings } from './rules.js';

/** The effective settings of a département, or of one of its lots. Other capabilities call this. */
export async function readSettings(tx: Executor, departmentId: string, lotId?: string) {
  const [dept] = await tx.select().from(departmentSettings).where(eq(departmentSettings.departmentId, departmentId));
  const lot = lotId
    ? (await tx.select().from(lotSettings).where(and(eq(lotSettings.departmentId, departmentId), eq(lotSettings.lotId, lotId))))[0]
    : undefined;
  return effectiveSettings((dept?.values ?? {}) as Record<string, unknown>, (lot?.values ?? {}) as Record<string, unknown>);
}
