// A throw-away PostgreSQL database for one bench run, so the bench never touches data it did not make.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * pg's Pool.end() resolves before its clients' sockets are closed. Dropping the database WITH
 * (FORCE) right then would terminate those backends, and the pool (the app attaches no 'error'
 * listener to it) would rethrow "terminating connection due to administrator command" and crash
 * the bench. So wait until the server has seen the pool's connections go.
 */
async function waitForNoConnections(admin: pg.Client, name: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
    if (rows[0]?.n === 0) return;
    await sleep(50);
  }
}

export async function withScratchDatabase<T>(serverUrl: string, use: (url: string) => Promise<T>): Promise<T> {
  // Lower-case hex only: the name is interpolated as an identifier, so it must need no quoting.
  const name = `parcours_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    try {
      return await use(url.toString());
    } finally {
      await waitForNoConnections(admin, name);
      // FORCE (PostgreSQL 13+) still ends a connection a failed run left behind after the wait.
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await admin.end();
  }
}
