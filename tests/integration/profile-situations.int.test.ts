import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail } from '../support/fixtures.js';
import { peopleWhere } from '../support/people.js';

interface Item {
  id: string;
  label: string;
}

/**
 * A person's situations come from the département's situations list: a new one must be an active
 * item of it, while one the person already has stays after its item is deactivated.
 */
describe.each(testEngines())('profile situations checked against the reference list on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let officer: Session;
  let referent: Session;
  let personId: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.login(demoEmail('dept_admin'));
    officer = await t.login(demoEmail('dept_officer'));
    referent = await t.login(demoEmail('referent'));
    [personId] = (await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') })) as [string];
  });
  afterAll(() => t.close());

  const file = async () => (await t.request('GET', `/api/beneficiaries/${personId}`, referent)).json();
  const saveSituations = async (situations: string[]) =>
    t.request('PATCH', `/api/beneficiaries/${personId}`, referent, { version: (await file()).version, profile: { situations } });

  it('refuses a situation the list does not propose, in French on the situations field', async () => {
    const refused = await saveSituations(['Attend un enfant ou plus', 'Situation inventée']);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(refused.json().issues).toEqual([{ path: 'situations', message: expect.stringMatching(/référentiel du département : « Situation inventée »/) }]);
    expect((await file()).profile.situations).toEqual([]);
  });

  it('accepts an active situation typed loosely, and stores it as the list writes it', async () => {
    const saved = await saveSituations(["  aidant familial (s'occuper d'un proche)"]);
    expect(saved.statusCode).toBe(200);
    expect((await file()).profile.situations).toEqual(['Aidant familial (s’occuper d’un proche)']);
  });

  it('keeps a situation deactivated after it was recorded, but no longer accepts it as a new one', async () => {
    const added = await t.request('POST', '/api/reference/lists/situations', admin, { theme: 'logement', label: 'Hébergé en résidence sociale (test)' });
    expect(added.statusCode).toBe(201);
    const item = added.json() as Item;
    expect((await saveSituations(['Aidant familial (s’occuper d’un proche)', item.label])).statusCode).toBe(200);
    expect((await t.request('PATCH', `/api/reference/items/${item.id}`, admin, { active: false })).json().active).toBe(false);

    // The person keeps it, and other fields of the profile still save.
    const other = await t.request('PATCH', `/api/beneficiaries/${personId}`, referent, { version: (await file()).version, profile: { searchZone: 'Avignon' } });
    expect(other.statusCode).toBe(200);
    const kept = await saveSituations([item.label, 'Attend un enfant ou plus']);
    expect(kept.statusCode).toBe(200);
    expect((await file()).profile.situations).toEqual([item.label, 'Attend un enfant ou plus']);

    // Once removed, it cannot come back while deactivated, nor be given to someone new.
    expect((await saveSituations(['Attend un enfant ou plus'])).statusCode).toBe(200);
    const back = await saveSituations(['Attend un enfant ou plus', item.label]);
    expect(back.statusCode).toBe(400);
    expect(back.json().issues[0].path).toBe('situations');
    const created = await t.request('POST', '/api/beneficiaries', officer, {
      lastName: 'Castil-Blaze', firstNames: 'Joséphine', birthDate: '1990-02-03', profile: { situations: [item.label] },
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().issues[0].path).toBe('situations');

    // Reactivated, it is proposed again.
    await t.request('PATCH', `/api/reference/items/${item.id}`, admin, { active: true });
    expect((await saveSituations(['Attend un enfant ou plus', item.label])).statusCode).toBe(200);
  });

  it('checks against the person’s own département: another département’s item is unknown', async () => {
    const foreignAdmin = await t.login('admin@dept26.example');
    const foreign = await t.request('POST', '/api/reference/lists/situations', foreignAdmin, { theme: 'logement', label: 'Situation propre à la Drôme (test)' });
    expect(foreign.statusCode).toBe(201);
    expect((await saveSituations(['Situation propre à la Drôme (test)'])).statusCode).toBe(400);
  });
});
