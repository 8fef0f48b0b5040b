import type { PrintingDepartment } from '../../../platform/pdf/document.js';
import type { IsoDate } from '../../../shared/calendar.js';

/**
 * Everything a letter about a breach shows, already resolved and in French, so the renderer
 * decides layout only. Each letter answers one dated step of the département's review.
 */
export type LetterKind = 'first_notification' | 'no_action' | 'suspension' | 'suspension_end' | 'suppression';

export interface BreachLetter {
  department: PrintingDepartment;
  kind: LetterKind;
  /** The day of the step, the letter's date. */
  on: IsoDate;
  /** The report's reference, quoted in the letter. */
  reference: string;
  person: { name: string; addressLines: string[] };
  breach: { kind: string; facts: string; factsFrom: IsoDate; factsTo: IsoDate; absences: IsoDate[] };
  /** The officer's decision, as recorded: the product computes none of it. */
  decision: {
    measure: string;
    sharePercent: number | null;
    months: number | null;
    startsOn: IsoDate | null;
    justification: string | null;
  } | null;
  /** Who signs for the président du conseil départemental. */
  signatory: string;
  /** ISO timestamp, printed in every page's footer. */
  generatedAt: string;
}
