import type { IsoDate } from '../../shared/calendar.js';
import { shortDate } from '../../platform/pdf/format.js';

/** The review's steps as the file summary names them (French, as printed in the record). */
const STEP_LABELS: Record<string, string> = {
  report: 'Signalement du référent',
  approve: 'Validation par le coordinateur du PIP',
  start_review: 'Instruction ouverte',
  notify: 'Notification du manquement',
  record_observations: 'Observations de la personne',
  decide_suspension: 'Décision de suspension',
  end_suspension: 'Fin de la suspension',
  refer_to_ep: 'Saisine de l’équipe pluridisciplinaire',
};

export interface ReportForSummary {
  kind: string;
  facts: string;
  factsFrom: IsoDate;
  factsTo: IsoDate;
  absences: IsoDate[];
  steps: { event: string; on: IsoDate; note: string | null }[];
}

/**
 * The file summary put before the EP, prefilled from the report: the facts, the unexcused
 * absences, the steps so far. The officer edits it before the session; it is plain text.
 */
export function fileSummary(r: ReportForSummary): string {
  const lines = [`${r.kind} — du ${shortDate(r.factsFrom)} au ${shortDate(r.factsTo)}.`, r.facts];
  if (r.absences.length) lines.push(`Rendez-vous manqués sans excuse : ${r.absences.map(shortDate).join(', ')}.`);
  const steps = r.steps.filter((s) => STEP_LABELS[s.event]);
  if (steps.length) {
    lines.push('Étapes :');
    for (const s of steps) lines.push(`- ${shortDate(s.on)} : ${STEP_LABELS[s.event]}${s.note ? ` (${s.note})` : ''}`);
  }
  return lines.join('\n');
}
