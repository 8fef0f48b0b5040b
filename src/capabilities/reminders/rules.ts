import { appointmentMoment } from '../../platform/pdf/format.js';
import type { AppointmentPlace } from '../../shared/contacts.js';
import type { MessageChannel } from '../../shared/messages.js';

/** Pure rules of appointment reminders: when one is due, what it says, what a failure leads to. */

const HOUR = 3_600_000;

/** Sending attempts before a message is given up as failed. */
export const MAX_ATTEMPTS = 5;

/**
 * How long a worker may hold a message in `sending`. Far above the transports' own timeouts, so a
 * row still `sending` after it was left by a process that died (never by a slow relay).
 */
export const SENDING_LEASE_MS = 15 * 60_000;

/** A reminder is due from `delayHours` before the appointment until the appointment itself. */
export const reminderDue = (scheduledAt: Date, delayHours: number, now: Date): boolean =>
  now.getTime() >= scheduledAt.getTime() - delayHours * HOUR && now.getTime() < scheduledAt.getTime();

/** The next attempt after a temporary failure: 1, 2, 4, 8… minutes (a relay down for a while is common). */
export const retryAt = (attempts: number, now: Date): Date => new Date(now.getTime() + 60_000 * 2 ** Math.max(0, attempts - 1));

/** What a failed attempt leads to: another try later, or failed for good. */
export function afterFailure(attempts: number, permanent: boolean, now: Date): { status: 'queued'; sendAt: Date } | { status: 'failed' } {
  return permanent || attempts >= MAX_ATTEMPTS ? { status: 'failed' } : { status: 'queued', sendAt: retryAt(attempts, now) };
}

export interface ReminderFacts {
  firstNames: string;
  scheduledAt: Date;
  place: AppointmentPlace | null;
  /** The address of the site the appointment names, if it names one. */
  siteAddress: string | null;
  /** The PIP's first site's address: where an appointment naming no site was said to take place. */
  firstSiteAddress: string | null;
  videoLink: string | null;
  providerName: string;
}

/** The address an appointment on site takes place at: its own site's, else the PIP's first site's. */
export const appointmentAddress = (f: Pick<ReminderFacts, 'siteAddress' | 'firstSiteAddress'>): string | null => f.siteAddress ?? f.firstSiteAddress;

/** Where, in words, without the subject: a reminder may be read by someone else (CNIL: the least data). */
export function placeWording(f: Pick<ReminderFacts, 'place' | 'siteAddress' | 'firstSiteAddress' | 'videoLink' | 'providerName'>): string {
  switch (f.place) {
    case 'phone':
      return 'par téléphone : votre référent·e vous appellera';
    case 'video':
      return `en visioconférence${f.videoLink ? ` : ${f.videoLink}` : ''}`;
    case 'home':
      return 'à votre domicile';
    default: {
      const address = appointmentAddress(f);
      return address ? `${f.providerName}, ${address}` : f.providerName;
    }
  }
}

/** The reminder's text: short enough for one or two SMS, the same facts by e-mail with a greeting. */
export function reminderText(channel: MessageChannel, f: ReminderFacts): { subject: string | null; body: string } {
  const moment = appointmentMoment(f.scheduledAt);
  const where = placeWording(f);
  if (channel === 'sms') {
    return { subject: null, body: `Rappel : rendez-vous le ${moment}, ${where}. En cas d’empêchement, prévenez votre référent·e. ${f.providerName}` };
  }
  return {
    subject: `Rappel de votre rendez-vous du ${moment}`,
    body: [
      `Bonjour ${f.firstNames},`,
      '',
      `Nous vous rappelons votre rendez-vous du ${moment}, ${where}.`,
      '',
      'En cas d’empêchement, merci de prévenir votre référent·e au plus tôt.',
      '',
      f.providerName,
      '',
      'Ce message est envoyé automatiquement, merci de ne pas y répondre.',
    ].join('\n'),
  };
}

/** An address shown in lists, partly hidden: j•••@exemple.fr, 06 •• •• •• 78. */
export function maskRecipient(channel: MessageChannel, recipient: string): string {
  if (channel === 'email') {
    const at = recipient.indexOf('@');
    return at > 0 ? `${recipient[0]}•••${recipient.slice(at)}` : '•••';
  }
  const digits = recipient.replace(/\D/g, '');
  return digits.length >= 4 ? `${digits.slice(0, 2)} •• •• •• ${digits.slice(-2)}` : '••';
}
