// The scale and import figures as a person reads them: each beside its goal, and the raw SQL time
// beside the HTTP time so the framework's share shows. Goals are printed, never asserted.
import { printTable } from './report.js';
import type { ImportFigure } from './imports.js';
import type { ScaleResult } from './scale.js';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const verdict = (ok: boolean) => (ok ? '✓ met' : '✗ missed');

export function printScale(result: ScaleResult): void {
  console.log(
    `\nScale — ${result.database}: ${result.beneficiaries.toLocaleString('en-US')} beneficiaries; ${result.referents} referents drawn at random, ` +
      'each connection cycling through them (and through 10 people of each caseload for the file)\n',
  );
  printTable(
    ['endpoint', 'conn', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'goal p95', 'verdict'],
    result.endpoints.flatMap((e) => e.http.map((h) => [e.endpoint, String(h.connections), h.rps.toFixed(1), ms(h.p50), ms(h.p95), ms(h.p99), `≤ ${e.goalP95} ms`, verdict(h.p95 <= e.goalP95)])),
    (i) => i >= 1 && i <= 5,
  );
  console.log('\nThe same reads as raw SQL through pg, one connection, in the same run (p50 / p95 ms per call):\n');
  printTable(
    ['endpoint', 'use-case SQL', 'stmts', 'whole request SQL', 'stmts', 'HTTP p50 at 1 conn', 'not SQL (p50)'],
    result.endpoints.map((e) => {
      const one = e.http.find((h) => h.connections === 1)!;
      return [
        e.endpoint, `${ms(e.useCaseSql.p50)} / ${ms(e.useCaseSql.p95)}`, String(e.useCaseSql.statements),
        `${ms(e.requestSql.p50)} / ${ms(e.requestSql.p95)}`, String(e.requestSql.statements), ms(one.p50), ms(one.p50 - e.requestSql.p50),
      ];
    }),
    (i) => i >= 1,
  );
  console.log('  use-case SQL: the statements the use case issues (recorded by drizzle\'s logger, replayed through pg).');
  console.log('  whole request SQL: every statement of one HTTP request (session lookup, BEGIN, use case, audit entry, COMMIT).');
  for (const e of result.endpoints) {
    console.log(`\n  ${e.endpoint}, slowest statements (p50 / p95 ms):`);
    for (const s of e.useCaseSql.perStatement.slice(0, 3)) console.log(`    ${ms(s.p50)} / ${ms(s.p95)}  ${s.text.slice(0, 150)}`);
    if (e.explain) console.log(`\n  Goal missed — EXPLAIN (ANALYZE, BUFFERS) of the slowest statement:\n${e.explain.replace(/^/gm, '    ')}`);
  }
}

export function printImports(figures: ImportFigure[]): void {
  console.log('\nImports through the use cases (POST /api/imports, then /apply), Vaucluse demo with 240 people, as the officer\n');
  printTable(
    ['engine', 'file', 'records', 'dry run s', 'apply s', 'total s', 'records/s', 'SQL s', 'goal', 'verdict'],
    figures.map((f) => [
      f.engine === 'postgres' ? 'PostgreSQL' : 'PGlite', f.file, f.records.toLocaleString('en-US'), f.dryRunSeconds.toFixed(2), f.applySeconds.toFixed(2),
      f.totalSeconds.toFixed(2), f.recordsPerSecond.toLocaleString('en-US'), f.sqlSeconds === null ? '–' : f.sqlSeconds.toFixed(2),
      f.goalSeconds === null ? '–' : `≤ ${f.goalSeconds} s`, f.goalSeconds === null ? '–' : verdict(f.totalSeconds <= f.goalSeconds),
    ]),
    (i) => i >= 2 && i <= 7,
  );
  console.log('  SQL s: the statements\' time as the client saw it; the rest of the total is Node (parsing, matching, building queries).');
  for (const f of figures.filter((x) => x.goalSeconds !== null && x.totalSeconds > x.goalSeconds)) {
    console.log(`\n  ${f.engine} ${f.file}: goal missed; ${f.statements} statements, the longest in all:`);
    for (const s of f.slowest) console.log(`    ${s.count}× ${s.totalMs} ms (max ${s.maxMs} ms)  ${s.text}`);
  }
}
