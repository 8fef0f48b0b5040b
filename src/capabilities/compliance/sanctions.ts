import type { SanctionMeasure } from '../../shared/compliance.js';
import type { SanctionScale } from '../../shared/settings.js';

/** What the officer decided, within one row of the sanction table. */
export interface SanctionChoice {
  sharePercent: number;
  /** null for a measure without a duration (a suppression). */
  months: number | null;
  /** A household of more than one person, or with the lone-parent increase: the lower cap applies. */
  largerHousehold: boolean;
}

interface Issue {
  path: string;
  message: string;
}

/**
 * Checks the officer's choice against the row they picked: the product never proposes a figure,
 * it refuses one the table does not allow. `measures`: what the decision may be (a suspension
 * decision takes a reduction or a suspension row). Returns French messages per field (empty: allowed).
 */
export function sanctionChoiceIssues(row: SanctionScale, measures: readonly SanctionMeasure[], choice: SanctionChoice): Issue[] {
  const issues: Issue[] = [];
  if (!measures.includes(row.measure)) issues.push({ path: 'scaleCode', message: 'Cette ligne du barème ne correspond pas à cette décision.' });
  const max = choice.largerHousehold ? Math.min(row.maxSharePercent, row.maxSharePercentLargerHousehold) : row.maxSharePercent;
  if (choice.sharePercent < row.minSharePercent || choice.sharePercent > max) {
    issues.push({ path: 'sharePercent', message: `Le barème permet de ${row.minSharePercent} % à ${max} % pour ce foyer.` });
  }
  if (row.minMonths === null || row.maxMonths === null) {
    if (choice.months !== null) issues.push({ path: 'months', message: 'Cette mesure n’a pas de durée.' });
  } else if (choice.months === null || choice.months < row.minMonths || choice.months > row.maxMonths) {
    issues.push({ path: 'months', message: `Le barème permet de ${row.minMonths} à ${row.maxMonths} mois.` });
  }
  return issues;
}
