import ExcelJS from 'exceljs';
import { PEOPLE_FR } from '../../shared/beneficiaries-fr.js';
import type { BeneficiarySummary } from '../../shared/contracts/beneficiaries.js';

const frenchDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

const COLUMNS: { header: string; width: number; value: (b: BeneficiarySummary) => string }[] = [
  { header: 'Nom', width: 22, value: (b) => b.lastName },
  { header: 'Prénoms', width: 22, value: (b) => b.firstNames },
  { header: 'Date de naissance', width: 14, value: (b) => frenchDate(b.birthDate) },
  { header: 'Numéro allocataire', width: 16, value: (b) => b.cafNumber ?? '' },
  { header: 'Commune', width: 22, value: (b) => b.communeName ?? '' },
  { header: 'Situation du parcours', width: 30, value: (b) => PEOPLE_FR.statuses[b.pathwayStatus] },
  { header: 'Orientation', width: 18, value: (b) => (b.orientationKind ? PEOPLE_FR.orientationKinds[b.orientationKind] : '') },
  { header: 'PIP', width: 28, value: (b) => b.providerName ?? '' },
  { header: 'Référent', width: 22, value: (b) => b.referentName ?? '' },
  { header: 'Dernier contact', width: 14, value: (b) => frenchDate(b.lastContactOn) },
  { header: 'Alertes', width: 40, value: (b) => b.alerts.map((a) => PEOPLE_FR.alerts[a]).join(', ') },
];

/**
 * A list as a spreadsheet (XLSX) or as the CSV French offices open in Excel: `;`-separated,
 * UTF-8 with a byte-order mark. Every cell is text, so numbers such as allocataire numbers keep
 * their leading zeros and no cell is read as a formula.
 */
export async function exportList(rows: BeneficiarySummary[], format: 'csv' | 'xlsx'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Bénéficiaires');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(COLUMNS.map((c) => neutralise(c.value(row))));
  if (format === 'xlsx') return Buffer.from(await workbook.xlsx.writeBuffer());
  const csv = Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', quote: '"', writeBOM: false } }));
  return Buffer.concat([Buffer.from('\ufeff', 'utf8'), csv]);
}

/** A cell starting like a formula is prefixed so a spreadsheet shows it instead of running it. */
const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
