import { zipSync, type Zippable } from 'fflate';
import { exportSheet, type SheetColumn } from '../../platform/export/sheet.js';
import type { ProofContact, ProofPack, StoredScan } from './model.js';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

export const LOG_NAME = 'journal-des-contacts';

/** Lower-case ASCII words joined by hyphens: safe in any archive tool and file system. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'document';
}

/**
 * Where each scan goes in the archive: one folder per kind, named by date and title, numbered when
 * two would collide. The log prints these paths so the auditor finds each proof it cites.
 */
export function attachmentPaths(pack: ProofPack): Map<StoredScan, string> {
  const paths = new Map<StoredScan, string>();
  const used = new Set<string>();
  const place = (scan: StoredScan, folder: string, base: string) => {
    const extension = EXTENSIONS[scan.mediaType] ?? 'bin';
    let path = `${folder}/${base}.${extension}`;
    for (let n = 2; used.has(path); n++) path = `${folder}/${base}-${n}.${extension}`;
    used.add(path);
    paths.set(scan, path);
  };
  for (const w of pack.workshops) if (w.sheet) place(w.sheet, 'feuilles-emargement', `${w.on}-${slug(w.title)}`);
  for (const c of pack.contracts) if (c.scan) place(c.scan, 'contrats', `${c.startsOn ?? 'sans-date'}-${slug(c.label)}`);
  return paths;
}

const LOG_COLUMNS: SheetColumn<ProofContact>[] = [
  { header: 'Date', width: 12, value: (c) => c.on },
  { header: 'Modalité', width: 30, value: (c) => c.modality ?? '' },
  { header: 'Durée (minutes)', width: 10, value: (c) => (c.durationMinutes === null ? '' : String(c.durationMinutes)) },
  { header: 'Intervenant·e', width: 24, value: (c) => c.staff },
  { header: 'Statut', width: 24, value: (c) => c.status },
];

/** The contact log as a spreadsheet opens it in France, through the one CSV writer (quoting, formulas neutralised). */
export const contactLogCsv = (pack: ProofPack): Promise<Buffer> => exportSheet('Journal des contacts', LOG_COLUMNS, pack.contacts, 'csv');

/** The archive: the log (PDF and CSV) and every scan it cites, byte for byte as stored. */
export async function zipPack(pack: ProofPack, logPdf: Uint8Array, scans: Map<string, Uint8Array>): Promise<Uint8Array> {
  const entries: Zippable = {
    [`${LOG_NAME}.pdf`]: logPdf,
    [`${LOG_NAME}.csv`]: new Uint8Array(await contactLogCsv(pack)),
  };
  for (const [scan, path] of attachmentPaths(pack)) {
    const content = scans.get(scan.fileId);
    if (!content) throw new Error(`scan ${scan.fileId} cited by the pack was not read`);
    // Scans are already compressed (PDF streams, JPEG, PNG): storing them saves time for nothing lost.
    entries[path] = [content, { level: 0 }];
  }
  return zipSync(entries, { level: 6, mtime: new Date(pack.generatedAt) });
}
