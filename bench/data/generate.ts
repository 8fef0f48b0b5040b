// `npm run bench:data -- --beneficiaries N [--departments 100] [--url postgres://…] [--force]`
// Fills a PostgreSQL database with a national-scale synthetic dataset for the scale benchmarks:
// real départements and communes, their PIPs and staff, and people at every step of the pathway.
// The database is dropped and recreated first; one transaction per département.
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { openDatabase, type Db } from '../../src/platform/db/engine.js';
import { seedReferenceLists } from '../../src/capabilities/reference/data.js';
import { hashPassword } from '../../src/platform/auth/passwords.js';
import { prng } from '../../src/demo/people.js';
import { copyTable } from './copy.js';
import { stripConstraints } from './constraints.js';
import { planOrganisation, selectDepartments, shareOut } from './organisation.js';
import { accompaniedPerProvider, drawPeople, peopleTables } from './people.js';
import { planStaff } from './staff.js';
import { BENCH_DATA_PASSWORD, DEFAULT_DATA_URL, databaseName, onDatabase } from './target.js';

const { values: args } = parseArgs({
  options: {
    beneficiaries: { type: 'string', default: '1000000' },
    departments: { type: 'string', default: '100' },
    url: { type: 'string', default: process.env.BENCH_DATA_URL ?? DEFAULT_DATA_URL },
    seed: { type: 'string', default: '2026' },
    force: { type: 'boolean', default: false },
  },
});
const total = Number(args.beneficiaries);
const departmentCount = Number(args.departments);
const seed = Number(args.seed);
const name = databaseName(args.url);
if (!Number.isInteger(total) || total < departmentCount || !Number.isInteger(departmentCount) || departmentCount < 1) {
  throw new Error('--beneficiaries and --departments must be whole numbers, with at least one person per département.');
}
// The database is dropped: a typo in --url must not wipe someone's data.
if (!/^[a-z0-9_]+$/.test(name) || (!name.startsWith('parcours_bench') && !args.force)) {
  throw new Error(`Refusing to drop "${name}": the name must start with parcours_bench (or pass --force).`);
}

const started = performance.now();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function recreateDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: onDatabase(args.url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: args.url });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  console.log(`Generating ${fmt(total)} beneficiaries over ${departmentCount} départements into ${name}…`);
  await recreateDatabase();
  const passwordHash = await hashPassword(BENCH_DATA_PASSWORD);
  const today = new Date().toISOString().slice(0, 10);
  const departments = selectDepartments(departmentCount);
  const counts = shareOut(departments, total);

  const client = new pg.Client({ connectionString: args.url, options: '-c TimeZone=UTC' });
  await client.connect();
  try {
    // Room for the index builds at the end; this session only.
    await client.query(`set maintenance_work_mem = '1GB'`);
    const restore = await stripConstraints(client);
    // The same connection, so the lists are written in the département's transaction.
    const referenceDb = drizzle(client) as unknown as Db;
    let rows = 0;
    let people = 0;
    let generating = 0;
    const loading = performance.now();
    for (const [i, dept] of departments.entries()) {
      const t0 = performance.now();
      // One generator per département: its data does not depend on which others are generated.
      const rand = prng(seed * 1000 + i);
      const org = planOrganisation(dept, counts[i]!, rand);
      const drafts = drawPeople(org, counts[i]!, rand, today);
      const staff = planStaff(org, accompaniedPerProvider(org, drafts), rand, passwordHash);
      const tables = [...org.tables, staff.table, ...peopleTables(org, drafts, staff, rand, today)];
      const t1 = performance.now();
      generating += t1 - t0;
      await client.query('begin');
      let deptRows = 0;
      for (const table of tables) deptRows += await copyTable(client, table);
      // The starting reference lists every new département gets (themes, situations, objectives, actions).
      await seedReferenceLists(referenceDb, org.departmentId);
      await client.query('commit');
      rows += deptRows;
      people += drafts.length;
      const took = (performance.now() - t0) / 1000;
      console.log(
        `  [${String(i + 1).padStart(3)}/${departments.length}] ${dept.code.padEnd(3)} ${dept.name.slice(0, 22).padEnd(22)} ${fmt(drafts.length).padStart(7)} people ` +
          `${fmt(deptRows).padStart(9)} rows ${took.toFixed(2).padStart(6)} s (generate ${((t1 - t0) / 1000).toFixed(2)} s) ` +
          `${fmt(deptRows / took).padStart(8)} rows/s │ ${fmt(people)} people, ${fmt(rows / ((performance.now() - loading) / 1000))} rows/s overall`,
      );
    }
    console.log(
      `Loaded ${fmt(rows)} rows in ${seconds(loading)} s (${fmt(rows / ((performance.now() - loading) / 1000))} rows/s; ` +
        `generating them took ${(generating / 1000).toFixed(1)} s of it, COPY the rest).`,
    );

    const rebuilding = performance.now();
    for (const ddl of restore) await client.query(ddl);
    console.log(`Rebuilt ${restore.length} keys, indexes and foreign keys (each checked by PostgreSQL) in ${seconds(rebuilding)} s.`);
    const analysing = performance.now();
    await client.query('analyze');
    console.log(`ANALYZE in ${seconds(analysing)} s.`);
    const counted: string[] = [];
    for (const table of ['beneficiaries', 'orientations', 'assignments', 'pathway_events', 'contracts', 'contract_objectives', 'contacts', 'users', 'providers', 'lots', 'territories', 'communes']) {
      const { rows: [row] } = await client.query<{ n: string }>(`select count(*)::text as n from ${table}`);
      counted.push(`${table} ${fmt(Number(row!.n))}`);
    }
    console.log(counted.join(' · '));
  } finally {
    await client.end();
  }
  console.log(`Done in ${seconds(started)} s. Accounts' password: ${BENCH_DATA_PASSWORD}`);
}

await main();
