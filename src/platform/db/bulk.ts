import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './engine.js';

export interface BulkColumn {
  name: string;
  /** The column's SQL type: values travel as text arrays and are cast on the way in. */
  type: 'uuid' | 'text' | 'date' | 'boolean' | 'integer' | 'jsonb' | 'text[]';
}

const PER_STATEMENT = 5000;

const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

/** A PostgreSQL array literal, sent as one bound text value (never spliced into the SQL). */
const arrayLiteral = (values: (string | null)[]): string => `{${values.map((v) => (v === null ? 'NULL' : quote(v))).join(',')}}`;

const encode = (value: unknown, type: BulkColumn['type']): string | null => {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'text[]') return arrayLiteral(value as string[]);
  return String(value);
};

/**
 * Inserts many rows with one statement per 5,000: each column is sent as one text array and
 * unnested by PostgreSQL, instead of thousands of bound values the ORM would prepare one by one.
 * Callers that need the new rows' ids generate them (crypto.randomUUID) and pass them in.
 */
export async function bulkInsert(tx: Executor, table: string, columns: BulkColumn[], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += PER_STATEMENT) {
    const chunk = rows.slice(start, start + PER_STATEMENT);
    const arrays = columns.map((c, i) => chunk.map((row) => encode(row[i], c.type)));
    const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
    const casts: SQL[] = columns.map((c, i) => sql.raw(`u.c${i}::${c.type}`));
    const sources: SQL[] = arrays.map((values) => sql`${arrayLiteral(values)}::text[]`);
    const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
    await tx.execute(sql`
      insert into ${sql.raw(`"${table}"`)} (${names})
      select ${sql.join(casts, sql`, `)} from unnest(${sql.join(sources, sql`, `)}) as u(${aliases})`);
  }
}
