import { z } from 'zod';
import {
  ACTION_STATUSES, ACTION_TYPES, ACTIVITY_TYPES, CONTRACT_KINDS, CONTRACT_NATURES, CONTRACT_STATUSES, HOURS_REDUCTION_REASONS,
  OBJECTIVE_DOMAINS, OBJECTIVE_RESULTS, OBJECTIVE_STATUSES, OBJECTIVE_TERMS, SIGNATURE_MODES,
} from '../cer.js';
import { RomeCode } from './beneficiaries.js';
import { IsoDate } from './common.js';

/** Requests and responses of the contracts capability (CER and CE). */

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().transform((v) => (v === '' ? null : v));

export const ActionInput = z
  .object({
    id: z.uuid().optional(),
    type: z.enum(ACTION_TYPES),
    label: text(300).min(2, 'Décrivez l’action (2 caractères au moins)'),
    organiser: optionalText(200),
    startsOn: IsoDate.nullable(),
    endsOn: IsoDate.nullable(),
    status: z.enum(ACTION_STATUSES).default('planned'),
  })
  .refine((a) => !a.startsOn || !a.endsOn || a.endsOn >= a.startsOn, { message: 'La fin précède le début', path: ['endsOn'] });

export const ObjectiveInput = z.object({
  id: z.uuid().optional(),
  term: z.enum(OBJECTIVE_TERMS),
  domain: z.enum(OBJECTIVE_DOMAINS),
  referenceItemId: z.uuid().nullable().default(null),
  wording: text(500).min(3, 'Formulez l’objectif (3 caractères au moins)'),
  deadline: IsoDate,
  status: z.enum(OBJECTIVE_STATUSES).default('planned'),
  consentOn: IsoDate.nullable().default(null),
  actions: z.array(ActionInput).max(20).default([]),
});

export const WeeklyPlanInput = z.object({
  hours: z.partialRecord(z.enum(ACTIVITY_TYPES), z.number().min(0).max(60).multipleOf(0.5, 'Par demi-heures')),
  reduction: z
    .object({ reason: z.enum(HOURS_REDUCTION_REASONS), hours: z.number().min(0).max(35), justification: text(2000) })
    .nullable(),
});

/** What the referent writes: the whole content of a draft, saved at once with the version it was loaded at. */
export const ContractContent = z.object({
  startsOn: IsoDate,
  durationMonths: z.number().int().min(1).max(36),
  targetJobs: z.array(z.object({ romeCode: RomeCode, label: text(200).min(1) })).max(10).default([]),
  zone: optionalText(200).default(null),
  expectedSalary: optionalText(100).default(null),
  contractTypeSought: optionalText(100).default(null),
  personCommitments: text(8000).default(''),
  organisationCommitments: text(8000).default(''),
  weeklyPlan: WeeklyPlanInput.nullable().default(null),
  objectives: z.array(ObjectiveInput).max(30).default([]),
});
export type ContractContent = z.infer<typeof ContractContent>;

export const ContractUpdate = ContractContent.extend({ version: z.number().int().min(1) });

export const SignatureInput = z.object({
  personSignedOn: IsoDate,
  referentSignedOn: IsoDate,
  mode: z.enum(SIGNATURE_MODES),
});
export const DecisionInput = z.object({ comment: optionalText(4000).default(null) });
export const ReturnInput = z.object({ comment: text(4000).min(5, 'Expliquez ce qui est à revoir (5 caractères au moins)') });
export const BulkValidationInput = z.object({ ids: z.array(z.uuid()).min(1).max(200), comment: optionalText(4000).default(null) });
export const CloseInput = z.object({ reason: text(1000).min(3, 'Indiquez le motif (3 caractères au moins)') });
export const EndInput = z.object({ on: IsoDate });

export const EvaluationInput = z.object({
  objectives: z.array(z.object({ id: z.uuid(), result: z.enum(OBJECTIVE_RESULTS), comment: optionalText(2000).default(null) })).max(30),
  /** The overall assessment: when given, the contract is evaluated (it must have ended). */
  overall: z.object({ result: z.enum(OBJECTIVE_RESULTS), assessment: text(8000).min(3) }).nullable().default(null),
});

export const FollowUpInput = z.object({
  objectives: z.array(z.object({ id: z.uuid(), status: z.enum(OBJECTIVE_STATUSES) })).max(30).default([]),
  actions: z.array(z.object({ id: z.uuid(), status: z.enum(ACTION_STATUSES) })).max(600).default([]),
});

const ActionView = z.object({
  id: z.uuid(),
  type: z.enum(ACTION_TYPES),
  label: z.string(),
  organiser: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
});
const ObjectiveView = z.object({
  id: z.uuid(),
  term: z.enum(OBJECTIVE_TERMS),
  domain: z.enum(OBJECTIVE_DOMAINS),
  referenceItemId: z.uuid().nullable(),
  wording: z.string(),
  deadline: z.string(),
  status: z.enum(OBJECTIVE_STATUSES),
  consentOn: z.string().nullable(),
  evaluationComment: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  actions: z.array(ActionView),
});
const ReviewView = z.object({ validated: z.boolean(), comment: z.string().nullable(), decidedAt: z.string(), decidedBy: z.string() });

export const ContractSummary = z.object({
  id: z.uuid(),
  beneficiaryId: z.uuid(),
  personName: z.string(),
  kind: z.enum(CONTRACT_KINDS),
  nature: z.enum(CONTRACT_NATURES),
  versionNumber: z.number().int(),
  status: z.enum(CONTRACT_STATUSES),
  startsOn: z.string(),
  endsOn: z.string(),
  providerName: z.string(),
  personSignedOn: z.string().nullable(),
  submittedAt: z.string().nullable(),
});
export type ContractSummary = z.infer<typeof ContractSummary>;

export const ContractView = ContractSummary.extend({
  previousId: z.uuid().nullable(),
  durationMonths: z.number().int(),
  targetJobs: z.array(z.object({ romeCode: z.string(), label: z.string() })),
  zone: z.string().nullable(),
  expectedSalary: z.string().nullable(),
  contractTypeSought: z.string().nullable(),
  personCommitments: z.string(),
  organisationCommitments: z.string(),
  weeklyPlan: WeeklyPlanInput.nullable(),
  /** For a CE: the planned total against the requirement, and what is wrong, if anything. */
  weeklyHours: z.object({ total: z.number(), required: z.number(), problem: z.string().nullable() }).nullable(),
  referentSignedOn: z.string().nullable(),
  signatureMode: z.enum(SIGNATURE_MODES).nullable(),
  hasScan: z.boolean(),
  endedOn: z.string().nullable(),
  closedReason: z.string().nullable(),
  overallResult: z.enum(OBJECTIVE_RESULTS).nullable(),
  overallAssessment: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  objectives: z.array(ObjectiveView),
  reviews: z.array(ReviewView),
  /** The assessment of the version it follows: what a renewal builds on. */
  previousAssessment: z.string().nullable(),
  version: z.number().int(),
  /** What the viewer may do now, computed by the server from the status and the role. */
  allowed: z.array(z.string()),
});
export type ContractView = z.infer<typeof ContractView>;

export const CONTRACT_QUEUES = ['to_sign', 'to_submit', 'returned', 'to_validate', 'to_renew', 'to_evaluate', 'to_convert'] as const;
export const ContractQueueQuery = z.object({
  queue: z.enum(CONTRACT_QUEUES),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ContractDefaults = z.object({
  kind: z.enum(CONTRACT_KINDS),
  durations: z.array(z.number().int()),
  minWeeklyHours: z.number(),
  ceStartDate: z.string(),
});
