import { pluralFr as plural } from '../plural.js';
import type { MessageChannel, MessageStatus } from '../../../shared/messages.js';

/** French catalogue, reminders: the outbox page and each appointment's reminders. */
export const outbox = {
  /** Entry of the navigation and of the home page card (merged into `areas` by index.ts). */
  area: {
    label: 'Messages',
    description: 'Les rappels de rendez-vous envoyés aux personnes par e-mail ou SMS, ou gardés ici quand aucun envoi n’est configuré.',
  },
  title: 'Messages',
  intro:
    'Les rappels de rendez-vous, du plus récent au plus ancien. Un message « conservé ici » n’a pas été envoyé : aucun serveur d’envoi n’est configuré, transmettez-le vous-même. Un envoi « interrompu » n’est jamais renvoyé automatiquement : vérifiez auprès de la personne.',
  tableLabel: 'Messages aux personnes',
  empty: 'Aucun message pour l’instant',
  emptyHelp: 'Un rappel est écrit avant chaque rendez-vous planifié, pour les personnes qui ont un e-mail ou un téléphone.',
  allStatuses: 'Tous',
  noneWithStatus: 'Aucun message dans cet état',
  pagination: 'Pagination des messages',
  previous: 'Précédents',
  next: 'Suivants',
  pageStatus: (page: number, pages: number, total: number) => `Page ${page} sur ${pages} — ${plural(total, 'message', 'messages')}`,
  person: 'Personne',
  appointment: (when: string) => `Rendez-vous du ${when}`,
  channel: 'Canal',
  recipient: 'Destinataire',
  status: 'État',
  sendAt: 'Envoi prévu',
  sentAt: 'Envoyé',
  attempts: 'Tentatives',
  error: 'Dernière erreur',
  text: 'Texte du message',
  channels: { email: 'E-mail', sms: 'SMS' } satisfies Record<MessageChannel, string>,
  statuses: {
    queued: 'En attente',
    sending: 'En cours d’envoi',
    sent: 'Envoyé',
    kept_in_outbox: 'Conservé ici',
    failed: 'Échec',
    unknown: 'Interrompu, à vérifier',
    cancelled: 'Annulé',
  } satisfies Record<MessageStatus, string>,
  /** In the person's « Contacts » tab. */
  reminders: 'Rappels',
  reminder: (channel: string, status: string) => `${channel} : ${status}`,
  noReminder: 'Aucun rappel possible (ni e-mail ni téléphone) : imprimez la convocation.',
  convocation: 'Convocation (PDF)',
  newTab: '(nouvel onglet)',
};
