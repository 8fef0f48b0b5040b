import { and, asc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db/engine.js';
import { readSettings } from '../organisations/settings-queries.js';
import { beneficiaries } from './schema.js';
import { computeAlerts } from './alerts.js';

const BATCH = 1000;

/**
 * Recomputes the alerts of people whose alerts were last computed before `today`: deadlines
 * pass with time even when nothing changes. Runs as a recurring job, one batch per call so that
 * it never holds a long transaction; returns how many rows it refreshed.
 */
export async function refreshStaleAlerts(tx: Tx, today: string): Promise<number> {
  const rows = await tx
    .select()
    .from(beneficiaries)
    .where(or(isNull(beneficiaries.alertsComputedOn), lt(beneficiaries.alertsComputedOn, today)))
    .orderBy(asc(beneficiaries.departmentId), asc(beneficiaries.id))
    .limit(BATCH);
  const settings = new Map<string, Awaited<ReturnType<typeof readSettings>>>();
  for (const row of rows) {
    const key = `${row.departmentId}:${row.lotId ?? ''}`;
    if (!settings.has(key)) settings.set(key, await readSettings(tx, row.departmentId, row.lotId ?? undefined));
    const { values, departmentCode } = settings.get(key)!;
    const alerts = computeAlerts(row, values, today, departmentCode).map((a) => a.kind);
    await tx
      .update(beneficiaries)
      .set({ alerts, alertsComputedOn: today })
      .where(and(eq(beneficiaries.departmentId, row.departmentId), eq(beneficiaries.id, row.id)));
  }
  return rows.length;
}
