import type { PrintingDepartment } from '../../../platform/pdf/document.js';
import type { IsoDate } from '../../../shared/calendar.js';

/**
 * Everything the attendance sheet (feuille d'émargement) of a collective workshop shows, already
 * resolved and in French, so the renderer decides layout only. Under FSE+ the signed sheet is the
 * proof that each participant attended: it is archived with the operation's evidence.
 */

export type HalfDay = 'morning' | 'afternoon';
export type Attendance = 'present' | 'absent' | 'excused';

export interface AttendanceSheet {
  department: PrintingDepartment;
  /** The FSE+ co-funding mention and EU emblem on every page, which funded actions must display. */
  fundingMention: boolean;
  /** The PIP running the workshop. */
  provider: { name: string };
  workshop: {
    /** The theme's label in French (from the département's reference list). */
    theme: string;
    title: string;
    date: IsoDate;
    /** 'HH:MM', wall-clock time in France. */
    startTime: string;
    endTime: string;
    place: string;
    facilitator: string;
  };
  /** One signature column each, printed in this order (« Matin », « Après-midi »); none gives a single « Signature » column. */
  halfDays: HalfDay[];
  /** Printed in this order, numbered from 1. */
  participants: {
    lastName: string;
    firstNames: string;
    /** null: not recorded yet, the sheet is printed blank to be signed by hand. */
    attendance: Attendance | null;
  }[];
  /** ISO timestamp, printed in every page's footer. */
  generatedAt: string;
}
