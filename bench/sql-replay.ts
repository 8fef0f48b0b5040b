// The database's share of a request: the statements a use case (or a whole HTTP request) sends,
// recorded once, then replayed through `pg` directly, so the reader sees how much of the HTTP
// latency is PostgreSQL and how much is the framework around it.
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../src/platform/db/engine.js';
import { summarise } from './stats.js';

export interface Statement { text: string; values: unknown[] }
export interface ReplayFigures {
  /** Sequences replayed (one = every statement of one use-case call or one request). */
  n: number;
  statements: number;
  p50: number;
  p95: number;
  /** Per distinct statement text, slowest first. */
  perStatement: { text: string; p50: number; p95: number }[];
}

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback)\b/i;

export interface UseCaseRecorder {
  /** Runs `work` on a drizzle handle whose logger records each statement (transaction control left out). */
  record(work: (db: Db) => Promise<unknown>): Promise<Statement[]>;
  close(): Promise<void>;
}

export function useCaseRecorder(url: string): UseCaseRecorder {
  const pool = new pg.Pool({ connectionString: url, max: 1, options: '-c TimeZone=UTC' });
  let statements: Statement[] = [];
  const db = drizzle(pool, { logger: { logQuery: (text, values) => statements.push({ text, values }) } }) as unknown as Db;
  return {
    async record(work) {
      statements = [];
      await work(db);
      return statements.filter((s) => !TRANSACTION_CONTROL.test(s.text));
    },
    close: () => pool.end(),
  };
}

/**
 * Every statement any pg client of this process sends while `during` runs, with its duration as
 * the client saw it: the whole of an HTTP request served in-process (session lookup, BEGIN, the
 * use case, the audit entry, COMMIT).
 */
export async function recordRequest(during: () => Promise<unknown>): Promise<(Statement & { ms: number })[]> {
  const statements: (Statement & { ms: number })[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args as [string | { text?: string; values?: unknown[] }, unknown];
    const text = typeof first === 'string' ? first : first?.text;
    if (typeof text !== 'string') return (original as (...a: unknown[]) => unknown).apply(this, args);
    const entry = { text, values: (typeof first === 'object' && first.values) || (Array.isArray(second) ? second : []), ms: 0 };
    statements.push(entry);
    const started = performance.now();
    const done = () => (entry.ms = performance.now() - started);
    // pg.Pool#query (the session lookup) passes a callback; drizzle awaits the returned promise.
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (...a: unknown[]) => unknown;
      args[last] = (...a: unknown[]) => (done(), callback(...a));
    }
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) result.then(done, done);
    return result;
  } as typeof original;
  try {
    await during();
  } finally {
    pg.Client.prototype.query = original;
  }
  return statements;
}

/** Statements grouped by their text: how many, how long in all, the longest; longest total first. */
export function statementProfile(statements: (Statement & { ms: number })[]): { text: string; count: number; totalMs: number; maxMs: number }[] {
  const groups = new Map<string, { text: string; count: number; totalMs: number; maxMs: number }>();
  for (const s of statements) {
    const g = groups.get(s.text) ?? groups.set(s.text, { text: s.text, count: 0, totalMs: 0, maxMs: 0 }).get(s.text)!;
    g.count++;
    g.totalMs += s.ms;
    g.maxMs = Math.max(g.maxMs, s.ms);
  }
  return [...groups.values()].sort((a, b) => b.totalMs - a.totalMs);
}

/** Replays the sequences in turn for `seconds` (after one untimed pass), one statement at a time. */
export async function replay(url: string, sequences: Statement[][], seconds: number): Promise<ReplayFigures> {
  const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await client.connect();
  const totals: number[] = [];
  const byText = new Map<string, number[]>();
  try {
    for (const sequence of sequences) for (const s of sequence) await client.query(s.text, s.values);
    const deadline = performance.now() + seconds * 1000;
    for (let i = 0; performance.now() < deadline; i++) {
      const sequence = sequences[i % sequences.length]!;
      const start = performance.now();
      for (const s of sequence) {
        const t = performance.now();
        await client.query(s.text, s.values);
        const list = byText.get(s.text) ?? byText.set(s.text, []).get(s.text)!;
        list.push(performance.now() - t);
      }
      totals.push(performance.now() - start);
    }
  } finally {
    await client.end();
  }
  const { n, p50, p95 } = summarise(totals);
  const perStatement = [...byText].map(([text, timings]) => ({ text, ...summarise(timings) })).sort((a, b) => b.p95 - a.p95);
  return { n, statements: sequences[0]?.length ?? 0, p50, p95, perStatement: perStatement.map(({ text, p50: a, p95: b }) => ({ text, p50: a, p95: b })) };
}

/** EXPLAIN (ANALYZE, BUFFERS) of one recorded statement: where the time goes when a goal is missed. */
export async function explain(url: string, statement: Statement): Promise<string> {
  const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await client.connect();
  try {
    // The first run warms this new connection's catalog caches; the second plans as a busy pool would.
    const run = () => client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.text}`, statement.values);
    await run();
    return (await run()).rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}
