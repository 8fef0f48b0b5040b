import ExcelJS from 'exceljs';
import type { AlertKind, OrientationKind } from '../../shared/beneficiaries.js';
import type { BeneficiarySummary } from '../../shared/contracts/beneficiaries.js';
import { STATUS_LABELS } from './store.js';

const ALERT_LABELS: Record<AlertKind, string> = {
  orientation_overdue: 'Orientation en retard',
  first_contact_overdue: 'Premier rendez-vous en retard',
  contract_overdue: 'Contrat non signé dans le délai',
  no_recent_contact: 'Sans contact récent',
  contract_ending: 'Contrat arrivant à échéance',
  objective_overdue: 'Objectif dépassé',
  evaluation_missing: 'Évaluation du contrat manquante',
  ce_conversion_due: 'Contrat à convertir en contrat d’engagement',
};
const ORIENTATION_LABELS: Record<OrientationKind, string> = {
  professional: 'Professionnelle',
  socio_professional: 'Socio-professionnelle',
  social: 'Sociale',
};

const frenchDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

const COLUMNS: { header: string; width: number; value: (b: BeneficiarySummary) => string }[] = [
  { header: 'Nom', width: 22, value: (b) => b.lastName },
  { header: 'Prénoms', width: 22, value: (b) => b.firstNames },
  { header: 'Date de naissance', width: 14, value: (b) => frenchDate(b.birthDate) },
  { header: 'Numéro allocataire', width: 16, value: (b) => b.cafNumber ?? '' },
  { header: 'Commune', width: 22, value: (b) => b.communeName ?? '' },
  { header: 'Situation du parcours', width: 30, value: (b) => STATUS_LABELS[b.pathwayStatus] },
  { header: 'Orientation', width: 18, value: (b) => (b.orientationKind ? ORIENTATION_LABELS[b.orientationKind] : '') },
  { header: 'PIP', width: 28, value: (b) => b.providerName ?? '' },
  { header: 'Référent', width: 22, value: (b) => b.referentName ?? '' },
  { header: 'Dernier contact', width: 14, value: (b) => frenchDate(b.lastContactOn) },
  { header: 'Alertes', width: 40, value: (b) => b.alerts.map((a) => ALERT_LABELS[a]).join(', ') },
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
