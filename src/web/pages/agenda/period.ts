import { addDays, type IsoDate } from '../../../shared/calendar.js';

/** What the agenda shows: a week (Monday to Sunday, as in France) or one day. */
export type AgendaView = 'week' | 'day';

/** 0 for Monday … 6 for Sunday. */
export const weekdayIndex = (day: IsoDate): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The days the view shows around `anchor`: its week from Monday, or the day itself. */
export function periodDays(view: AgendaView, anchor: IsoDate): IsoDate[] {
  if (view === 'day') return [anchor];
  const monday = addDays(anchor, -weekdayIndex(anchor));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The anchor of the previous (-1) or next (+1) week or day. */
export const shiftAnchor = (view: AgendaView, anchor: IsoDate, step: -1 | 1): IsoDate => addDays(anchor, step * (view === 'week' ? 7 : 1));

/** A day read from the address bar, or null when it is not a real calendar day. */
export function parseAnchor(value: string | null): IsoDate | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : value;
}
