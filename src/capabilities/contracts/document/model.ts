import type { PrintingDepartment } from '../../../platform/pdf/document.js';
import type { IsoDate } from '../../../shared/calendar.js';
import type { ContractKind, ContractNature } from '../../../shared/cer.js';
import type { TargetJob } from '../schema.js';

/**
 * Everything the printable contract shows, already resolved and translated: labels arrive in
 * French (« Validé », « Court terme », « En présentiel »...) so the renderer decides layout only
 * and the same document can be built from a stored contract or from a draft being edited.
 */
export interface ContractDocument {
  /** CER before 2025, CE (loi pour le plein emploi) since. */
  kind: ContractKind;
  versionNumber: number;
  nature: ContractNature;
  /** The contract's status, in French. */
  status: string;
  department: PrintingDepartment;
  /** The FSE+ co-funding mention and EU emblem, which funded actions must display. */
  fundingMention: boolean;
  person: {
    civility: string | null;
    lastName: string;
    firstNames: string;
    birthDate: IsoDate;
    cafNumber: string | null;
    franceTravailId: string | null;
    address: string | null;
  };
  provider: { name: string; siteAddress: string | null } | null;
  referent: { displayName: string; email: string | null } | null;
  startsOn: IsoDate;
  endsOn: IsoDate;
  durationMonths: number;
  project: {
    targetJobs: TargetJob[];
    zone: string | null;
    expectedSalary: string | null;
    contractTypeSought: string | null;
  };
  /** Free text; blank lines separate paragraphs. */
  personCommitments: string;
  organisationCommitments: string;
  /** CE only. */
  weeklyPlan: {
    /** Activity labels in French, hours per week. */
    activities: { label: string; hours: number }[];
    totalHours: number;
    /** The norm before any reduction (15 h by law, a département setting). */
    requiredHours: number;
    /** Hours per week owed after the documented reduction, as in rules.ts (`WeeklyPlan`). */
    reduction: { reason: string; hours: number } | null;
  } | null;
  objectives: ContractObjective[];
  signatures: {
    person: { signedOn: IsoDate | null; mode: string | null };
    referent: { name: string | null; signedOn: IsoDate | null };
  };
  decision: { label: string; on: IsoDate; by: string; comment: string | null } | null;
  overallAssessment: string | null;
  /** ISO timestamp, printed in every page's footer. */
  generatedAt: string;
}

export interface ContractObjective {
  /** « Court terme », « Moyen terme », « Long terme ». */
  term: string;
  domain: string;
  wording: string;
  deadline: IsoDate;
  status: string;
  /** The person agreed to this objective. */
  consent: boolean;
  actions: { type: string; organiser: string | null; startsOn: IsoDate | null; endsOn: IsoDate | null; status: string }[];
  evaluation: { result: string; comment: string | null } | null;
}
