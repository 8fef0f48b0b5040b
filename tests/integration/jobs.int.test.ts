import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createJobRunner, enqueue } from '../../src/platform/jobs/runner.js';
import { rowsOf, type Database, type Tx } from '../../src/platform/db/engine.js';
import { createTestDatabase } from '../support/database.js';
import { testEngines } from '../support/engines.js';

interface JobRow {
  status: string;
  attempts: number;
  last_error: string | null;
  due_in: number;
}

describe.each(testEngines())('background jobs on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await database.db.execute(sql`create table job_effects (job text not null, n int not null)`);
  });
  afterAll(() => database.close());

  const job = async (kind: string) =>
    rowsOf<JobRow>(await database.db.execute(sql`
      select status, attempts, last_error, extract(epoch from run_at - now())::int as due_in from jobs where kind = ${kind}`))[0]!;
  const effects = async (kind: string) =>
    rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from job_effects where job = ${kind}`))[0]!.n;

  it('retries a failing job with backoff, and rolls back what a failed attempt wrote', async () => {
    let calls = 0;
    const runner = createJobRunner(database.db, {
      handlers: {
        flaky: async (tx) => {
          calls++;
          await tx.execute(sql`insert into job_effects values ('flaky', ${calls})`);
          if (calls < 3) throw new Error(`attempt ${calls} failed`);
        },
      },
    });
    await enqueue(database.db, { kind: 'flaky' });
    expect(await runner.runDue()).toBe(1);
    expect(await job('flaky')).toMatchObject({ status: 'queued', attempts: 1, last_error: 'attempt 1 failed' });
    expect((await job('flaky')).due_in).toBeGreaterThanOrEqual(1);
    expect(await effects('flaky')).toBe(0);

    for (const expected of [2, 3]) {
      await database.db.execute(sql`update jobs set run_at = now() where kind = 'flaky'`);
      await runner.runDue();
      expect((await job('flaky')).attempts).toBe(expected);
    }
    expect(await job('flaky')).toMatchObject({ status: 'done' });
    expect(await effects('flaky')).toBe(1);
  });

  it('gives up after the last attempt and keeps the error', async () => {
    const runner = createJobRunner(database.db, { handlers: { doomed: async () => { throw new Error('nope'); } } });
    await enqueue(database.db, { kind: 'doomed', maxAttempts: 1 });
    await runner.runDue();
    expect(await job('doomed')).toMatchObject({ status: 'failed', attempts: 1, last_error: 'nope' });
  });

  it('survives a restart: a job queued by one process is run by the next', async () => {
    await enqueue(database.db, { kind: 'later' });
    const ran: string[] = [];
    const next = createJobRunner(database.db, { handlers: { later: async () => void ran.push('later') } });
    await next.runDue();
    expect(ran).toEqual(['later']);
  });

  it('runs an external job outside the claiming transaction: its steps commit on their own, under a lease', async () => {
    let leasedFor = 0;
    const runner = createJobRunner(database.db, {
      handlers: {
        outside: {
          leaseSeconds: 600,
          external: async (db) => {
            // Seen from another statement while the job runs: the job is leased, not locked.
            leasedFor = (await job('outside')).due_in;
            await db.execute(sql`insert into job_effects values ('outside', 1)`);
            throw new Error('the relay hung up');
          },
        },
      },
    });
    await enqueue(database.db, { kind: 'outside' });
    expect(await runner.runDue()).toBe(1);
    expect(leasedFor).toBeGreaterThan(590);
    // Its own step stays committed; the job itself is retried with backoff.
    expect(await effects('outside')).toBe(1);
    expect(await job('outside')).toMatchObject({ status: 'queued', attempts: 1, last_error: 'the relay hung up' });
    expect((await job('outside')).due_in).toBeLessThan(10);
    await database.db.execute(sql`update jobs set status = 'done' where kind = 'outside'`);
  });

  it('keeps one queued job per dedupe key', async () => {
    for (let i = 0; i < 3; i++) await enqueue(database.db, { kind: 'single', dedupeKey: 'only-one' });
    const [{ n }] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from jobs where kind = 'single'`)) as [{ n: number }];
    expect(n).toBe(1);
    await database.db.execute(sql`update jobs set status = 'done' where kind = 'single'`);
  });

  it('runs each job once even with several workers polling together', async () => {
    const count = 20;
    for (let i = 0; i < count; i++) await enqueue(database.db, { kind: 'once', payload: { i } });
    const handler = async (tx: Tx, payload: Record<string, unknown>) => {
      await tx.execute(sql`insert into job_effects values ('once', ${payload.i as number})`);
    };
    const workers = [1, 2, 3].map(() => createJobRunner(database.db, { handlers: { once: handler } }));
    const ran = await Promise.all(workers.map((w) => w.runDue()));
    expect(ran.reduce((a, b) => a + b, 0)).toBe(count);
    const rows = rowsOf<{ n: number }>(await database.db.execute(sql`select n from job_effects where job = 'once' order by n`));
    expect(rows.map((r) => r.n)).toEqual([...Array(count).keys()]);
  });
});
