// Bulk loading into indexed, constrained tables maintains every index and checks every foreign
// key row by row. Dropping them first and recreating them at the end (one sorted index build, one
// join per foreign key) is several times faster, and the result is the same schema, checked by
// PostgreSQL itself: a generator bug that broke a key or a reference fails the restore.
import type pg from 'pg';

const BULK_TABLES = ['beneficiaries', 'orientations', 'assignments', 'pathway_events', 'contracts', 'contract_objectives', 'contacts'];

interface Definition { tbl: string; name: string; def: string }

/** Drops keys, indexes and foreign keys of the bulk tables; returns the DDL that restores them. */
export async function stripConstraints(client: pg.Client): Promise<string[]> {
  const tables = BULK_TABLES;
  const foreignKeys = await client.query<Definition>(
    `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
      where contype = 'f' and (conrelid = any($1::regclass[]) or confrelid = any($1::regclass[]))`,
    [tables],
  );
  const keys = await client.query<Definition>(
    `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
      where contype in ('p', 'u') and conrelid = any($1::regclass[])`,
    [tables],
  );
  const indexes = await client.query<Definition>(
    `select indrelid::regclass::text as tbl, indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def from pg_index
      where indrelid = any($1::regclass[]) and not exists (select 1 from pg_constraint c where c.conindid = indexrelid)`,
    [tables],
  );
  for (const fk of foreignKeys.rows) await client.query(`alter table ${fk.tbl} drop constraint ${fk.name}`);
  for (const key of keys.rows) await client.query(`alter table ${key.tbl} drop constraint ${key.name}`);
  for (const index of indexes.rows) await client.query(`drop index ${index.name}`);
  return [
    ...keys.rows.map((k) => `alter table ${k.tbl} add constraint ${k.name} ${k.def}`),
    ...indexes.rows.map((i) => i.def),
    ...foreignKeys.rows.map((f) => `alter table ${f.tbl} add constraint ${f.name} ${f.def}`),
  ];
}
