import { z } from 'zod';
import { APPOINTMENT_PLACES, CONTACT_MODALITIES, CONTACT_STATUSES } from '../contacts.js';
import { IsoDate, IsoDateTime } from './common.js';
import { ReminderView } from './messages.js';
import { Site } from './organisations.js';

/** Requests and responses of the contacts capability (appointments and their outcome). */

const text = (max: number) => z.string().trim().max(max);
const minutes = z.number().int().min(1, 'Une minute au moins').max(600, 'Dix heures au plus');

export const AppointmentInput = z
  .object({
    scheduledAt: IsoDateTime,
    plannedMinutes: minutes.default(45),
    place: z.enum(APPOINTMENT_PLACES),
    /** One of the PIP's sites, for an appointment on site (its first site when none is given). */
    siteId: z.uuid('Site invalide').nullable().default(null),
    // Only web links: a javascript: or mailto: address would be a trap once shown as a link.
    videoLink: z.url({ protocol: /^https?$/, message: 'Lien de visioconférence invalide (https://…)' }).max(500).nullable().default(null),
    subject: text(300).min(3, 'Indiquez l’objet du rendez-vous (3 caractères au moins)'),
  })
  .refine((a) => a.place !== 'video' || a.videoLink !== null, { message: 'Un rendez-vous en visioconférence a besoin de son lien', path: ['videoLink'] });

/** A contact recorded after the fact: a phone call, a message answered, a meeting not planned. */
export const ContactInput = z.object({
  on: IsoDate,
  modality: z.enum(CONTACT_MODALITIES),
  durationMinutes: minutes.nullable().default(null),
  subject: text(300).min(3, 'Indiquez l’objet du contact (3 caractères au moins)'),
  summary: text(8000).nullable().default(null),
});

/** What happened to a planned appointment. */
export const OutcomeInput = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('held'),
    modality: z.enum(CONTACT_MODALITIES),
    durationMinutes: minutes.nullable().default(null),
    summary: text(8000).nullable().default(null),
  }),
  z.object({ outcome: z.literal('excused_absence'), reason: text(1000).min(3, 'Indiquez l’excuse donnée (3 caractères au moins)') }),
  z.object({ outcome: z.literal('unexcused_absence') }),
  z.object({ outcome: z.literal('cancelled'), reason: text(1000).min(3, 'Indiquez le motif (3 caractères au moins)') }),
  z.object({
    outcome: z.literal('moved'),
    scheduledAt: IsoDateTime,
    /** Another of the PIP's sites for the new appointment; none keeps the site it had. */
    siteId: z.uuid('Site invalide').nullable().default(null),
    reason: text(1000).nullable().default(null),
  }),
]);
export type OutcomeInput = z.infer<typeof OutcomeInput>;

export const ContactView = z.object({
  id: z.uuid(),
  status: z.enum(CONTACT_STATUSES),
  subject: z.string(),
  scheduledAt: z.string().nullable(),
  plannedMinutes: z.number().int().nullable(),
  place: z.enum(APPOINTMENT_PLACES).nullable(),
  /** The PIP's site it takes place at, for an appointment on site that names one. */
  siteId: z.uuid().nullable(),
  siteName: z.string().nullable(),
  videoLink: z.string().nullable(),
  happenedOn: z.string().nullable(),
  modality: z.enum(CONTACT_MODALITIES).nullable(),
  durationMinutes: z.number().int().nullable(),
  summary: z.string().nullable(),
  reason: z.string().nullable(),
  movedFromId: z.uuid().nullable(),
  staffName: z.string(),
  /** Its reminders (e-mail, SMS) and where each one is. */
  reminders: z.array(ReminderView),
});
export type ContactView = z.infer<typeof ContactView>;

export const PersonContacts = z.object({
  contacts: z.array(ContactView),
  /** Dates of unexcused absences, newest first: facts for a breach report. */
  unexcusedAbsences: z.array(z.string()),
  /** The sites of the PIP following the person, its first site first: where an appointment may take place. */
  sites: z.array(Site),
});
