// Turns the rows into what a person reads (a table, throughput against the ceiling) and what a
// machine reads (bench/out/latest.json, to compare runs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types.js';

const ENGINE_LABEL: Record<BenchRow['engine'], string> = { fastify: 'Fastify (empty)', pglite: 'PGlite', postgres: 'PostgreSQL' };

const share = (rps: number, ceiling: number) => (ceiling > 0 ? `${((rps / ceiling) * 100).toFixed(1)} %` : '–');
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');

export function printTable(header: string[], lines: string[][], rightAligned: (i: number) => boolean): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (rightAligned(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const l of lines) console.log(format(l));
}

export function printReport(ceiling: BenchRow, rows: BenchRow[]): void {
  console.log(`\nParcours bench — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}\n`);
  printTable(
    ['engine', 'endpoint', 'conn', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', '% ceiling'],
    [ceiling, ...rows].map((r) => [
      ENGINE_LABEL[r.engine],
      r.endpoint,
      String(r.connections),
      r.rps.toFixed(1),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      r === ceiling ? '100 %' : share(r.rps, ceiling.rps),
    ]),
    (i) => i >= 2,
  );

  // With both engines, the same endpoints side by side: the question is usually "how far apart?".
  const endpoints = [...new Set(rows.map((r) => r.endpoint))];
  const find = (engine: BenchRow['engine'], endpoint: string) => rows.find((r) => r.engine === engine && r.endpoint === endpoint);
  if (rows.some((r) => r.engine === 'postgres') && rows.some((r) => r.engine === 'pglite')) {
    console.log('');
    const cell = (r: BenchRow | undefined) => (r ? `${r.rps.toFixed(1)} (${share(r.rps, ceiling.rps)})` : '–');
    const p95 = (r: BenchRow | undefined) => (r ? ms(r.p95) : '–');
    printTable(
      ['endpoint', 'PGlite req/s', 'PostgreSQL req/s', 'PGlite p95', 'PostgreSQL p95'],
      endpoints.map((e) => [e, cell(find('pglite', e)), cell(find('postgres', e)), p95(find('pglite', e)), p95(find('postgres', e))]),
      (i) => i >= 1,
    );
  }
}

/** The scale and import sections of the JSON: figures, or why they were skipped. */
export interface ExtraReport {
  scale?: unknown;
  imports?: unknown;
}

export function writeReport(ceiling: BenchRow, rows: BenchRow[], extra: ExtraReport = {}): string {
  const dir = fileURLToPath(new URL('./out/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}latest.json`;
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    ceiling,
    rows: rows.map((r) => ({ ...r, percentOfCeiling: ceiling.rps > 0 ? Math.round((r.rps / ceiling.rps) * 1000) / 10 : null })),
    ...extra,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
