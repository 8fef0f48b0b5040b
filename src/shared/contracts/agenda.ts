import { z } from 'zod';
import { APPOINTMENT_PLACES, CONTACT_STATUSES } from '../contacts.js';
import { IsoDate } from './common.js';

/** Requests and responses of the agenda (the staff's appointments and workshops) and of the regularity shares. */

/** The longest range one request reads: six weeks, enough for any month view. */
export const AGENDA_MAX_DAYS = 42;

export const AgendaQuery = z
  .object({
    from: IsoDate,
    /** Inclusive. */
    to: IsoDate,
    /** One staff member; left out: the caller's own agenda (a referent), the whole team (a PIP manager). */
    staffUserId: z.uuid().optional(),
  })
  .refine((q) => q.to >= q.from, { message: 'La fin doit suivre le début', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) < AGENDA_MAX_DAYS * 86_400_000, {
    message: `Une période de ${AGENDA_MAX_DAYS} jours au plus`,
    path: ['to'],
  });

export const AgendaItem = z.object({
  id: z.uuid(),
  kind: z.enum(['appointment', 'workshop']),
  staffUserId: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The appointment's subject or the workshop's title. */
  title: z.string(),
  /** An appointment's status (a workshop has none). */
  status: z.enum(CONTACT_STATUSES).nullable(),
  appointmentPlace: z.enum(APPOINTMENT_PLACES).nullable(),
  /** The name of the PIP's site an appointment on site names, if any. */
  siteName: z.string().nullable(),
  /** A workshop's place, as its organiser wrote it. */
  workshopPlace: z.string().nullable(),
  person: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The other items of the same staff member that overlap this one. */
  conflictsWith: z.array(z.uuid()),
});

export const AgendaStaff = z.object({ userId: z.uuid(), displayName: z.string() });

export const Agenda = z.object({
  from: IsoDate,
  to: IsoDate,
  /** Each staff member shown, with their items in time order. */
  staff: z.array(AgendaStaff.extend({ items: z.array(AgendaItem) })),
  /** The PIP's active staff a manager may choose from (empty for a referent). */
  team: z.array(AgendaStaff),
  /** Whether the caller has a private calendar feed URL in use. */
  feedActive: z.boolean(),
});

export const RegularityQuery = z.object({
  /** The département drills into one PIP's referents. */
  providerId: z.uuid().optional(),
});

export const RegularityShare = z.object({
  id: z.uuid().nullable(),
  name: z.string(),
  /** People the rule applies to now (accompanied, not suspended). */
  subject: z.number().int(),
  within: z.number().int(),
  late: z.number().int(),
  /** Within the rule / subject to it, from 0 to 1; null when nobody is subject to it. */
  share: z.number().nullable(),
});

export const RegularityReport = z.object({
  /** The day the stored alerts were computed for (they are refreshed daily). */
  asOf: IsoDate,
  total: RegularityShare,
  providers: z.array(RegularityShare),
  lots: z.array(RegularityShare),
  /** Per referent: a PIP's own, or the PIP the département chose. */
  referents: z.array(RegularityShare),
});
