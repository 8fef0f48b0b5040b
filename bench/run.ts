// `npm run bench`: how fast Parcours answers, read against the ceiling of an empty Fastify route on
// the same machine. It prints figures and never fails for slowness: it exits 1 only when something
// is broken (a non-2xx response, a socket error, a crash).
//   BENCH_DATABASE_URL=postgres://… also benches PostgreSQL, in a scratch database dropped after.
//   BENCH_SECONDS=n changes the measuring time per endpoint (default 5).
import { startCeiling } from './ceiling.js';
import { startLoadClient } from './load-client.js';
import { benchParcours, type Durations } from './parcours.js';
import { printReport, writeReport } from './report.js';
import { withScratchDatabase } from './scratch-postgres.js';
import type { BenchRow } from './types.js';

const durations: Durations = { seconds: Number(process.env.BENCH_SECONDS ?? 5) || 5, warmupSeconds: 1 };
const postgresUrl = process.env.BENCH_DATABASE_URL;

async function measureCeiling(load: ReturnType<typeof startLoadClient>): Promise<BenchRow> {
  const ceiling = await startCeiling();
  try {
    process.stdout.write(`  ${'fastify'.padEnd(8)} ${'GET / (empty route)'.padEnd(22)} 10 connections… `);
    const figures = await load.measure({ ...durations, url: ceiling.url, method: 'GET', connections: 10 });
    console.log(`${figures.rps} req/s`);
    return { engine: 'fastify', endpoint: 'GET / (empty route)', connections: 10, ...figures };
  } finally {
    await ceiling.close();
  }
}

/** The rows that prove something broken rather than slow; each is printed. */
function brokenRows(rows: BenchRow[]): BenchRow[] {
  const broken = rows.filter((r) => r.non2xx > 0 || r.errors > 0 || r.requests === 0);
  for (const r of broken) {
    console.error(`✗ ${r.engine} ${r.endpoint}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.requests} responses; status codes ${JSON.stringify(r.statusCodes)}`);
  }
  return broken;
}

async function main(): Promise<number> {
  const load = startLoadClient();
  try {
    console.log(`Measuring ${durations.seconds} s per endpoint after ${durations.warmupSeconds} s of warm-up…`);
    const ceiling = await measureCeiling(load);
    const rows = await benchParcours({ engine: 'pglite' }, load, durations);
    if (postgresUrl) {
      rows.push(...(await withScratchDatabase(postgresUrl, (url) => benchParcours({ engine: 'postgres', url }, load, durations))));
    } else {
      console.log('  (set BENCH_DATABASE_URL=postgres://… to bench PostgreSQL as well)');
    }
    printReport(ceiling, rows);
    console.log(`\nFigures written to ${writeReport(ceiling, rows)}`);
    return brokenRows([ceiling, ...rows]).length > 0 ? 1 : 0;
  } finally {
    load.close();
  }
}

// No process.exit(): everything is closed, so Node leaving on its own also proves nothing leaks.
process.exitCode = await main().catch((error: unknown) => {
  console.error('\nbench failed:', error);
  return 1;
});
