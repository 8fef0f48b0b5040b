import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import { beneficiaries } from './schema.js';

export interface MatchKeys {
  cafNumber: string | null;
  franceTravailId: string | null;
  lastName: string;
  firstNames: string;
  birthDate: string;
}

export type Match = { kind: 'none' } | { kind: 'one'; id: string; by: 'caf' | 'france_travail' | 'names' } | { kind: 'ambiguous'; ids: string[] };

/** Names compared without case, accents, hyphens or double spaces. */
export const normaliseName = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();

const normalisedSql = (column: typeof beneficiaries.lastName | typeof beneficiaries.firstNames) =>
  sql`trim(regexp_replace(lower(translate(${column}, 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ', 'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuy')), '[^a-z]+', ' ', 'g'))`;

/**
 * Who a record is, in order of trust: CAF/MSA number + birth date, then France Travail id, then
 * names + birth date. More than one candidate at a level is ambiguous: never merged silently.
 */
export async function findMatch(tx: Executor, departmentId: string, keys: MatchKeys): Promise<Match> {
  const levels: ['caf' | 'france_travail' | 'names', ReturnType<typeof and> | undefined][] = [
    ['caf', keys.cafNumber ? and(eq(beneficiaries.cafNumber, keys.cafNumber), eq(beneficiaries.birthDate, keys.birthDate)) : undefined],
    ['france_travail', keys.franceTravailId ? eq(beneficiaries.franceTravailId, keys.franceTravailId) : undefined],
    [
      'names',
      and(
        eq(beneficiaries.birthDate, keys.birthDate),
        sql`${normalisedSql(beneficiaries.lastName)} = ${normaliseName(keys.lastName)}`,
        sql`${normalisedSql(beneficiaries.firstNames)} = ${normaliseName(keys.firstNames)}`,
        // A same-name person with another CAF number is someone else.
        keys.cafNumber ? or(isNull(beneficiaries.cafNumber), eq(beneficiaries.cafNumber, keys.cafNumber)) : undefined,
      ),
    ],
  ];
  for (const [by, condition] of levels) {
    if (!condition) continue;
    const rows = await tx
      .select({ id: beneficiaries.id })
      .from(beneficiaries)
      .where(and(eq(beneficiaries.departmentId, departmentId), condition))
      .limit(3);
    if (rows.length === 1) return { kind: 'one', id: rows[0]!.id, by };
    if (rows.length > 1) return { kind: 'ambiguous', ids: rows.map((r) => r.id) };
  }
  return { kind: 'none' };
}
