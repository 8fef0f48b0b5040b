import ExcelJS from 'exceljs';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string;
}

/**
 * A list as a spreadsheet (XLSX) or as the CSV French offices open in Excel: `;`-separated,
 * UTF-8 with a byte-order mark. Every cell is text, so numbers such as allocataire numbers keep
 * their leading zeros and no cell is read as a formula.
 */
export async function exportSheet<T>(name: string, columns: SheetColumn<T>[], rows: T[], format: 'csv' | 'xlsx'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => neutralise(c.value(row))));
  if (format === 'xlsx') return Buffer.from(await workbook.xlsx.writeBuffer());
  const csv = Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', quote: '"', rowDelimiter: '\r\n', includeEndRowDelimiter: true, writeBOM: false } }));
  return Buffer.concat([Buffer.from('\ufeff', 'utf8'), csv]);
}

/** A cell starting like a formula is prefixed so a spreadsheet shows it instead of running it. */
const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** 2026-03-01 → 01/03/2026. */
export const frenchDate = (iso: string | null): string => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');

export const SHEET_MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
