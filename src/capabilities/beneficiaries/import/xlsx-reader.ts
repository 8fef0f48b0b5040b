import ExcelJS from 'exceljs';
import { ImportFileRefusedError } from './errors.js';
import { type Cell, isBlank, type RawTable, uniqueHeaders } from './raw-table.js';

/** A cell as text, or as a Date when Excel stored a date: dates are interpreted per field later. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'string') return value;
  // Integers print without exponent up to 1e21, enough for any identifier kept as a number.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result ?? null);
  if ('hyperlink' in value) {
    // A mailto: link's text is sometimes rich text itself.
    const text: unknown = value.text;
    return typeof text === 'string' ? text : cellValue(text as ExcelJS.CellValue);
  }
  return ''; // #N/A, #REF!… carry no value
}

/** The first worksheet; its first non-empty row is the header. Line numbers are Excel's row numbers. */
export async function readXlsx(content: Buffer): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); it reads Node Buffers at run time.
    await workbook.xlsx.load(content as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    throw new ImportFileRefusedError(
      'unreadable',
      'Le fichier Excel est illisible (fichier abîmé ou protégé par mot de passe). Enregistrez-le de nouveau au format .xlsx et recommencez.',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileRefusedError('empty', 'Le classeur ne contient aucune feuille.');

  let headers: string[] | null = null;
  let headerLine = 0;
  const rows: RawTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    if (headers === null) {
      if (cells.every((c) => isBlank(c))) return;
      headers = uniqueHeaders(cells);
      headerLine = rowNumber;
      return;
    }
    rows.push({ line: rowNumber, cells });
  });
  if (headers === null) throw new ImportFileRefusedError('empty', "La première feuille du classeur est vide : aucune ligne d'en-tête n'a été trouvée.");
  return { headers, headerLine, rows };
}
