import type { IsoDate } from '../../shared/calendar.js';
import type { ReviewStatus } from '../../shared/compliance.js';
import type { SessionPhase } from '../../shared/team-sessions.js';

/**
 * What the équipe pluridisciplinaire's agenda allows, as plain functions: each returns the French
 * reason for a refusal, or null. The EP gives an opinion; the decision stays the officer's, taken
 * through the review of the report (never here).
 */

export interface SessionFacts {
  territoryId: string;
  heldOn: IsoDate;
}

export interface ReportFacts {
  reviewStatus: ReviewStatus | null;
  territoryId: string | null;
  /** The report is already on an agenda (this one or another) without an opinion yet. */
  pending: boolean;
  /** An opinion was already given on it. */
  heard: boolean;
}

/** A session is held once its day has come: opinions are recorded from that day on. */
export const isHeld = (session: Pick<SessionFacts, 'heldOn'>, today: IsoDate): boolean => session.heldOn <= today;

/** Only a report the officer referred to the EP, of the session's territory, once, before the session. */
export function addCaseRefusal(session: SessionFacts, report: ReportFacts, today: IsoDate): string | null {
  if (report.reviewStatus !== 'referred_to_ep') return 'Seul un signalement dont l’équipe pluridisciplinaire est saisie peut être inscrit.';
  if (report.pending) return 'Ce signalement est déjà inscrit à l’ordre du jour d’une séance.';
  if (report.heard) return 'L’équipe pluridisciplinaire a déjà donné son avis sur ce signalement.';
  if (report.territoryId !== null && report.territoryId !== session.territoryId) return 'Ce signalement relève d’un autre territoire.';
  if (session.heldOn < today) return 'La séance a déjà eu lieu : inscrivez le dossier à une prochaine séance.';
  return null;
}

export interface CaseFacts {
  opinion: string | null;
  /** The report's review status now: a decision taken after the opinion closes the case. */
  reviewStatus: ReviewStatus | null;
}

/** The file summary is the agenda's: it can be corrected until the opinion is given. */
export const summaryRefusal = (c: CaseFacts): string | null =>
  c.opinion !== null ? 'L’avis est donné : le résumé du dossier ne change plus.' : null;

/** An opinion is given at the session, not before; it may be corrected until the département decides. */
export function opinionRefusal(session: Pick<SessionFacts, 'heldOn'>, c: CaseFacts, today: IsoDate): string | null {
  if (!isHeld(session, today)) return 'L’avis ne peut être enregistré qu’à partir du jour de la séance.';
  if (c.reviewStatus !== 'referred_to_ep') return 'Le Département a déjà décidé : l’avis ne change plus.';
  return null;
}

/** A case leaves the agenda before the session only, and never once the opinion is given. */
export function removalRefusal(session: Pick<SessionFacts, 'heldOn'>, c: CaseFacts, today: IsoDate): string | null {
  if (c.opinion !== null) return 'L’avis est donné : le dossier reste à l’ordre du jour.';
  if (session.heldOn < today) return 'La séance a eu lieu : le dossier ne peut plus être retiré.';
  return null;
}

/** The decision is recorded on the report's review, by the officer, once the opinion is there. */
export const mayDecide = (c: CaseFacts): boolean => c.opinion !== null && c.reviewStatus === 'referred_to_ep';

/**
 * Once an opinion is given, the session's territory and day are facts of record: they no longer
 * change (its place and members may still be corrected). With cases on the agenda, the territory
 * stays, as the cases are the territory's.
 */
export function sessionEditRefusal(before: SessionFacts, after: SessionFacts, agenda: { cases: number; opinions: number }): string | null {
  if (agenda.opinions > 0 && (before.heldOn !== after.heldOn || before.territoryId !== after.territoryId)) {
    return 'Des avis ont été donnés : la date et le territoire de la séance ne changent plus.';
  }
  if (agenda.cases > 0 && before.territoryId !== after.territoryId) return 'Retirez d’abord les dossiers inscrits avant de changer de territoire.';
  return null;
}

/** Held once its day is past; to come otherwise, « to prepare » while its agenda is empty or reports of its territory wait. */
export function sessionPhase(heldOn: IsoDate, today: IsoDate, agenda: { cases: number; waiting: number }): SessionPhase {
  if (heldOn < today) return 'held';
  return agenda.cases === 0 || agenda.waiting > 0 ? 'to_prepare' : 'upcoming';
}
