// `npm run bench`: how fast Parcours answers, read against the ceiling of an empty Fastify route on
// the same machine. It prints figures and never fails for slowness (goals are printed beside the
// figures, not asserted): it exits 1 only when something is broken (a non-2xx response, a socket
// error, a crash).
//   BENCH_DATABASE_URL=postgres://… also benches PostgreSQL, in a scratch database dropped after.
//   BENCH_DATA_URL=postgres://… the dataset of `npm run bench:data` for the scale benchmarks
//     (default: parcours_bench_data on the local server, used when it exists).
//   BENCH_SECONDS=n changes the measuring time per endpoint (default 5).
//   BENCH_SKIP=scale,imports leaves those sections out (they take minutes).
import { startCeiling } from './ceiling.js';
import { onDatabase } from './data/target.js';
import { benchImports, type ImportFigure } from './imports.js';
import { startLoadClient } from './load-client.js';
import { benchParcours, type Durations } from './parcours.js';
import { printReport, writeReport, type ExtraReport } from './report.js';
import { printImports, printScale } from './report-scale.js';
import { benchScale, findScaleData } from './scale.js';
import { withScratchDatabase } from './scratch-postgres.js';
import type { BenchRow } from './types.js';

const durations: Durations = { seconds: Number(process.env.BENCH_SECONDS ?? 5) || 5, warmupSeconds: 1 };
const postgresUrl = process.env.BENCH_DATABASE_URL;
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()));

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

    const extra: ExtraReport = {};
    const data = skip.has('scale') ? { skip: 'BENCH_SKIP=scale' } : await findScaleData();
    const scale = 'url' in data ? await benchScale(data, load, durations) : null;
    if (!scale) console.log(`  Scale benchmarks skipped: ${'skip' in data ? data.skip : ''}. They need \`npm run bench:data\` first (or BENCH_DATA_URL).`);
    extra.scale = scale ?? { skipped: 'skip' in data ? data.skip : null };

    let imports: ImportFigure[] = [];
    if (!skip.has('imports')) {
      // PostgreSQL: the server named by BENCH_DATABASE_URL, else the one holding the scale data.
      const server = postgresUrl ?? ('url' in data ? onDatabase(data.url, 'postgres') : undefined);
      if (server) imports = await withScratchDatabase(server, (url) => benchImports({ engine: 'postgres', url }));
      else console.log('  Imports on PostgreSQL skipped: no server (BENCH_DATABASE_URL).');
      imports.push(...(await benchImports({ engine: 'pglite' }, ['csv'])));
      extra.imports = imports;
    }

    printReport(ceiling, rows);
    if (scale) printScale(scale);
    if (imports.length) printImports(imports);
    console.log(`\nFigures written to ${writeReport(ceiling, rows, extra)}`);
    const scaleRows = scale?.endpoints.flatMap((e) => e.http) ?? [];
    return brokenRows([ceiling, ...rows, ...scaleRows]).length > 0 ? 1 : 0;
  } finally {
    load.close();
  }
}

// No process.exit(): everything is closed, so Node leaving on its own also proves nothing leaks.
process.exitCode = await main().catch((error: unknown) => {
  console.error('\nbench failed:', error);
  return 1;
});
