import { z } from 'zod';
import { BREACH_KINDS, OBSERVATION_MODES, REPORT_STATUSES, REVIEW_STATUSES } from '../compliance.js';
import { Id, IsoDate, trimmed } from './common.js';

/** A breach report as the referent writes it: the facts, their period, the absences picked. */
export const ReportInput = z
  .object({
    kind: z.enum(BREACH_KINDS),
    facts: trimmed(4000),
    factsFrom: IsoDate,
    factsTo: IsoDate,
    /** Contacts of the person with the status « absence non excusée ». */
    absenceIds: z.array(Id).max(50).default([]),
  })
  .refine((r) => r.factsTo >= r.factsFrom, { path: ['factsTo'], message: 'La fin de la période précède son début.' })
  .refine((r) => r.kind !== 'unexcused_absences' || r.absenceIds.length > 0, {
    path: ['absenceIds'],
    message: 'Choisissez les absences non excusées que vous signalez.',
  });
export type ReportInput = z.infer<typeof ReportInput>;

/** The corrected report, sent back with the version the referent loaded. */
export const ReportUpdate = z.object({ version: z.number().int().min(1), report: ReportInput });

export const ApprovalInput = z
  .object({ decision: z.enum(['approve', 'return']), comment: z.string().trim().max(2000).optional() })
  .refine((a) => a.decision === 'approve' || (a.comment ?? '').length > 0, { path: ['comment'], message: 'Dites au référent ce qui est à reprendre.' });

const note = (message: string) => z.string({ error: message }).trim().min(1, message).max(4000);
const step = { on: IsoDate };
const sanction = {
  /** The row of the département's sanction table the officer picked. */
  scaleCode: z.string().min(1),
  sharePercent: z.number().int().min(0).max(100),
  largerHousehold: z.boolean(),
  startsOn: IsoDate,
  note: note('Motivez la décision.'),
};

/** One step of the département's review; each carries the day it happened. */
export const ReviewStepInput = z.discriminatedUnion('event', [
  z.object({ event: z.literal('start_review'), ...step, note: z.string().trim().max(4000).optional() }),
  z.object({ event: z.literal('close'), ...step, note: note('Indiquez le motif légitime retenu.') }),
  z.object({ event: z.literal('notify'), ...step, note: z.string().trim().max(4000).optional() }),
  z.object({
    event: z.literal('record_observations'),
    ...step,
    mode: z.enum(OBSERVATION_MODES),
    assisted: z.boolean(),
    assistedBy: z.string().trim().max(200).optional(),
    note: z.string().trim().max(4000).optional(),
  }),
  z.object({ event: z.literal('decide_no_action'), ...step, note: note('Motivez la décision.') }),
  z.object({ event: z.literal('decide_suspension'), ...step, ...sanction, months: z.number().int().min(1).max(24) }),
  z.object({ event: z.literal('end_suspension'), ...step, note: z.string().trim().max(4000).optional() }),
  z.object({ event: z.literal('refer_to_ep'), ...step, note: note('Indiquez pourquoi l’équipe pluridisciplinaire est saisie.') }),
  z.object({ event: z.literal('decide_suppression'), ...step, ...sanction }),
]);
export type ReviewStepInput = z.infer<typeof ReviewStepInput>;

export const ReportListQuery = z.object({
  status: z.enum(REPORT_STATUSES).optional(),
  reviewStatus: z.enum(REVIEW_STATUSES).optional(),
  open: z.enum(['true', 'false']).optional(),
});

export const ReportSummary = z.object({
  id: Id,
  beneficiaryId: Id,
  personName: z.string(),
  providerName: z.string(),
  territoryName: z.string().nullable(),
  kind: z.enum(BREACH_KINDS),
  status: z.enum(REPORT_STATUSES),
  reviewStatus: z.enum(REVIEW_STATUSES).nullable(),
  reportedAt: z.string(),
  sentAt: z.string().nullable(),
  /** Days since it reached the département (or since it was made, before). */
  ageDays: z.number().int(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const StepView = z.object({
  id: Id,
  event: z.string(),
  reviewStatus: z.enum(REVIEW_STATUSES).nullable(),
  on: IsoDate,
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  recordedByName: z.string(),
  recordedAt: z.string(),
  /** A letter to the person can be printed for this step. */
  letter: z.boolean(),
});

export const ReportView = ReportSummary.extend({
  facts: z.string(),
  factsFrom: IsoDate,
  factsTo: IsoDate,
  version: z.number().int(),
  reportedByName: z.string(),
  returnComment: z.string().nullable(),
  absences: z.array(z.object({ contactId: Id, happenedOn: IsoDate })),
  evidence: z.array(z.object({ id: Id, name: z.string() })),
  steps: z.array(StepView),
  /** What the viewer may do now (PIP: approve, return, resubmit, withdraw; officer: the review's events). */
  actions: z.array(z.string()),
});
export type ReportView = z.infer<typeof ReportView>;

const Count = z.object({ key: z.string(), count: z.number().int() });
export const ComplianceDashboard = z.object({
  /** Open reports by review status and age band (days since received). */
  openByStatusAndAge: z.array(z.object({ reviewStatus: z.enum(REVIEW_STATUSES), band: z.enum(['under_30', '30_to_60', 'over_60']), count: z.number().int() })),
  /** Decisions (review steps) by type and territory. */
  decisions: z.array(z.object({ event: z.string(), territoryName: z.string().nullable(), count: z.number().int() })),
  /** Reports waiting for an équipe pluridisciplinaire session. */
  toPrepare: z.array(Count),
});
export type ComplianceDashboard = z.infer<typeof ComplianceDashboard>;
