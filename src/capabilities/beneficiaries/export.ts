import { exportSheet, frenchDate, type SheetColumn } from '../../platform/export/sheet.js';
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

const COLUMNS: SheetColumn<BeneficiarySummary>[] = [
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

/** The caseload as a spreadsheet or a CSV (platform/export/sheet.ts). */
export const exportList = (rows: BeneficiarySummary[], format: 'csv' | 'xlsx'): Promise<Buffer> => exportSheet('Bénéficiaires', COLUMNS, rows, format);
