import { addDays, daysBetween, isWorkingDay, type IsoDate } from '../../shared/calendar.js';
import type { ContactModality } from '../../shared/contacts.js';

/** The tender's rule: a counted contact every n days, an individual face-to-face every m days. */
export interface RegularitySettings {
  contactMaxGapDays: number;
  faceToFaceMaxGapDays: number;
  /** The modalities that count towards regularity (a written message may not). */
  countedModalities: readonly ContactModality[];
}

export interface RegularityFacts {
  /** The day the référent was designated: the clock starts there. Null: not accompanied yet. */
  accompaniedSince: IsoDate | null;
  /** Periods without a duty to meet (suspended accompaniment); `to` null while still suspended. */
  suspensions: readonly { from: IsoDate; to: IsoDate | null }[];
  /** Contacts that took place (planned ones, absences and cancellations are not contacts). */
  contacts: readonly { on: IsoDate; modality: ContactModality }[];
}

export type RegularityStatus = 'not_started' | 'suspended' | 'within' | 'late';

export interface Regularity {
  status: RegularityStatus;
  lastCountedContactOn: IsoDate | null;
  nextContactDueOn: IsoDate | null;
  nextFaceToFaceDueOn: IsoDate | null;
}

/** Days of [from, to] (inclusive) spent in a suspension. */
function suspendedDays(from: IsoDate, to: IsoDate, suspensions: RegularityFacts['suspensions'], today: IsoDate): number {
  let days = 0;
  for (const s of suspensions) {
    const start = s.from > from ? s.from : from;
    const endOfSuspension = s.to ?? today;
    const end = endOfSuspension < to ? endOfSuspension : to;
    if (end >= start) days += daysBetween(start, end) + 1;
  }
  return days;
}

/**
 * The day a contact is due, `gap` days after `since`, pushed back by the days spent suspended in
 * between (repeated: the extension may reach a later suspension), then to the next working day —
 * nobody can be blamed for a deadline that falls on a Sunday or a public holiday.
 */
function dueDate(since: IsoDate, gap: number, facts: RegularityFacts, today: IsoDate, departmentCode: string): IsoDate {
  let due = addDays(since, gap);
  for (let extended = 0; ; ) {
    const total = suspendedDays(addDays(since, 1), due, facts.suspensions, today);
    if (total === extended) break;
    due = addDays(due, total - extended);
    extended = total;
  }
  while (!isWorkingDay(due, departmentCode)) due = addDays(due, 1);
  return due;
}

const latest = (days: IsoDate[]): IsoDate | null => days.reduce<IsoDate | null>((a, d) => (a === null || d > a ? d : a), null);

/**
 * Where a person stands against the tender's contact rule on a given day. Pure: stored with the
 * alerts, recomputed when a contact is recorded and as days pass.
 */
export function regularity(facts: RegularityFacts, settings: RegularitySettings, today: IsoDate, departmentCode = ''): Regularity {
  const past = facts.contacts.filter((c) => c.on <= today);
  const lastCountedContactOn = latest(past.filter((c) => settings.countedModalities.includes(c.modality)).map((c) => c.on));
  if (!facts.accompaniedSince) return { status: 'not_started', lastCountedContactOn, nextContactDueOn: null, nextFaceToFaceDueOn: null };
  if (facts.suspensions.some((s) => s.from <= today && (s.to === null || s.to >= today))) {
    return { status: 'suspended', lastCountedContactOn, nextContactDueOn: null, nextFaceToFaceDueOn: null };
  }
  const lastFaceToFace = latest(past.filter((c) => c.modality === 'face_to_face').map((c) => c.on));
  const since = (day: IsoDate | null) => (day && day > facts.accompaniedSince! ? day : facts.accompaniedSince!);
  const nextContactDueOn = dueDate(since(lastCountedContactOn), settings.contactMaxGapDays, facts, today, departmentCode);
  const nextFaceToFaceDueOn = dueDate(since(lastFaceToFace), settings.faceToFaceMaxGapDays, facts, today, departmentCode);
  const late = today > nextContactDueOn || today > nextFaceToFaceDueOn;
  return { status: late ? 'late' : 'within', lastCountedContactOn, nextContactDueOn, nextFaceToFaceDueOn };
}
