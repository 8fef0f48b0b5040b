import { exportSheet, frenchDate, type SheetColumn } from '../../platform/export/sheet.js';
import { PEOPLE_FR } from '../../shared/beneficiaries-fr.js';
import type { BeneficiarySummary } from '../../shared/contracts/beneficiaries.js';

const COLUMNS: SheetColumn<BeneficiarySummary>[] = [
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

/** The caseload as a spreadsheet or a CSV (platform/export/sheet.ts). */
export const exportList = (rows: BeneficiarySummary[], format: 'csv' | 'xlsx'): Promise<Buffer> => exportSheet('Bénéficiaires', COLUMNS, rows, format);
