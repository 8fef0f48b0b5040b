import joursFeries from '@socialgouv/jours-feries';

/**
 * Calendar dates as ISO strings (yyyy-mm-dd), computed in UTC so that no time zone or daylight
 * saving change moves a deadline. Working days skip weekends and French public holidays
 * (with the two extra days of Alsace-Moselle for départements 57, 67 and 68).
 */
export type IsoDate = string;

const DAY = 86_400_000;
const toTime = (d: IsoDate): number => Date.parse(`${d}T00:00:00Z`);
const fromTime = (t: number): IsoDate => new Date(t).toISOString().slice(0, 10);

export const addDays = (d: IsoDate, n: number): IsoDate => fromTime(toTime(d) + n * DAY);

export function addMonths(d: IsoDate, n: number): IsoDate {
  const date = new Date(toTime(d));
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + n);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return fromTime(date.getTime());
}

export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((toTime(to) - toTime(from)) / DAY);

const holidayCache = new Map<string, Set<IsoDate>>();
const ALSACE_MOSELLE = new Set(['57', '67', '68']);

/** The public holidays of a year; the library builds local-midnight dates, read back as local. */
export function publicHolidays(year: number, departmentCode = ''): Set<IsoDate> {
  const key = `${year}:${ALSACE_MOSELLE.has(departmentCode)}`;
  let days = holidayCache.get(key);
  if (!days) {
    const dates = Object.values(joursFeries(year, { alsace: ALSACE_MOSELLE.has(departmentCode) })) as Date[];
    days = new Set(dates.map((d) => fromTime(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()))));
    holidayCache.set(key, days);
  }
  return days;
}

export function isWorkingDay(d: IsoDate, departmentCode = ''): boolean {
  const weekday = new Date(toTime(d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(d.slice(0, 4)), departmentCode).has(d);
}

/** The date n working days after d (d itself not counted). */
export function addWorkingDays(d: IsoDate, n: number, departmentCode = ''): IsoDate {
  let day = d;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, departmentCode)) left--;
  }
  return day;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day in metropolitan France: what "today" means to the people using Parcours
 * (between midnight and 1 or 2 a.m. it is already tomorrow there, not yet in UTC).
 */
export const frenchToday = (now: Date = new Date()): IsoDate => PARIS_DAY.format(now);
