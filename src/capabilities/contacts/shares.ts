import type { RegularityStatus } from './regularity.js';

/** How many people of one group stand where against the rule (a grouped count, or one person). */
export interface StatusCount {
  /** The group: a referent, a PIP or a lot (null: people without one). */
  key: string | null;
  status: RegularityStatus;
  people: number;
}

export interface Share {
  key: string | null;
  /** People the rule applies to now: accompanied, not suspended, first contact due or made. */
  subject: number;
  within: number;
  late: number;
  /** within / subject, from 0 to 1; null when nobody is subject to the rule. */
  share: number | null;
}

/**
 * The share of people within the tender's contact rule, per group (« part des personnes dans la
 * règle »). People not started yet or suspended are not subject to the rule (regularity.ts), so
 * they count in neither side. Groups come out in the order they first appear.
 */
export function regularityShares(counts: readonly StatusCount[]): Share[] {
  const groups = new Map<string | null, Share>();
  for (const { key, status, people } of counts) {
    const group = groups.get(key) ?? { key, subject: 0, within: 0, late: 0, share: null };
    if (status === 'within') group.within += people;
    if (status === 'late') group.late += people;
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    const subject = g.within + g.late;
    return { ...g, subject, share: subject === 0 ? null : g.within / subject };
  });
}

/** The same counts regrouped under one key (a whole PIP or département). */
export const totalShare = (counts: readonly StatusCount[], key: string | null = null): Share =>
  regularityShares(counts.map((c) => ({ ...c, key })))[0] ?? { key, subject: 0, within: 0, late: 0, share: null };
