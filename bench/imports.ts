// Imports timed end to end through the use cases: dry run (parse, match, report), then apply (the
// writes, in one transaction), as the département officer, on the Vaucluse demo with its people.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { localBlobStore } from '../src/platform/files/blobs.js';
import { openDatabase } from '../src/platform/db/engine.js';
import { seedDemoDepartment } from '../src/demo/seed.js';
import { DEMO_PASSWORD } from '../src/capabilities/organisations/demo/accounts.js';
import type { ImportReport } from '../src/shared/contracts/imports.js';
import { generateCsv } from '../tests/fixtures/csv-generator.js';
import { generateCafFlux } from '../tests/fixtures/caf-generator.js';
import { call, login } from './http.js';
import type { EngineTarget } from './parcours.js';
import { recordRequest, statementProfile } from './sql-replay.js';

export interface ImportFigure {
  engine: EngineTarget['engine'];
  file: string;
  /** Lines (CSV) or persons (CAF flux) the dry run counted. */
  records: number;
  dryRunSeconds: number;
  applySeconds: number;
  totalSeconds: number;
  recordsPerSecond: number;
  /** Whole import (dry run + apply); null where only the throughput is of interest. */
  goalSeconds: number | null;
  counts: ImportReport['counts'];
  /** Where the time went: the statements' time as the client saw it; the rest is Node (parse, match, build). */
  sqlSeconds: number | null;
  statements: number;
  /** The statements that took longest in all (text cut short), for when a goal is missed. */
  slowest: { text: string; count: number; totalMs: number; maxMs: number }[];
}

const OFFICER = 'insertion@vaucluse.example';
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function benchImports(target: EngineTarget, kinds: ('csv' | 'caf')[] = ['csv', 'caf']): Promise<ImportFigure[]> {
  const today = new Date().toISOString().slice(0, 10);
  const database = await openDatabase({ url: target.url });
  const filesDir = await mkdtemp(join(tmpdir(), 'parcours-bench-files-'));
  const blobs = localBlobStore(filesDir);
  const figures: ImportFigure[] = [];
  try {
    await database.migrate();
    await seedDemoDepartment(database.db, blobs, '84', 240, today);
    const { app, jobs } = await buildApp({ database, blobs, throttle: { maxFailures: 1_000_000, lockMinutes: 1 } });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const base = `http://127.0.0.1:${port}`;
      const session = await login(base, OFFICER, DEMO_PASSWORD);
      const files = [
        { kind: 'csv', file: 'CSV 20,000 lines', fileName: 'x.csv', content: generateCsv({ lines: 20_000, referenceDate: today }).content, goal: 5 },
        // After the CSV: the monthly flux meets a département that already has its people.
        { kind: 'caf', file: 'CAF flux 20,000 households', fileName: 'flux.xml', content: generateCafFlux({ households: 20_000, referenceDate: today }).bytes, goal: 10 },
      ].filter((f) => kinds.includes(f.kind as 'csv' | 'caf'));
      for (const f of files) {
        process.stdout.write(`  ${target.engine.padEnd(8)} import ${f.file}… `);
        let dry: { json: ImportReport; ms: number } | undefined;
        let applied: { json: ImportReport; ms: number } | undefined;
        const sql = await recordRequest(async () => {
          dry = await call<ImportReport>(base, session, 'POST', `/api/imports?fileName=${encodeURIComponent(f.fileName)}`, f.content);
          applied = await call<ImportReport>(base, session, 'POST', `/api/imports/${dry.json.id}/apply`);
        });
        if (!dry || !applied) throw new Error(`import of ${f.file} did not complete`);
        const total = (dry.ms + applied.ms) / 1000;
        const records = dry.json.counts.total;
        console.log(`dry run ${(dry.ms / 1000).toFixed(2)} s, apply ${(applied.ms / 1000).toFixed(2)} s`);
        figures.push({
          engine: target.engine, file: f.file, records, dryRunSeconds: round(dry.ms / 1000), applySeconds: round(applied.ms / 1000),
          totalSeconds: round(total), recordsPerSecond: Math.round(records / total), goalSeconds: target.engine === 'postgres' ? f.goal : null,
          counts: applied.json.counts, // PGlite runs in-process, not through pg: no statement is seen there.
          sqlSeconds: target.engine === 'postgres' ? round(sql.reduce((n, st) => n + st.ms, 0) / 1000) : null, statements: sql.length,
          slowest: statementProfile(sql).slice(0, 4).map((p) => ({ ...p, text: p.text.slice(0, 90), totalMs: Math.round(p.totalMs), maxMs: Math.round(p.maxMs) })),
        });
      }
    } finally {
      await app.close();
      await jobs.stop();
    }
  } finally {
    await database.close();
    await rm(filesDir, { recursive: true, force: true });
  }
  return figures;
}
