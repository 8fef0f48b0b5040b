import { parisClock, postalLines } from '../../../platform/pdf/format.js';
import { frenchToday } from '../../../shared/calendar.js';
import type { PrintingHeader } from '../../organisations/printing.js';
import { appointmentAddress, placeWording, type ReminderFacts } from '../../reminders/rules.js';
import type { Convocation } from './model.js';

const TITLES = { mme: 'Madame', m: 'Monsieur' } as const;

/** What the letter reads of an appointment's facts (appointment-facts.ts). */
export interface LetterFacts extends ReminderFacts {
  subject: string;
  plannedMinutes: number | null;
  civility: keyof typeof TITLES | null;
  lastName: string;
  addressLine: string | null;
  postalCode: string | null;
  communeName: string | null;
  noFixedAddress: boolean;
  staffName: string;
  referentName: string | null;
}

/**
 * The letter of a planned appointment from its facts: the PIP's name with the address of the site
 * the appointment names (its first site's when it names none), the place in the reminders' words.
 */
export function convocationOf(a: LetterFacts, header: Pick<PrintingHeader, 'department' | 'fundingMention'>, generatedAt: Date): Convocation {
  const addressLines = a.addressLine && !a.noFixedAddress
    ? postalLines(a.addressLine, a.postalCode, a.communeName)
    : [];
  return {
    department: header.department,
    fundingMention: header.fundingMention,
    provider: { name: a.providerName, address: appointmentAddress(a) },
    person: { title: a.civility ? TITLES[a.civility] : null, lastName: a.lastName, firstNames: a.firstNames, addressLines },
    appointment: {
      date: frenchToday(a.scheduledAt), time: parisClock(a.scheduledAt), minutes: a.plannedMinutes, place: placeWording(a),
      subject: a.subject, staffName: a.staffName, referentName: a.referentName,
    },
    generatedAt: generatedAt.toISOString(),
  };
}
