import { z } from 'zod';
import { ORIENTATION_KINDS } from '../beneficiaries.js';
import { IsoDate } from './common.js';

const reason = z.string().trim().min(3, 'Précisez le motif (3 caractères au moins)').max(2000);

export const OrientationInput = z
  .object({
    beneficiaryIds: z.array(z.uuid()).min(1).max(500),
    kind: z.enum(ORIENTATION_KINDS),
    decidedOn: IsoDate,
    reason,
    lotId: z.uuid().nullable().default(null),
    /** Required to orient beyond a lot's contracted capacity. */
    overCapacityReason: z.string().trim().min(3).max(2000).nullable().default(null),
  })
  .refine((o) => (o.kind === 'professional') === (o.lotId !== null), {
    message: 'Une orientation professionnelle désigne un lot ; les autres n’en désignent pas.',
    path: ['lotId'],
  });
export type OrientationInput = z.infer<typeof OrientationInput>;

export const LotProposal = z.object({
  lotId: z.uuid(),
  label: z.string(),
  number: z.number().int(),
  providerId: z.uuid().nullable(),
  providerName: z.string().nullable(),
  capacity: z.number().int(),
  /** People counted against the lot: awaiting a referent or accompanied. */
  inUse: z.number().int(),
  remaining: z.number().int(),
  matchesTerritory: z.boolean(),
});
export const OrientationProposal = z.object({ territoryId: z.uuid().nullable(), territoryName: z.string().nullable(), lots: z.array(LotProposal) });

export const AssignmentInput = z.object({ referentId: z.uuid() });
export const SendBackInput = z.object({ reason });
export const DatedInput = z.object({ on: IsoDate });
export const SuspendInput = z.object({ on: IsoDate, reason });
/** The reason is one of the person's tender lot's exit reasons (setting `exitReasons`): it brings its category and positive flag. */
export const ExitInput = z.object({ on: IsoDate, reasonCode: z.string().trim().min(1, 'Choisissez un motif de sortie').max(40) });

export const ReferentCaseload = z.object({
  referentId: z.uuid(),
  displayName: z.string(),
  active: z.boolean(),
  caseload: z.number().int(),
  target: z.number().int(),
  withAlerts: z.number().int(),
});
export type ReferentCaseload = z.infer<typeof ReferentCaseload>;
