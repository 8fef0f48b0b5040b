import type { PrintingDepartment } from '../../../platform/pdf/document.js';
import type { IsoDate } from '../../../shared/calendar.js';

/**
 * Everything the convocation letter of an appointment shows, already in French: for a person
 * without phone or e-mail, the letter is the reminder (posted, or handed over).
 */
export interface Convocation {
  department: PrintingDepartment;
  /** The FSE+ co-funding mention and EU emblem, which funded actions must display. */
  fundingMention: boolean;
  provider: { name: string; address: string | null };
  person: {
    /** « Madame », « Monsieur », or null when unknown (the letter then greets both). */
    title: string | null;
    lastName: string;
    firstNames: string;
    /** The postal address, line by line; empty when the person has none on record. */
    addressLines: string[];
  };
  appointment: {
    date: IsoDate;
    /** 'HH:MM', wall-clock time in France. */
    time: string;
    minutes: number | null;
    /** Where, in words (the PIP's address, by phone, video link…). */
    place: string;
    subject: string;
    staffName: string;
    referentName: string | null;
  };
  /** ISO timestamp, printed in every page's footer. */
  generatedAt: string;
}
