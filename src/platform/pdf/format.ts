import { frenchToday } from '../../shared/calendar.js';

/**
 * French wording of dates for printed documents, and the one place where text is made printable
 * with the standard PDF fonts.
 */

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const isoParts = (iso: string): [string, string, string] | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? [m[1] as string, m[2] as string, m[3] as string] : null;
};

/** A person's postal address as letters print it: the street, then « postal code commune », empty parts left out. */
export function postalLines(street: string | null, postalCode: string | null, commune: string | null): string[] {
  return [street, [postalCode, commune].filter(Boolean).join(' ')].filter((line): line is string => Boolean(line));
}

/** 2026-01-05 → 05/01/2026. Dates are calendar days: no time zone may shift them. */
export function shortDate(iso: string): string {
  const p = isoParts(iso);
  return p ? `${p[2]}/${p[1]}/${p[0]}` : iso;
}

/** 2026-01-01 → 1er janvier 2026. */
export function longDate(iso: string): string {
  const p = isoParts(iso);
  if (!p) return iso;
  const day = Number(p[2]);
  return `${day === 1 ? '1er' : day} ${MONTHS[Number(p[1]) - 1] ?? p[1]} ${p[0]}`;
}

/** 2026-03-03 → mardi 3 mars 2026. The weekday is computed in UTC so the calendar day never shifts. */
export function weekdayDate(iso: string): string {
  const p = isoParts(iso);
  if (!p) return iso;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2]))).getUTCDay()];
  return weekday ? `${weekday} ${longDate(iso)}` : longDate(iso);
}

const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const PARIS_CLOCK = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The wall-clock time in France, 'HH:MM'. */
export const parisClock = (date: Date): string => PARIS_CLOCK.format(date);

/** 09:00 → 9 h, 16:30 → 16 h 30: how French letters write an hour. */
export function frenchTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!m) return hhmm;
  return m[2] === '00' ? `${Number(m[1])} h` : `${Number(m[1])} h ${m[2]}`;
}

/** An appointment's moment as a letter or a message says it: mardi 3 mars 2026 à 14 h 30 (in France). */
export const appointmentMoment = (date: Date): string => `${weekdayDate(frenchToday(date))} à ${frenchTime(parisClock(date))}`;

/** A timestamp as read on a wall clock in France: 05/01/2026 à 14:05. */
export function frenchTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) => PARIS.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} à ${part('hour')}:${part('minute')}`;
}

/**
 * The standard PDF fonts print Windows-1252 only (accents, « », ’, €, œ are in it). Anything else
 * would print as stray glyphs, so names such as Łukasz or Ștefan lose the accent the fonts do not
 * have (Lukasz, Stefan) rather than being garbled; what cannot be approached prints as « ? ».
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const CLOSE_ENOUGH: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', ŀ: 'l', Ŀ: 'L', '‐': '-', '‑': '-', '‒': '-', '−': '-', '′': '’', '″': '"' };

const printable = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return c === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(c);
};

export function winAnsi(text: string): string {
  let out = '';
  for (const c of text.replace(/\r\n?/g, '\n')) {
    if (printable(c)) out += c;
    else if (/\s/.test(c)) out += ' ';
    else if (CLOSE_ENOUGH[c]) out += CLOSE_ENOUGH[c];
    else {
      const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare.length > 0 && [...bare].every(printable) ? bare : '?';
    }
  }
  return out;
}
