import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Executor } from '../../platform/db/engine.js';
import { referenceItems, type REFERENCE_LISTS } from './schema.js';

const folder = fileURLToPath(new URL('../../../data/reference/', import.meta.url));

/** `a;b` lines after a header, as the project's reference CSV files are written. */
function readPairs(file: string): [string, string][] {
  return readFileSync(`${folder}${file}`, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const at = l.indexOf(';');
      return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
    });
}

const FILES: Record<(typeof REFERENCE_LISTS)[number], string> = {
  themes: 'ref-themes.csv',
  situations: 'ref-situations.csv',
  objectives: 'ref-objectives.csv',
  actions: 'ref-actions.csv',
};

/** Gives a new département the starting reference lists its administrator will then edit. */
export async function seedReferenceLists(tx: Executor, departmentId: string): Promise<void> {
  for (const [list, file] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    const rows = readPairs(file).map(([theme, label], position) => ({ departmentId, list, theme, label, position }));
    await tx.insert(referenceItems).values(rows).onConflictDoNothing();
  }
}

export interface RomeJob {
  romeCode: string;
  label: string;
}

let rome: (RomeJob & { search: string })[] | undefined;
let firstTitle: Map<string, string> | undefined;
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Job titles of the ROME referential (France Travail open data), searched in memory: the list is
 * static reference data, the same for every département and every instance.
 */
const romeJobs = () =>
  (rome ??= readPairs('rome-appellations.csv').map(([romeCode, label]) => ({ romeCode, label, search: fold(`${romeCode} ${label}`) })));

/** The first job title listed for a ROME code (null for an unknown code). */
export function romeTitle(code: string): string | null {
  firstTitle ??= new Map([...romeJobs()].reverse().map((j) => [j.romeCode, j.label]));
  return firstTitle.get(code) ?? null;
}

export function searchRome(query: string, limit = 20): RomeJob[] {
  const jobs = romeJobs();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const found: RomeJob[] = [];
  for (const job of jobs) {
    if (words.every((w) => job.search.includes(w))) found.push({ romeCode: job.romeCode, label: job.label });
    if (found.length >= limit) break;
  }
  return found;
}
