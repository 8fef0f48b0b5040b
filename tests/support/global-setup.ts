import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/platform/db/engine.js';
import { seedDemoDepartment } from '../../src/demo/seed.js';
import { localBlobStore, type BlobStore } from '../../src/platform/files/blobs.js';
import { FOREIGN_DEPARTMENT_CODE, SEED_DAY } from './fixtures.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    pgTemplate: string | null;
    /** The files of the demo's aid documents, for both engines' seeds: each test app starts with a copy. */
    demoFilesDir: string;
  }
}

/** Migrates and seeds once per run (Vaucluse and a foreign département); each test copies it. */
async function seed(database: Awaited<ReturnType<typeof openDatabase>>, blobs: BlobStore): Promise<void> {
  await database.migrate();
  await seedDemoDepartment(database.db, blobs, '84', 240, SEED_DAY);
  await seedDemoDepartment(database.db, blobs, FOREIGN_DEPARTMENT_CODE, 40, SEED_DAY);
}

export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  const demoFilesDir = await mkdtemp(join(tmpdir(), `parcours-test-files-${runId}-`));
  const blobs = localBlobStore(demoFilesDir);
  project.provide('demoFilesDir', demoFilesDir);
  const client = await PGlite.create();
  const pglite = await openDatabase({ pglite: client });
  await seed(pglite, blobs);
  const snapshotPath = join(tmpdir(), `parcours-test-${runId}.tar`);
  await writeFile(snapshotPath, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await pglite.close();
  project.provide('pgliteSnapshot', snapshotPath);

  const url = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `parcours_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const database = await openDatabase({ url: withDatabase(url, template), poolSize: 2 });
    await seed(database, blobs);
    await database.close();
    await admin.end();
  }
  project.provide('pgTemplate', template);

  return async () => {
    await rm(snapshotPath, { force: true });
    await rm(demoFilesDir, { recursive: true, force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
