/**
 * A spreadsheet as read from disk, before any field is interpreted: shared by the CSV and XLSX
 * readers so that everything after reading is one code path.
 */
export type Cell = string | Date;

export interface RawRow {
  /** 1-based line in the file (CSV: the line the record starts on; XLSX: the row number). */
  line: number;
  cells: Cell[];
}

export interface RawTable {
  headers: string[];
  headerLine: number;
  rows: RawRow[];
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Headers become mapping keys, so they must be unique and non-empty: an empty header becomes
 * "Colonne 4", a repeated one "Nom (2)".
 */
export function uniqueHeaders(raw: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((cell, i) => {
    const text = (typeof cell === 'string' ? cell : cell.toISOString().slice(0, 10)).replace(/\s+/g, ' ').trim();
    const base = text === '' ? `Colonne ${i + 1}` : text;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
