/**
 * Reference values of the follow-up (contacts, appointments), checked by the database and shared
 * with the UI. Modalities are what the PIP must justify (DOMAIN.md step 6).
 */
export const CONTACT_MODALITIES = ['face_to_face', 'collective', 'phone', 'video', 'written'] as const;
export type ContactModality = (typeof CONTACT_MODALITIES)[number];

/** Where an appointment takes place. */
export const APPOINTMENT_PLACES = ['site', 'phone', 'video', 'home'] as const;
export type AppointmentPlace = (typeof APPOINTMENT_PLACES)[number];
/** How long an appointment lasts when its length was not given (agenda, calendar feed). */
export const DEFAULT_APPOINTMENT_MINUTES = 45;

/**
 * A contact's status: planned, then what happened. A contact recorded after the fact (a call, a
 * message answered) starts as held.
 */
export const CONTACT_STATUSES = ['planned', 'held', 'excused_absence', 'unexcused_absence', 'cancelled', 'moved'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const CONTACT_OUTCOMES = ['held', 'excused_absence', 'unexcused_absence', 'cancelled', 'moved'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** Collective workshops: their themes, a registration's place, and attendance. */
export const WORKSHOP_THEMES = ['cv', 'job_interview', 'digital_skills', 'mobility', 'discovering_trades', 'other'] as const;
export type WorkshopTheme = (typeof WORKSHOP_THEMES)[number];
export const REGISTRATION_STATUSES = ['registered', 'waiting'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const ATTENDANCES = ['present', 'absent', 'excused'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
