import { CsvError, parse } from 'csv-parse/sync';
import { ImportFileRefusedError } from './errors.js';
import { isBlank, type RawTable, uniqueHeaders } from './raw-table.js';

export type CsvSeparator = ';' | ',' | '\t';

/**
 * The separator is the one that appears most in the header line, outside quotes: French Excel
 * writes ';', other tools ',', some exports tabs. A tie goes to ';', the French default.
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as CsvSeparator[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ';');
  return counts[best] > 0 ? best : ';';
}

const CSV_PROBLEMS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "un guillemet ouvert n'est jamais refermé",
  CSV_INVALID_CLOSING_QUOTE: "un guillemet fermant est suivi d'autres caractères",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "un guillemet fermant est suivi d'autres caractères",
};

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

export function readCsv(raw: string): RawTable & { separator: CsvSeparator } {
  // csv-parse counts a CRLF inside quotes as two lines: with LF only, its line numbers are the file's.
  const text = raw.replace(/\r\n?/g, '\n');
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const separator = detectSeparator(firstLine);
  let records: CsvRecord[];
  try {
    records = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      // Empty lines are kept so that line numbers stay those of the file; they are skipped later.
      skip_empty_lines: false,
      info: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error['lines'] === 'number' ? ` à la ligne ${error['lines']}` : '';
    const problem = CSV_PROBLEMS[error.code] ?? 'sa structure est incohérente';
    throw new ImportFileRefusedError('unreadable', `Le fichier CSV est illisible${line} : ${problem}. Vérifiez-le et recommencez.`);
  }

  let headerLine = 0;
  let headers: string[] | null = null;
  const rows: RawTable['rows'] = [];
  let previousEnd = 0;
  for (const { record, info } of records) {
    // A record ends on info.lines; it started just after the previous one ended (quoted line
    // breaks make a record span several lines).
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (headers === null) {
      if (record.every((c) => isBlank(c))) continue;
      headers = uniqueHeaders(record);
      headerLine = line;
      continue;
    }
    rows.push({ line, cells: record });
  }
  if (headers === null) throw new ImportFileRefusedError('empty', "Le fichier est vide : aucune ligne d'en-tête n'a été trouvée.");
  return { headers, headerLine, rows, separator };
}
