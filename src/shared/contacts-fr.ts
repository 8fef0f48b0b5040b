import type { AppointmentPlace, Attendance, ContactModality, ContactStatus, RegistrationStatus, WorkshopTheme } from './contacts.js';

/**
 * The follow-up's values in French, once for the screens and the printed documents (attendance
 * sheets, proof packs are printed in French whatever the UI language).
 */
export const CONTACT_FR = {
  modalities: {
    face_to_face: 'Entretien individuel en présentiel',
    collective: 'Activité collective (atelier)',
    phone: 'Téléphone',
    video: 'Visioconférence',
    written: 'Message écrit (courriel, SMS, courrier)',
  } satisfies Record<ContactModality, string>,
  places: { site: 'Dans les locaux du PIP', phone: 'Par téléphone', video: 'En visioconférence', home: 'Au domicile de la personne' } satisfies Record<AppointmentPlace, string>,
  statuses: {
    planned: 'Prévu',
    held: 'Réalisé',
    excused_absence: 'Absence excusée',
    unexcused_absence: 'Absence non excusée',
    cancelled: 'Annulé',
    moved: 'Déplacé',
  } satisfies Record<ContactStatus, string>,
  themes: {
    cv: 'CV et lettre de motivation',
    job_interview: 'Préparer un entretien d’embauche',
    digital_skills: 'Compétences numériques',
    mobility: 'Mobilité',
    discovering_trades: 'Découverte des métiers',
    other: 'Autre thème',
  } satisfies Record<WorkshopTheme, string>,
  registrationStatuses: { registered: 'Inscrit·e', waiting: 'En liste d’attente' } satisfies Record<RegistrationStatus, string>,
  attendances: { present: 'Présent·e', absent: 'Absent·e', excused: 'Excusé·e' } satisfies Record<Attendance, string>,
} as const;
