// Parcours itself, built in-process on one engine with the demo dataset, measured endpoint by endpoint.
import { openDatabase } from '../src/platform/db/engine.js';
import { buildApp } from '../src/app.js';
import { seedDemo } from '../src/capabilities/organisations/demo/seed.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/capabilities/organisations/demo/accounts.js';
import { login } from './http.js';
import type { LoadClient } from './load-client.js';
import type { BenchRow, LoadSpec } from './types.js';

export interface EngineTarget {
  engine: 'pglite' | 'postgres';
  /** postgres://… for PostgreSQL; absent for the in-memory PGlite. */
  url?: string;
}

export interface Durations {
  seconds: number;
  warmupSeconds: number;
}

export async function benchParcours(target: EngineTarget, load: LoadClient, durations: Durations): Promise<BenchRow[]> {
  const database = await openDatabase({ url: target.url });
  const rows: BenchRow[] = [];
  try {
    await database.migrate();
    await seedDemo(database.db);
    // The bench logs in thousands of times from one IP: the login throttle is raised for it only.
    // Background jobs are not started, so their cost is not in these figures.
    const { app, jobs } = await buildApp({ database, throttle: { maxFailures: 1_000_000, lockMinutes: 1 } });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const base = `http://127.0.0.1:${port}`;

      const run = async (endpoint: string, spec: Omit<LoadSpec, 'url' | 'seconds' | 'warmupSeconds'> & { path: string; seconds?: number }) => {
        process.stdout.write(`  ${target.engine.padEnd(8)} ${endpoint.padEnd(22)} ${spec.connections} connections… `);
        const { path, ...rest } = spec;
        const figures = await load.measure({ ...durations, ...rest, url: `${base}${path}` });
        console.log(`${figures.rps} req/s`);
        rows.push({ engine: target.engine, endpoint, connections: spec.connections, ...figures });
      };

      const loginBody = JSON.stringify({ email: DEMO_ACCOUNTS[0]!.email, password: DEMO_PASSWORD });
      await run('GET /api/health', { method: 'GET', path: '/api/health', connections: 10 });
      // argon2id (19 MiB, 2 passes) is slow on purpose: 2 connections are enough to keep 2 cores busy.
      await run('POST /api/auth/login', {
        method: 'POST',
        path: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        body: loginBody,
        connections: 2,
        seconds: Math.max(1, durations.seconds - 1),
      });
      const { cookie } = await login(base, DEMO_ACCOUNTS[0]!.email, DEMO_PASSWORD);
      await run('GET /api/territories', { method: 'GET', path: '/api/territories', headers: { cookie }, connections: 10 });
      await run('GET /api/users', { method: 'GET', path: '/api/users', headers: { cookie }, connections: 10 });
    } finally {
      await app.close();
      await jobs.stop();
    }
  } finally {
    await database.close();
  }
  return rows;
}
