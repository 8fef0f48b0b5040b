import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type EngineKind } from '../../src/platform/db/engine.js';
import { withDatabase } from './global-setup.js';

let snapshot: Promise<Blob> | undefined;

/** A fresh, migrated and seeded database, private to the caller: PGlite or a PostgreSQL database. */
export async function createTestDatabase(engine: EngineKind): Promise<Database> {
  if (engine === 'pglite') {
    snapshot ??= readFile(inject('pgliteSnapshot')).then((b) => new Blob([b]));
    const client = await PGlite.create({ loadDataDir: await snapshot });
    return openDatabase({ pglite: client });
  }
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('pgTemplate');
  if (!url || !template) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `parcours_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const database = await openDatabase({ url: withDatabase(url, name), poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
