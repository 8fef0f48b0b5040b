import type { PrintingDepartment } from '../../../platform/pdf/document.js';
import type { IsoDate } from '../../../shared/calendar.js';

/**
 * Everything the decision letter sent to the person shows, already resolved and in French, so the
 * renderer decides layout only.
 */
export interface AidLetter {
  department: PrintingDepartment;
  person: { lastName: string; firstNames: string; addressLines: string[] };
  provider: { name: string };
  request: {
    aidType: string;
    purpose: string;
    requestedCents: number;
    submittedOn: IsoDate | null;
  };
  decision: {
    outcome: 'granted' | 'refused';
    decidedOn: IsoDate;
    grantedCents: number | null;
    reason: string;
    /** Who is paid: « vous » or the supplier's name. */
    payee: string;
    paid: { on: IsoDate; cents: number } | null;
  };
  /** ISO timestamp, printed in every page's footer. */
  generatedAt: string;
}
