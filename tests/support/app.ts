import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp, type AppOptions, type BuiltApp } from '../../src/app.js';
import type { Database, EngineKind } from '../../src/platform/db/engine.js';
import { localBlobStore } from '../../src/platform/files/blobs.js';
import { createTestDatabase } from './database.js';
import { DEMO_PASSWORD } from './fixtures.js';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp extends BuiltApp {
  database: Database;
  login(email: string, password?: string): Promise<Session>;
  request(method: string, url: string, session?: Session | null, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The whole server on a private database, exercised through HTTP (Fastify's inject). */
export async function startTestApp(engine: EngineKind, options: Pick<AppOptions, 'now' | 'transports' | 'blobs'> = {}): Promise<TestApp> {
  const database = await createTestDatabase(engine);
  // Uploaded documents go to a private folder (the demo's documents copied in), removed with the app, unless the test brings its store.
  const filesDir = await mkdtemp(join(tmpdir(), 'parcours-files-'));
  if (!options.blobs) await cp(inject('demoFilesDir'), filesDir, { recursive: true });
  const built = await buildApp({ database, blobs: localBlobStore(filesDir), ...options });
  const request: TestApp['request'] = (method, url, session, body, headers = {}) =>
    built.app.inject({
      method: method as never,
      url,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        // A Buffer is an uploaded document, sent raw; anything else is JSON.
        ...(body !== undefined ? { 'content-type': Buffer.isBuffer(body) ? 'application/pdf' : 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: Buffer.isBuffer(body) ? body : JSON.stringify(body) } : {}),
    });
  return {
    ...built,
    database,
    request,
    async login(email, password = DEMO_PASSWORD) {
      const res = await request('POST', '/api/auth/login', null, { email, password });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'parcours_session')!;
      return { cookie: `parcours_session=${cookie.value}`, csrf: res.json().csrfToken as string };
    },
    async close() {
      await built.app.close();
      await database.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
