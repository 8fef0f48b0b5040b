import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail } from '../support/fixtures.js';

describe.each(testEngines())('authentication over HTTP on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('logs in with a demo account and sets a hardened session cookie', async () => {
    const res = await t.request('POST', '/api/auth/login', null, { email: demoEmail('referent'), password: 'Lavande-Ventoux-2026' });
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/parcours_session=/);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(res.json().user.role).toBe('referent');
  });

  it('marks the cookie Secure and sends HSTS outside localhost', async () => {
    const res = await t.request('POST', '/api/auth/login', null, { email: demoEmail('auditor'), password: 'Lavande-Ventoux-2026' }, { host: 'parcours.vaucluse.fr' });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    const local = await t.request('GET', '/api/health');
    expect(local.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers a wrong password with a French message and no detail on which part was wrong', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '203.0.113.1', payload: { email: demoEmail('auditor'), password: 'wrong-password-123' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Adresse e-mail ou mot de passe incorrect.' });
  });

  it('locks an account for 15 minutes after 5 failures, even with the right password', async () => {
    const email = demoEmail('dept_officer');
    // Each failure from its own address: only the account counter can reach the limit.
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `198.51.100.${i + 1}`, payload: { email, password: `nope-${i}-xxxxxxxx` } });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.request('POST', '/api/auth/login', null, { email, password: 'Lavande-Ventoux-2026' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('TOO_MANY_ATTEMPTS');
    const [row] = (await t.database.db.execute(sql`select locked_until - now() as left from login_throttle where key = ${`account:${email}`}`) as unknown as { rows: { left: string }[] }).rows;
    expect(String(row?.left)).toMatch(/^00:1[45]:/);
  });

  it('locks an address after 5 failures whatever the accounts tried', async () => {
    const ip = '203.0.113.9';
    const from = { remoteAddress: ip };
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', ...from, payload: { email: `nobody${i}@example.org`, password: 'whatever-password' } });
      expect(res.statusCode).toBe(401);
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', ...from, payload: { email: demoEmail('pip_manager'), password: 'Lavande-Ventoux-2026' } });
    expect(res.statusCode).toBe(429);
    const elsewhere = await t.request('POST', '/api/auth/login', null, { email: demoEmail('pip_manager'), password: 'Lavande-Ventoux-2026' });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('rejects a state-changing request without the CSRF token, or with another session\'s', async () => {
    const a = await t.login(demoEmail('dept_admin'));
    const b = await t.login(demoEmail('dept_admin'));
    const body = { name: 'Territoire CSRF' };
    const none = await t.request('POST', '/api/territories', { cookie: a.cookie, csrf: '' }, body);
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe('CSRF_INVALID');
    const foreign = await t.request('POST', '/api/territories', { cookie: a.cookie, csrf: b.csrf }, body);
    expect(foreign.json().code).toBe('CSRF_INVALID');
    const ok = await t.request('POST', '/api/territories', a, body);
    expect(ok.statusCode).toBe(201);
  });

  it('refuses a cross-site login attempt', async () => {
    const res = await t.request('POST', '/api/auth/login', null, { email: demoEmail('referent'), password: 'Lavande-Ventoux-2026' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(res.statusCode).toBe(403);
  });

  it('expires an idle session and an old one, and says so', async () => {
    const idle = await t.login(demoEmail('referent'));
    await t.database.db.execute(sql`update sessions set idle_expires_at = now() - interval '1 second' where user_id = (select id from users where email = ${demoEmail('referent')})`);
    const res = await t.request('GET', '/api/session', idle);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
    const old = await t.login(demoEmail('referent'));
    expect((await t.request('GET', '/api/session', old)).statusCode).toBe(200);
    await t.database.db.execute(sql`update sessions set absolute_expires_at = now() - interval '1 second' where user_id = (select id from users where email = ${demoEmail('referent')})`);
    expect((await t.request('GET', '/api/session', old)).json().code).toBe('SESSION_EXPIRED');
  });

  it('ends the session for real on logout', async () => {
    const s = await t.login(demoEmail('pip_manager'));
    expect((await t.request('GET', '/api/session', s)).statusCode).toBe(200);
    const out = await t.request('POST', '/api/auth/logout', s);
    expect(out.statusCode).toBe(204);
    const after = await t.request('GET', '/api/session', s);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
  });

  it('ends the sessions of a deactivated user', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    const officer = await t.login('insertion2@vaucluse.example');
    const users = (await t.request('GET', '/api/users', admin)).json() as { id: string; email: string }[];
    const id = users.find((u) => u.email === 'insertion2@vaucluse.example')!.id;
    expect((await t.request('PATCH', `/api/users/${id}`, admin, { active: false })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/session', officer)).statusCode).toBe(401);
  });
});
