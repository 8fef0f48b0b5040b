import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/engine.js';
import { loginThrottle } from './schema.js';

export interface ThrottlePolicy {
  maxFailures: number;
  lockMinutes: number;
}

export const throttleKeys = (email: string, ip: string | null): string[] =>
  ip ? [`account:${email}`, `ip:${ip}`] : [`account:${email}`];

/** The latest lock among the keys, or null when none is locked now. */
export async function lockedUntil(tx: Executor, keys: string[], now: Date): Promise<Date | null> {
  const rows = await tx.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
  const locks = rows.map((r) => r.lockedUntil).filter((d): d is Date => d !== null && d > now);
  return locks.length ? new Date(Math.max(...locks.map((d) => d.getTime()))) : null;
}

/** Counts a failure on every key; the one that reaches the limit is locked and starts again. */
export async function recordFailure(tx: Executor, keys: string[], policy: ThrottlePolicy, now: Date): Promise<void> {
  const lockUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
  for (const key of keys) {
    await tx
      .insert(loginThrottle)
      .values({ key, failures: 1, updatedAt: now, lockedUntil: policy.maxFailures <= 1 ? lockUntil : null })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`case when ${loginThrottle.failures} + 1 >= ${policy.maxFailures} then 0 else ${loginThrottle.failures} + 1 end`,
          lockedUntil: sql`case when ${loginThrottle.failures} + 1 >= ${policy.maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${loginThrottle.lockedUntil} end`,
          updatedAt: now,
        },
      });
  }
}

export async function clearFailures(tx: Executor, key: string): Promise<void> {
  await tx.delete(loginThrottle).where(inArray(loginThrottle.key, [key]));
}
