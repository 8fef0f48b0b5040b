import { parseDate, parseTime, toCalendarDateTime, toZoned } from '@internationalized/date';
import { frenchToday } from '../../../shared/calendar.js';

/** Appointments are made and read in French time, wherever the browser believes it is. */
export const PARIS = 'Europe/Paris';

/**
 * A day and a wall-clock time in Paris, as the API's ISO date-time with that day's offset
 * (+01:00 in winter, +02:00 in summer). Empty when either part is missing or malformed: the
 * server then names the field, instead of the form failing on a parse error.
 */
export function parisDateTime(date: string, time: string): string {
  if (!date || !time) return '';
  try {
    return toZoned(toCalendarDateTime(parseDate(date), parseTime(time)), PARIS).toString().replace(/\[[^\]]*\]$/, '');
  } catch {
    return '';
  }
}

/** The French calendar day of an instant: an appointment "has happened" from its day on, as the server counts. */
export const parisDay = (iso: string): string => frenchToday(new Date(iso));
