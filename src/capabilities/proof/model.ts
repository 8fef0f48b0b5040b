import type { PrintingDepartment } from '../../platform/pdf/document.js';
import type { IsoDate } from '../../shared/calendar.js';

/**
 * A person's justification pack (FSE+): what an auditor asks for to accept that the PIP followed
 * the person during a period — the contact log, the signed attendance sheets of the workshops
 * attended, the signed contracts. Everything is already resolved and in French; no free-text note
 * is part of it (the auditor has no access to personal notes).
 */
export interface ProofPack {
  department: PrintingDepartment;
  fundingMention: boolean;
  provider: string | null;
  person: { lastName: string; firstNames: string; birthDate: IsoDate; cafNumber: string | null; franceTravailId: string | null };
  period: { from: IsoDate; to: IsoDate };
  contacts: ProofContact[];
  workshops: ProofWorkshop[];
  contracts: ProofContract[];
  /** The exit within the period and its FSE+ result, once recorded. */
  exit: ProofExit | null;
  /** ISO timestamp, printed in every page's footer. */
  generatedAt: string;
}

export interface ProofContact {
  on: IsoDate;
  /** The modality's label; null for an appointment that did not take place. */
  modality: string | null;
  durationMinutes: number | null;
  staff: string;
  status: string;
}

export interface ProofWorkshop {
  on: IsoDate;
  theme: string;
  title: string;
  facilitator: string;
  /** The attendance recorded for the person, or null while it is not. */
  attendance: string | null;
  /** The signed attendance sheet, when its scan was attached. */
  sheet: StoredScan | null;
}

export interface ProofContract {
  /** « CER n° 2 », « Contrat d’engagement n° 1 ». */
  label: string;
  status: string;
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
  signedOn: IsoDate | null;
  scan: StoredScan | null;
}

/** The end of the accompaniment and the person's situation at exit (the FSE+ result), in French. */
export interface ProofExit {
  endedOn: IsoDate;
  reason: string | null;
  situation: string;
  situationOn: IsoDate;
  /** « CDD, 6 mois » for a job; null otherwise. */
  employment: string | null;
  evaluatedOn: IsoDate | null;
}

/** A stored scan to copy into the pack, with the fingerprint the log prints for it. */
export interface StoredScan {
  fileId: string;
  mediaType: string;
  sha256: string;
}
