import type { PrintingDepartment } from '../../../platform/pdf/document.js';
import type { IsoDate } from '../../../shared/calendar.js';

/** A session of the équipe pluridisciplinaire as its documents print it, resolved and in French. */
export interface PrintedSession {
  territoryName: string;
  heldOn: IsoDate;
  /** 'HH:MM'. */
  startsAt: string;
  place: string;
}

/** The letter convening the person before the EP (their right to be heard, assisted, to write). */
export interface ConvocationLetter {
  department: PrintingDepartment;
  session: PrintedSession;
  /** The day the letter is printed. */
  on: IsoDate;
  reference: string;
  person: { name: string; addressLines: string[] };
  signatory: string;
  generatedAt: string;
}

/** The record of a session: who sat, each case examined with the opinion given. */
export interface SessionRecord {
  department: PrintingDepartment;
  session: PrintedSession & { members: string[] };
  cases: { personName: string; reference: string; summary: string; opinion: string | null }[];
  signatory: string;
  generatedAt: string;
}
