import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { createRunner, defineUseCase } from '../../src/platform/usecase/runner.js';
import { rowsOf, type Database } from '../../src/platform/db/engine.js';
import { territories } from '../../src/capabilities/organisations/schema.js';
import type { Actor } from '../../src/platform/policy/actor.js';
import { createTestDatabase } from '../support/database.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { demoEmail } from '../support/fixtures.js';

describe('the use-case runner', () => {
  let database: Database;
  let actor: Actor;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const [row] = rowsOf<{ id: string; department_id: string }>(await database.db.execute(sql`select id, department_id from users where role = 'dept_admin' limit 1`));
    actor = { userId: row!.id, departmentId: row!.department_id, role: 'dept_admin', providerId: null, ip: '127.0.0.1' };
  });
  afterAll(() => database.close());

  const count = async () => rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from territories where name = 'Sans audit'`))[0]!.n;

  it('refuses to commit a change that wrote no audit entry', async () => {
    const sneaky = defineUseCase({
      name: 'test.sneaky', kind: 'command', permission: 'organisation:manage', input: z.object({}),
      run: async ({ tx, actor: a }) => { await tx.insert(territories).values({ departmentId: a.departmentId, name: 'Sans audit' }); },
    });
    await expect(createRunner(database.db)(sneaky, {}, actor)).rejects.toThrow(/without an audit entry/);
    expect(await count()).toBe(0);
  });

  it('checks the policy before running anything', async () => {
    let ran = false;
    const guarded = defineUseCase({ name: 'test.guarded', kind: 'query', permission: 'user:manage', input: z.object({}), run: async () => { ran = true; } });
    await expect(createRunner(database.db)(guarded, {}, { ...actor, role: 'referent' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(ran).toBe(false);
  });
});

describe('validation errors over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('name each invalid field with a French message, without the envelope', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    const tenders = (await t.request('GET', '/api/tenders', admin)).json();
    const res = await t.request('PUT', `/api/lots/${tenders[0].lots[0].id}`, admin, { number: 1, label: '', territoryId: 'x', capacity: -1, startsOn: '2026-01-01', endsOn: '2025-01-01' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const paths = body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['label', 'territoryId', 'capacity']));
    expect(body.issues.find((i: { path: string }) => i.path === 'capacity').message).toMatch(/[Tt]rop petit|supérieur/);
  });

  it('answers malformed JSON and unknown API paths with typed errors, never a stack trace', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    const bad = await t.app.inject({ method: 'POST', url: '/api/territories', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' }, payload: '{"name":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ code: 'VALIDATION_FAILED', message: 'La requête est mal formée.' });
    const missing = await t.request('GET', '/api/nothing-here', admin);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
  });

  it('serves the OpenAPI 3.1 description of every route', async () => {
    const doc = (await t.request('GET', '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/territories', '/api/users/{id}', '/api/audit']));
    expect(doc.paths['/api/users'].post.requestBody).toBeDefined();
  });

  it('sends the security headers on every response', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
