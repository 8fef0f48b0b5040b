import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, rowsOf, type Database } from '../../src/platform/db/engine.js';
import { withDatabase } from '../support/global-setup.js';

/** Everything that makes a schema: columns, constraints, indexes, triggers, in a stable order. */
async function describeSchema(database: Database) {
  const q = async (query: ReturnType<typeof sql>) => rowsOf<{ d: string }>(await database.db.execute(query)).map((r) => r.d);
  return {
    columns: await q(sql`select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') as d
      from information_schema.columns where table_schema = 'public' order by 1`),
    // PostgreSQL 18 (PGlite) lists NOT NULL as constraints too; is_nullable above already covers them.
    constraints: await q(sql`select c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) as d
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and k.contype <> 'n' order by 1`),
    indexes: await q(sql`select indexdef as d from pg_indexes where schemaname = 'public' order by 1`),
    triggers: await q(sql`select event_object_table || ' ' || trigger_name || ' ' || event_manipulation || ' ' || action_timing as d
      from information_schema.triggers where trigger_schema = 'public' order by 1`),
  };
}

describe('migrations', () => {
  it('apply from zero on PGlite and leave every tenant index leading with department_id', async () => {
    const database = await openDatabase({});
    await database.migrate();
    const schema = await describeSchema(database);
    await database.close();
    expect(schema.columns.length).toBeGreaterThan(50);
    expect(schema.triggers).toContain('audit_log audit_log_append_only DELETE BEFORE');
    // Every table with a department_id is a tenant table, but for those found by global keys (a
    // login by e-mail, a session by its token hash) and the job queue every instance claims from.
    const globalTables = new Set(['users', 'sessions', 'jobs']);
    const tenantTables = schema.columns
      .filter((c) => c.split(' ')[0]!.endsWith('.department_id'))
      .map((c) => c.split('.')[0]!)
      .filter((t) => !globalTables.has(t));
    expect(tenantTables).toEqual(expect.arrayContaining(['beneficiaries', 'contracts', 'contacts', 'workshop_registrations', 'stored_files']));
    for (const index of schema.indexes.filter((i) => tenantTables.some((t) => i.includes(` ON public.${t} `)))) {
      expect(index, index).toMatch(/USING btree \(department_id/);
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL || process.env.CI)('produce the same schema on PGlite and on PostgreSQL', async () => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL must point at PostgreSQL in CI');
    const name = `parcours_mig_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const server = await openDatabase({ url: withDatabase(url, name), poolSize: 1 });
      await server.migrate();
      const embedded = await openDatabase({});
      await embedded.migrate();
      const [a, b] = [await describeSchema(embedded), await describeSchema(server)];
      await embedded.close();
      await server.close();
      expect(b).toEqual(a);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
