import { and, asc, eq, lt, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import { addDays } from '../../shared/calendar.js';
import { contracts } from './schema.js';
import { recordContractEvent, refreshPersonFacts, type ContractRow } from './store.js';

const BATCH = 500;

/**
 * A validated contract comes into force on its start date. The contract in force before it stops:
 * an amendment supersedes the version it amends, a renewal ends the previous one the day before.
 */
export async function startContract(tx: Executor, row: ContractRow, actorUserId: string | null): Promise<void> {
  const [current] = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.beneficiaryId, row.beneficiaryId), eq(contracts.status, 'in_force'), ne(contracts.id, row.id)))
    .for('update');
  if (current) {
    const superseded = row.nature === 'amendment';
    const endedOn = addDays(row.startsOn, -1) < current.endsOn ? addDays(row.startsOn, -1) : current.endsOn;
    await tx
      .update(contracts)
      .set({ status: superseded ? 'superseded' : 'ended', endedOn, version: sql`${contracts.version} + 1`, updatedAt: new Date() })
      .where(and(eq(contracts.departmentId, current.departmentId), eq(contracts.id, current.id)));
    await recordContractEvent(tx, current, superseded ? 'superseded' : 'ended', actorUserId, { on: endedOn });
  }
  await tx
    .update(contracts)
    .set({ status: 'in_force', version: sql`${contracts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, row.id)));
  await recordContractEvent(tx, row, 'in_force', actorUserId, { on: row.startsOn });
}

/**
 * Dates pass without anyone acting: starts the validated contracts whose day has come and ends
 * those past their last day, then refreshes their people's alerts. One batch per run (recurring job).
 */
export async function rollContracts(tx: Executor, today: string): Promise<number> {
  const starting = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.status, 'validated'), lte(contracts.startsOn, today)))
    .orderBy(asc(contracts.startsOn))
    .limit(BATCH)
    .for('update', { skipLocked: true });
  for (const row of starting) await startContract(tx, row, null);
  const ending = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.status, 'in_force'), lt(contracts.endsOn, today)))
    .limit(BATCH)
    .for('update', { skipLocked: true });
  for (const row of ending) {
    await tx
      .update(contracts)
      .set({ status: 'ended', endedOn: row.endsOn, version: sql`${contracts.version} + 1`, updatedAt: new Date() })
      .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, row.id)));
    await recordContractEvent(tx, row, 'ended', null, { on: row.endsOn });
  }
  const people = new Map([...starting, ...ending].map((r) => [`${r.departmentId}:${r.beneficiaryId}`, r]));
  for (const r of people.values()) await refreshPersonFacts(tx, r.departmentId, r.beneficiaryId, today);
  return starting.length + ending.length;
}
