import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { rowsOf, type Db, type Executor, type Tx } from '../db/engine.js';

export type JobHandler = (tx: Tx, payload: Record<string, unknown>) => Promise<void>;

/**
 * A job that talks to the outside world (sending mail, calling a provider): it cannot run inside
 * the claiming transaction, because a crash after the outside effect and before the commit would
 * run it again. The runner leases it instead (pushes its run_at `leaseSeconds` ahead and commits),
 * runs it with the database handle so it commits its own steps, then completes it. A job whose
 * process died is claimed again once its lease is over: it must be written to run twice safely
 * (messaging keeps its own at-most-once state per message).
 */
export interface ExternalJob {
  external: (db: Db, payload: Record<string, unknown>) => Promise<void>;
  leaseSeconds: number;
}

export interface EnqueueOptions {
  kind: string;
  payload?: Record<string, unknown>;
  departmentId?: string | null;
  runAt?: Date;
  /** At most one queued job per key: enqueueing again is a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
}

export async function enqueue(tx: Executor, job: EnqueueOptions): Promise<void> {
  await tx.execute(sql`
    insert into jobs (kind, payload, department_id, run_at, dedupe_key, max_attempts)
    values (${job.kind}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${job.departmentId ?? null},
            ${(job.runAt ?? new Date()).toISOString()}::timestamptz, ${job.dedupeKey ?? null}, ${job.maxAttempts ?? 5})
    on conflict (dedupe_key) where status = 'queued' do nothing`);
}

/** Exponential backoff: 2 s, 4 s, 8 s… capped at one hour. */
export const backoffSeconds = (attempts: number): number => Math.min(3600, 2 ** attempts);

interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

export interface Recurring {
  kind: string;
  everySeconds: number;
}

export interface JobRunnerOptions {
  handlers: Record<string, JobHandler | ExternalJob>;
  recurring?: Recurring[];
  pollMs?: number;
  logger?: Logger;
}

/**
 * Runs due jobs. Each job runs inside the transaction that claimed it (FOR UPDATE SKIP LOCKED), in
 * a savepoint: its effects and its completion commit together, so a job is never completed twice,
 * and any number of server instances can run workers side by side.
 */
export function createJobRunner(db: Db, options: JobRunnerOptions) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  /** Completes a job, or schedules its retry with backoff, or gives up after its last attempt. */
  async function settle(tx: Executor, job: ClaimedJob, error?: unknown): Promise<void> {
    const attempts = job.attempts + 1;
    if (error === undefined) {
      await tx.execute(sql`update jobs set status = 'done', attempts = ${attempts}, finished_at = now() where id = ${job.id}`);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    options.logger?.warn({ jobId: job.id, kind: job.kind, attempts }, 'job failed');
    if (attempts >= job.max_attempts) {
      await tx.execute(sql`update jobs set status = 'failed', attempts = ${attempts}, last_error = ${message}, finished_at = now() where id = ${job.id}`);
    } else {
      await tx.execute(sql`update jobs set attempts = ${attempts}, last_error = ${message},
        run_at = now() + make_interval(secs => ${backoffSeconds(attempts)}) where id = ${job.id}`);
    }
  }

  async function runOne(): Promise<boolean> {
    const claimed = await db.transaction(async (tx) => {
      const [job] = rowsOf<ClaimedJob>(
        await tx.execute(sql`
          select id, kind, payload, attempts, max_attempts from jobs
          where status = 'queued' and run_at <= now()
          order by run_at, id limit 1 for update skip locked`),
      );
      if (!job) return null;
      const handler = options.handlers[job.kind];
      if (handler && typeof handler !== 'function') {
        await tx.execute(sql`update jobs set run_at = now() + make_interval(secs => ${handler.leaseSeconds}) where id = ${job.id}`);
        return { job, external: handler };
      }
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await tx.transaction((savepoint) => handler(savepoint, job.payload));
        await settle(tx, job);
      } catch (error) {
        await settle(tx, job, error);
      }
      return { job, external: null };
    });
    if (!claimed) return false;
    if (claimed.external) {
      let failure: unknown;
      try {
        await claimed.external.external(db, claimed.job.payload);
      } catch (error) {
        failure = error ?? new Error('external job failed');
      }
      await settle(db, claimed.job, failure);
    }
    return true;
  }

  async function scheduleRecurring(): Promise<void> {
    for (const r of options.recurring ?? []) {
      await enqueue(db, { kind: r.kind, dedupeKey: `recurring:${r.kind}`, runAt: new Date(Date.now() + r.everySeconds * 1000) });
    }
  }

  /** Runs every job due now; returns how many ran. */
  async function runDue(): Promise<number> {
    let n = 0;
    while (await runOne()) n++;
    return n;
  }

  async function tick(): Promise<void> {
    try {
      await scheduleRecurring();
      await runDue();
    } catch (error) {
      options.logger?.error({ err: error }, 'job runner tick failed');
    }
    if (!stopped) timer = setTimeout(() => void (running = tick()), options.pollMs ?? 1000);
  }

  return {
    runDue,
    start() {
      stopped = false;
      running = tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
