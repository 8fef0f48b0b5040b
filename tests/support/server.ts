import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp, type BuiltApp } from '../../src/app.js';
import { openDatabase, type Database } from '../../src/platform/db/engine.js';
import { seedDemoDepartment } from '../../src/demo/seed.js';
import { localBlobStore } from '../../src/platform/files/blobs.js';

export interface TestServer {
  url: string;
  app: BuiltApp['app'];
  /** The job worker, not started: tests run due jobs when they need them. */
  jobs: BuiltApp['jobs'];
  database: Database;
  close(): Promise<void>;
}

/**
 * The real server (API and built web app from dist/web) on a fresh embedded database with the
 * demo data, listening on a free port: what browser tests drive.
 */
export async function startTestServer(): Promise<TestServer> {
  const database = await openDatabase({});
  await database.migrate();
  const filesDir = await mkdtemp(join(tmpdir(), 'parcours-files-'));
  const blobs = localBlobStore(filesDir);
  await seedDemoDepartment(database.db, blobs);
  const built = await buildApp({ database, webRoot: resolve('dist/web'), blobs });
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = built.app.server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    app: built.app,
    jobs: built.jobs,
    database,
    async close() {
      await built.app.close();
      await database.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
