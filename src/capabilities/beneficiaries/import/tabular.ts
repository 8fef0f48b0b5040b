import { type ColumnMapping, resolveMapping } from './columns.js';
import { readCsv, type CsvSeparator } from './csv-reader.js';
import { removeDuplicates } from './duplicates.js';
import { decodeUnknownText, type TextEncodingName } from './encoding.js';
import { ImportFileRefusedError } from './errors.js';
import { headerLooksLikeNir, nirColumnMessage, valuesLookLikeNir } from './nir.js';
import { type Cell, type RawTable } from './raw-table.js';
import { REQUIRED_FIELDS, type ImportRejection, type ImportedPerson, type MappableField, type RequiredField } from './records.js';
import { type FieldBinding, readRow, rowContext } from './row-record.js';
import { readXlsx } from './xlsx-reader.js';

export interface TabularOptions {
  /** The user's column choices (mapping screen); they override the automatic guess. */
  mapping?: ColumnMapping;
  /** "Today" for birth-date checks; injectable for tests. */
  today?: Date;
  /** When given, a ROME code outside this set is rejected (see rome-appellations.csv). */
  knownRomeCodes?: ReadonlySet<string>;
}

export interface TabularParseResult {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null; // null for XLSX, which is always UTF-8 XML inside
  separator: CsvSeparator | null;
  headers: string[];
  mapping: ColumnMapping;
  unknownColumns: string[];
  /**
   * Required fields no column feeds. While non-empty nothing is read (every line would be
   * rejected for the same reason): the user maps a column and the file is parsed again.
   */
  missingFields: RequiredField[];
  records: ImportedPerson[];
  rejections: ImportRejection[];
  /** Non-empty lines after the header: records + rejected lines + skipped lines. */
  totalLines: number;
  /** Lines about children or other household members, left out on purpose. */
  skippedLines: number;
}

function detectFormat(content: Buffer, fileName: string): 'csv' | 'xlsx' {
  const name = fileName.toLowerCase();
  const isZip = content[0] === 0x50 && content[1] === 0x4b; // "PK": XLSX, ODS and DOCX are zips
  const isOle = content[0] === 0xd0 && content[1] === 0xcf; // the pre-2007 binary .xls
  if (name.endsWith('.xls') || isOle) {
    throw new ImportFileRefusedError(
      'unsupported_format',
      "Le format .xls (Excel 97-2003) n'est pas pris en charge : enregistrez le fichier au format .xlsx ou .csv et recommencez.",
    );
  }
  if (name.endsWith('.ods')) {
    throw new ImportFileRefusedError('unsupported_format', "Le format .ods n'est pas pris en charge : enregistrez le fichier au format .xlsx ou .csv et recommencez.");
  }
  if (name.endsWith('.xlsx') || isZip) return 'xlsx';
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new ImportFileRefusedError('unsupported_format', 'Un PDF ne peut pas être importé : exportez la liste au format .xlsx ou .csv.');
  }
  return 'csv';
}

/** Columns beyond the header row (a forgotten header, a trailing separator) still get a name. */
function widenHeaders(table: RawTable): string[] {
  const width = table.rows.reduce((max, r) => Math.max(max, r.cells.length), table.headers.length);
  const headers = [...table.headers];
  for (let i = headers.length; i < width; i++) headers.push(`Colonne ${i + 1}`);
  return headers;
}

function refuseNirColumns(headers: readonly string[], table: RawTable): void {
  // One pass over the rows, one list of text values per column (Excel dates cannot be NIRs).
  const columns: string[][] = headers.map(() => []);
  for (const row of table.rows) {
    row.cells.forEach((cell, i) => {
      if (typeof cell === 'string' && cell !== '') columns[i]?.push(cell);
    });
  }
  headers.forEach((header, index) => {
    if (headerLooksLikeNir(header) || valuesLookLikeNir(columns[index] ?? [])) {
      throw new ImportFileRefusedError('nir_column', nirColumnMessage(header), header);
    }
  });
}

function bindings(headers: readonly string[], mapping: ColumnMapping): FieldBinding[] {
  const byField = new Map<MappableField, FieldBinding>();
  headers.forEach((header, index) => {
    const target = mapping[header];
    if (target === undefined || target === 'ignore') return;
    const binding = byField.get(target) ?? { field: target, columns: [] };
    binding.columns.push({ index, header });
    byField.set(target, binding);
  });
  return [...byField.values()];
}

const isBlankRow = (cells: readonly Cell[]) => cells.every((c) => typeof c === 'string' && c.trim() === '');

/**
 * Reads a CSV or XLSX list of beneficiaries into records and per-line rejections. Throws
 * ImportFileRefusedError when the whole file must be refused (NIR column, unreadable, empty).
 */
export async function parseTabularFile(content: Buffer, fileName: string, options: TabularOptions = {}): Promise<TabularParseResult> {
  const format = detectFormat(content, fileName);
  let table: RawTable;
  let encoding: TextEncodingName | null = null;
  let separator: CsvSeparator | null = null;
  if (format === 'xlsx') {
    table = await readXlsx(content);
  } else {
    const decoded = decodeUnknownText(content);
    encoding = decoded.encoding;
    const csv = readCsv(decoded.text);
    separator = csv.separator;
    table = csv;
  }

  const headers = widenHeaders(table);
  refuseNirColumns(headers, table);
  const { mapping, unknownColumns } = resolveMapping(headers, options.mapping);
  const fieldBindings = bindings(headers, mapping);
  const missingFields = REQUIRED_FIELDS.filter((f) => !fieldBindings.some((b) => b.field === f));
  const result: TabularParseResult = {
    format,
    encoding,
    separator,
    headers,
    mapping,
    unknownColumns,
    missingFields,
    records: [],
    rejections: [],
    totalLines: 0,
    skippedLines: 0,
  };
  if (missingFields.length > 0) return result;

  const ctx = rowContext(fieldBindings, options.today ?? new Date(), options.knownRomeCodes);
  const persons: ImportedPerson[] = [];
  for (const row of table.rows) {
    if (isBlankRow(row.cells)) continue;
    result.totalLines++;
    const outcome = readRow(row, ctx);
    if (outcome.kind === 'person') persons.push(outcome.person);
    else if (outcome.kind === 'rejected') result.rejections.push(...outcome.rejections);
    else result.skippedLines++;
  }
  const { kept, rejections } = removeDuplicates(persons);
  result.records = kept;
  result.rejections.push(...rejections);
  result.rejections.sort((a, b) => a.line - b.line);
  return result;
}
