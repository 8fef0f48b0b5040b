import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail } from '../support/fixtures.js';

describe.each(testEngines())('reference lists on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('starts each département with the reference situations, which its administrator edits', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    const referent = await t.login(demoEmail('referent'));
    const situations = (await t.request('GET', '/api/reference/lists/situations', referent)).json();
    expect(situations).toHaveLength(88);
    expect(situations.map((s: { label: string }) => s.label)).toContain('Attend un enfant ou plus');
    const added = await t.request('POST', '/api/reference/lists/situations', admin, { theme: 'logement', label: 'Situation propre au Vaucluse (test)' });
    expect(added.statusCode).toBe(201);
    const dup = await t.request('POST', '/api/reference/lists/situations', admin, { theme: 'logement', label: 'Situation propre au Vaucluse (test)' });
    expect(dup.statusCode).toBe(409);
    const off = await t.request('PATCH', `/api/reference/items/${added.json().id}`, admin, { active: false });
    expect(off.json().active).toBe(false);
    const foreign = (await t.request('GET', '/api/reference/lists/situations', await t.login('admin@dept26.example'))).json();
    expect(foreign.map((s: { label: string }) => s.label)).not.toContain('Situation propre au Vaucluse (test)');
  });

  it('finds jobs of the ROME referential by words, accents or code', async () => {
    const referent = await t.login(demoEmail('referent'));
    const cooks = (await t.request('GET', '/api/reference/rome?q=cuisiniere%20collectivite', referent)).json();
    expect(cooks.length).toBeGreaterThan(0);
    expect(cooks.every((j: { label: string }) => /cuisini/i.test(j.label) && /collectivit/i.test(j.label))).toBe(true);
    const byCode = (await t.request('GET', '/api/reference/rome?q=K1304', referent)).json();
    expect(byCode.every((j: { romeCode: string }) => j.romeCode === 'K1304')).toBe(true);
    expect((await t.request('GET', '/api/reference/rome?q=a', referent)).statusCode).toBe(400);
  });
});
