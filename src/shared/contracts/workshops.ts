import { z } from 'zod';
import { ATTENDANCES, REGISTRATION_STATUSES, WORKSHOP_THEMES } from '../contacts.js';
import { IsoDateTime } from './common.js';

/** Requests and responses of the workshops capability (collective sessions and attendance). */

const text = (max: number) => z.string().trim().max(max);

export const SessionInput = z
  .object({
    theme: z.enum(WORKSHOP_THEMES),
    title: text(200).min(3, 'Donnez un intitulé (3 caractères au moins)'),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    place: text(300).min(2, 'Indiquez le lieu'),
    capacity: z.number().int().min(1).max(200),
    facilitator: text(160).min(2, 'Indiquez l’animateur·rice'),
    /** The staff member whose agenda shows the session; the creator when left out. */
    facilitatorUserId: z.uuid().optional(),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), { message: 'La fin doit suivre le début', path: ['endsAt'] });

export const RegistrationInput = z.object({ beneficiaryId: z.uuid() });
export const AttendanceInput = z.object({
  attendance: z.array(z.object({ registrationId: z.uuid(), attendance: z.enum(ATTENDANCES) })).min(1).max(200),
});

export const RegistrationView = z.object({
  id: z.uuid(),
  beneficiaryId: z.uuid(),
  personName: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  attendance: z.enum(ATTENDANCES).nullable(),
});
export const SessionView = z.object({
  id: z.uuid(),
  theme: z.enum(WORKSHOP_THEMES),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  capacity: z.number().int(),
  facilitator: z.string(),
  registered: z.number().int(),
  waiting: z.number().int(),
  hasSheetScan: z.boolean(),
});
export const SessionDetail = SessionView.extend({ registrations: z.array(RegistrationView) });
