import { z } from 'zod';
import { REVIEW_STATUSES } from '../compliance.js';
import { memberLine, SESSION_FILTERS, SESSION_PHASES } from '../team-sessions.js';
import { Id, IsoDate, trimmed } from './common.js';

const Hour = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Indiquez une heure au format HH:MM.');

/** A session as the officer plans it: territory, day and hour, place, the members convened. */
export const SessionInput = z.object({
  territoryId: Id,
  heldOn: IsoDate,
  startsAt: Hour,
  place: trimmed(300),
  members: z
    .array(z.string().trim().max(200))
    .transform((lines) => lines.filter((l) => l.length > 0))
    .pipe(z.array(z.string()).min(1, 'Indiquez au moins un membre.').max(40))
    .refine((lines) => lines.every((l) => memberLine(l) !== null), { message: 'Écrivez chaque membre sous la forme « Nom — qualité ».' })
    .transform((lines) => lines.map((l) => memberLine(l)!)),
});
export type SessionInput = z.input<typeof SessionInput>;

export const SessionUpdate = z.object({ version: z.number().int().min(1), session: SessionInput });

export const SessionQuery = z.object({ territoryId: Id.optional(), when: z.enum(SESSION_FILTERS).optional() });

export const SessionSummary = z.object({
  id: Id,
  territoryId: Id,
  territoryName: z.string(),
  heldOn: IsoDate,
  startsAt: z.string(),
  place: z.string(),
  phase: z.enum(SESSION_PHASES),
  caseCount: z.number().int(),
  opinionCount: z.number().int(),
  /** Reports of the territory referred to the EP and on no agenda yet. */
  waiting: z.number().int(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const CaseView = z.object({
  id: Id,
  reportId: Id,
  beneficiaryId: Id,
  personName: z.string(),
  reviewStatus: z.enum(REVIEW_STATUSES).nullable(),
  summary: z.string(),
  opinion: z.string().nullable(),
  /** What the officer may do with the case now. */
  actions: z.array(z.enum(['edit_summary', 'record_opinion', 'remove', 'decide'])),
});
export type CaseView = z.infer<typeof CaseView>;

export const SessionView = SessionSummary.extend({
  members: z.array(z.string()),
  version: z.number().int(),
  createdByName: z.string(),
  cases: z.array(CaseView),
  /** Whether the session itself may still change its territory and day (no opinion given yet). */
  datesLocked: z.boolean(),
});
export type SessionView = z.infer<typeof SessionView>;

/** A report the officer may put on the session's agenda. */
export const Candidate = z.object({ reportId: Id, personName: z.string(), referredOn: IsoDate.nullable() });

export const CaseInput = z.object({ reportId: Id });
/**
 * `previous` is the text as the officer loaded it: a save over someone else's correction answers
 * 409 instead of erasing it (compare-and-set on the text itself).
 */
export const SummaryInput = z.object({ summary: trimmed(8000), previous: z.string().max(8000) });
export const OpinionInput = z.object({ opinion: trimmed(8000), previous: z.string().max(8000).nullable() });

/** The EP cases of a report, for a link from the report's page. */
export const ReportCase = z.object({ caseId: Id, sessionId: Id, heldOn: IsoDate, territoryName: z.string(), opinion: z.string().nullable() });
