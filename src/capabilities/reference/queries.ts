import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import { referenceItems, type REFERENCE_LISTS } from './schema.js';

/** Reads other capabilities need about the reference lists. */
export async function activeLabels(tx: Executor, departmentId: string, list: (typeof REFERENCE_LISTS)[number]): Promise<string[]> {
  const rows = await tx
    .select({ label: referenceItems.label })
    .from(referenceItems)
    .where(and(eq(referenceItems.departmentId, departmentId), eq(referenceItems.list, list), eq(referenceItems.active, true)));
  return rows.map((r) => r.label);
}
