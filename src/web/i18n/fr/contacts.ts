import type { ContactOutcome } from '../../../shared/contacts.js';
import { CONTACT_FR } from '../../../shared/contacts-fr.js';

const minutes = (n: string) => `${n} min`;

/** French catalogue, the follow-up: the person's « Contacts » tab and its dialogs. */
export const contacts = {
  tab: 'Contacts',
  title: 'Rendez-vous et contacts',
  modalities: CONTACT_FR.modalities,
  places: CONTACT_FR.places,
  statuses: CONTACT_FR.statuses,
  actions: {
    label: 'Actions de suivi',
    plan: 'Planifier un rendez-vous',
    record: 'Noter un contact',
    outcome: 'Noter le déroulement',
    change: 'Déplacer ou annuler',
    /** Read by screen readers after the button's text: each appointment's button names it. */
    of: (when: string) => ` du rendez-vous du ${when}`,
  },
  notFollowed: 'Les rendez-vous et contacts se notent tant que la personne est accompagnée par le PIP.',
  empty: 'Aucun rendez-vous ni contact pour l’instant',
  emptyHelp: 'Planifiez le prochain rendez-vous, ou notez un contact qui a déjà eu lieu (appel, message, entretien non prévu).',
  planned: {
    title: 'Rendez-vous prévus',
    none: 'Aucun rendez-vous prévu.',
    toRecord: 'Déroulement à noter',
  },
  history: {
    title: 'Historique',
    none: 'Aucun contact passé pour l’instant.',
  },
  absences: {
    title: 'Absences non excusées',
    none: 'Aucune absence non excusée.',
    count: (n: number) => (n === 1 ? '1 absence non excusée :' : `${n} absences non excusées :`),
  },
  entry: {
    place: 'Lieu',
    site: 'Site',
    modality: 'Modalité',
    plannedDuration: 'Durée prévue',
    duration: 'Durée',
    minutes,
    videoLink: 'Lien de visioconférence',
    newWindow: '(nouvelle fenêtre)',
    summary: 'Compte rendu',
    reason: 'Motif',
    excuse: 'Excuse donnée',
    /** Who holds the appointment or took the contact. */
    by: 'Intervenant·e',
    notPlanned: 'Contact non planifié',
    movedTo: (when: string) => `Reporté au ${when}`,
    movedFrom: (when: string) => `Report du rendez-vous du ${when}`,
  },
  dialogs: {
    date: 'Date',
    time: 'Heure (heure de Paris)',
    subject: 'Objet',
    durationMinutes: 'Durée (en minutes)',
    durationHelp: 'Facultatif.',
    summary: 'Compte rendu',
    summaryHelp: 'Ce qui a été abordé et décidé. Des faits : la personne peut demander à lire son dossier.',
    modality: 'Modalité',
    plan: {
      title: 'Planifier un rendez-vous',
      submit: 'Planifier',
      plannedMinutes: 'Durée prévue (en minutes)',
      place: 'Lieu',
      site: 'Site du PIP',
      siteHelp: 'Son adresse figure sur la convocation et dans les rappels.',
      videoLink: 'Lien de visioconférence',
      videoLinkHelp: 'L’adresse complète, commençant par https://',
      subjectHelp: 'Par exemple : point sur les candidatures, préparation du contrat.',
    },
    record: {
      title: 'Noter un contact',
      help: 'Un contact qui a déjà eu lieu sans avoir été planifié : un appel, un message auquel la personne a répondu, un entretien.',
      onHelp: 'Le jour du contact, aujourd’hui ou avant.',
    },
    outcome: {
      title: 'Déroulement du rendez-vous',
      appointment: (when: string, subject: string) => `Rendez-vous du ${when} : ${subject}`,
      outcome: 'Ce qui s’est passé',
      outcomes: {
        held: 'Le rendez-vous a eu lieu',
        excused_absence: 'Absence excusée',
        unexcused_absence: 'Absence non excusée',
        cancelled: 'Annulé',
        moved: 'Déplacé à une autre date',
      } satisfies Record<ContactOutcome, string>,
      futureHelp: 'Le rendez-vous n’a pas encore eu lieu : il peut être déplacé, annulé, ou la personne a prévenu de son absence.',
      excuse: 'Excuse donnée par la personne',
      cancelReason: 'Motif de l’annulation',
      unexcusedNotice: 'L’absence sera comptée parmi les absences non excusées de la personne, faits utiles à un éventuel signalement au département.',
      newDate: 'Nouvelle date',
      moveReason: 'Motif du report',
      moveReasonHelp: 'Facultatif.',
    },
  },
  done: {
    planned: 'Rendez-vous planifié.',
    recorded: 'Contact enregistré.',
    outcome: {
      held: 'Rendez-vous noté comme réalisé.',
      excused_absence: 'Absence excusée enregistrée.',
      unexcused_absence: 'Absence non excusée enregistrée.',
      cancelled: 'Rendez-vous annulé.',
      moved: 'Rendez-vous déplacé.',
    } satisfies Record<ContactOutcome, string>,
  },
};
