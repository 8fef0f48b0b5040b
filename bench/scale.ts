// The scale benchmarks: a referent's caseload and a person's file, read from the national-scale
// dataset of `npm run bench:data`, over HTTP and as raw SQL in the same run.
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { openDatabase, type Tx } from '../src/platform/db/engine.js';
import type { UseCaseContext } from '../src/platform/usecase/runner.js';
import type { Actor } from '../src/platform/policy/actor.js';
import { listPage, readBeneficiaryFile } from '../src/capabilities/beneficiaries/use-cases/read.js';
import { BeneficiaryListQuery } from '../src/shared/contracts/beneficiaries.js';
import { BENCH_DATA_PASSWORD, DEFAULT_DATA_URL, databaseName } from './data/target.js';
import { call, login } from './http.js';
import type { LoadClient } from './load-client.js';
import type { Durations } from './parcours.js';
import { explain, recordRequest, replay, useCaseRecorder, type ReplayFigures, type Statement } from './sql-replay.js';
import type { BenchRow } from './types.js';

export interface ScaleEndpoint {
  endpoint: string;
  goalP95: number;
  http: BenchRow[];
  /** The use case's own statements (reads; no BEGIN/COMMIT, session lookup or audit entry). */
  useCaseSql: ReplayFigures;
  /** Every statement the HTTP request sent, replayed in order. */
  requestSql: ReplayFigures;
  /** EXPLAIN ANALYZE of the slowest statement, when the goal is missed. */
  explain?: string;
}

export interface ScaleResult { database: string; beneficiaries: number; referents: number; endpoints: ScaleEndpoint[] }

interface Referent { id: string; email: string; department_id: string; provider_id: string }

const REFERENTS = 20;
const FILES_PER_REFERENT = 10;
const CASELOAD = '/api/beneficiaries?pageSize=50';

/** The generated database, or why the scale benchmarks cannot run. */
export async function findScaleData(): Promise<{ url: string; beneficiaries: number } | { skip: string }> {
  const url = process.env.BENCH_DATA_URL ?? DEFAULT_DATA_URL;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number; r: number }>(
      `select (select count(*)::int from beneficiaries) as n, (select count(*)::int from users where role = 'referent') as r`,
    );
    if (!rows[0]?.r) return { skip: `${databaseName(url)} has no referents` };
    return { url, beneficiaries: rows[0].n };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { skip: code === '3D000' ? `${databaseName(url)} does not exist` : `${databaseName(url)} is unusable (${(error as Error).message})` };
  } finally {
    await client.end().catch(() => {});
  }
}

async function pickReferents(url: string): Promise<Referent[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Referents with people in their caseload, at random across every département.
    const { rows } = await client.query<Referent>(
      `select u.id, u.email, u.department_id, u.provider_id from users u
        where u.role = 'referent' and u.active and exists (select 1 from beneficiaries b where b.department_id = u.department_id and b.referent_id = u.id)
        order by random() limit $1`,
      [REFERENTS],
    );
    return rows;
  } finally {
    await client.end();
  }
}

const actorOf = (r: Referent): Actor => ({ userId: r.id, role: 'referent', departmentId: r.department_id, providerId: r.provider_id, ip: null });

export async function benchScale(data: { url: string; beneficiaries: number }, load: LoadClient, durations: Durations): Promise<ScaleResult> {
  const { url } = data;
  const database = await openDatabase({ url });
  const { app, jobs } = await buildApp({ database, throttle: { maxFailures: 1_000_000, lockMinutes: 1 } });
  const recorder = useCaseRecorder(url);
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const referents = await pickReferents(url);
    const sessions = [];
    for (const r of referents) sessions.push(await login(base, r.email, BENCH_DATA_PASSWORD));
    // The files read are people of those referents' caseloads, as the referents see them.
    const files: { referent: Referent; cookie: string; id: string }[] = [];
    for (const [i, s] of sessions.entries()) {
      const { json } = await call<{ items: { id: string }[] }>(base, s, 'GET', CASELOAD);
      for (const item of json.items.slice(0, FILES_PER_REFERENT)) files.push({ referent: referents[i]!, cookie: s.cookie, id: item.id });
    }

    const measure = async (endpoint: string, goalP95: number, requests: { path: string; headers: Record<string, string> }[], useCase: Statement[][], request: Statement[][]) => {
      const http: BenchRow[] = [];
      for (const connections of [1, 10]) {
        process.stdout.write(`  ${'scale'.padEnd(8)} ${endpoint.padEnd(22)} ${connections} connections… `);
        const figures = await load.measure({ ...durations, url: `${base}/`, method: 'GET', requests, connections });
        console.log(`${figures.rps} req/s, p95 ${figures.p95} ms`);
        http.push({ engine: 'postgres', endpoint, connections, ...figures });
      }
      const useCaseSql = await replay(url, useCase, 3);
      const requestSql = await replay(url, request, 3);
      const result: ScaleEndpoint = { endpoint, goalP95, http, useCaseSql, requestSql };
      if (http.some((h) => h.p95 > goalP95)) {
        const slowest = useCaseSql.perStatement[0]!.text;
        result.explain = await explain(url, useCase.flat().find((s) => s.text === slowest)!);
      }
      return result;
    };

    const caseloadSql = [];
    for (const r of referents) caseloadSql.push(await recorder.record((db) => db.transaction((tx) => listPage(tx, actorOf(r), BeneficiaryListQuery.parse({ pageSize: 50 })))));
    const caseloadRequests = [];
    for (const s of sessions) caseloadRequests.push(await recordRequest(() => call(base, s, 'GET', CASELOAD)));
    const caseload = await measure('GET caseload (50)', 15, sessions.map((s) => ({ path: CASELOAD, headers: { cookie: s.cookie } })), caseloadSql, caseloadRequests);

    const fileSql = [];
    const fileRequests = [];
    for (const f of files) {
      // The runner's context minus its side effects: the audit entry is counted in the request SQL below.
      const context = (tx: Tx): UseCaseContext => ({ tx, actor: actorOf(f.referent), audit: async () => {}, auditMany: async () => {}, progress: () => {} });
      fileSql.push(await recorder.record((db) => db.transaction((tx) => readBeneficiaryFile.run(context(tx), { id: f.id }))));
      fileRequests.push(await recordRequest(() => call(base, { cookie: f.cookie, csrfToken: '' }, 'GET', `/api/beneficiaries/${f.id}`)));
    }
    const file = await measure('GET person file', 25, files.map((f) => ({ path: `/api/beneficiaries/${f.id}`, headers: { cookie: f.cookie } })), fileSql, fileRequests);
    return { database: databaseName(url), beneficiaries: data.beneficiaries, referents: referents.length, endpoints: [caseload, file] };
  } finally {
    await recorder.close();
    await app.close();
    await jobs.stop();
    await database.close();
  }
}
