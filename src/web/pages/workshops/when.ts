import { INTL_LOCALE, type Locale } from '../../i18n/index.js';
import { PARIS } from '../contacts/dateTime.js';

/** A session's day and hours, read in French time wherever the browser believes it is. */
export function sessionTimes(locale: Locale, startsAt: string, endsAt: string): { day: string; from: string; to: string } {
  const intl = INTL_LOCALE[locale];
  const day = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: PARIS });
  const time = new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', timeZone: PARIS });
  return { day: day.format(new Date(startsAt)), from: time.format(new Date(startsAt)), to: time.format(new Date(endsAt)) };
}

/** Attendance is recorded from the session's start, as the server counts. */
export const hasStarted = (startsAt: string): boolean => Date.parse(startsAt) <= Date.now();
