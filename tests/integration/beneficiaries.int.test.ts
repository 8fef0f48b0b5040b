import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_REFERENT } from '../support/fixtures.js';
import { peopleWhere } from '../support/people.js';
import { enqueue } from '../../src/platform/jobs/runner.js';
import ExcelJS from 'exceljs';

const person = { lastName: 'Durand-Fabre', firstNames: 'Élodie Marie', birthDate: '1988-04-12', cafNumber: '7712345', communeCode: '84007', postalCode: '84000' };

describe.each(testEngines())('beneficiary records on %s', (engine) => {
  let t: TestApp;
  let officer: Session;
  let referent: Session;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.login(demoEmail('dept_officer'));
    referent = await t.login(demoEmail('referent'));
  });
  afterAll(() => t.close());

  it('creates a person, refuses a duplicate, and names the invalid fields in French', async () => {
    const created = await t.request('POST', '/api/beneficiaries', officer, { ...person, profile: { highestDiploma: 'CAP cuisine' } });
    expect(created.statusCode).toBe(201);
    const file = (await t.request('GET', `/api/beneficiaries/${created.json().id}`, officer)).json();
    expect(file.profile).toMatchObject({ highestDiploma: 'CAP cuisine', iscedLevel: 'isced_3_4' });
    const again = await t.request('POST', '/api/beneficiaries', officer, { ...person, lastName: 'DURAND FABRE', cafNumber: null });
    expect(again.statusCode).toBe(409);
    const bad = await t.request('POST', '/api/beneficiaries', officer, { ...person, birthDate: '12/04/1988', postalCode: '8400', communeCode: '13055' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['birthDate', 'postalCode']));
    const foreignCommune = await t.request('POST', '/api/beneficiaries', officer, { ...person, cafNumber: '1', communeCode: '13055' });
    expect(foreignCommune.json().issues[0].message).toMatch(/pas dans le département/);
  });

  it('keeps every change with who and when, and refuses a stale save with 409', async () => {
    const [id] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    const file = (await t.request('GET', `/api/beneficiaries/${id}`, referent)).json();
    const first = await t.request('PATCH', `/api/beneficiaries/${id}`, referent, { version: file.version, identity: { email: 'elodie@example.org' } });
    expect(first.statusCode).toBe(200);
    const stale = await t.request('PATCH', `/api/beneficiaries/${id}`, referent, { version: file.version, identity: { phone: '0490000000' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toMatch(/modifié par quelqu’un d’autre/);
    const [version] = rowsOf<{ changes: Record<string, unknown>; changed_by: string }>(
      await t.database.db.execute(sql`select changes, changed_by from beneficiary_versions where beneficiary_id = ${id} order by version desc limit 1`),
    );
    expect(version!.changes).toEqual({ email: { from: null, to: 'elodie@example.org' } });
  });

  it('shows health constraints to the person’s PIP only', async () => {
    const [id] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    const v = (await t.request('GET', `/api/beneficiaries/${id}`, referent)).json().version;
    expect((await t.request('PATCH', `/api/beneficiaries/${id}`, referent, { version: v, profile: { healthConstraint: 'RQTH' } })).statusCode).toBe(200);
    expect((await t.request('GET', `/api/beneficiaries/${id}`, referent)).json().profile.healthConstraint).toBe('RQTH');
    const seenByOfficer = (await t.request('GET', `/api/beneficiaries/${id}`, officer)).json();
    expect(seenByOfficer.healthVisible).toBe(false);
    expect(JSON.stringify(seenByOfficer)).not.toContain('RQTH');
    const write = await t.request('PATCH', `/api/beneficiaries/${id}`, officer, { version: seenByOfficer.version, profile: { healthConstraint: 'x' } });
    expect(write.statusCode).toBe(403);
  });

  it('writes an access entry each time a file is read', async () => {
    const [id] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    const count = async () => rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'beneficiary.read' and entity_id = ${id}`))[0]!.n;
    const before = await count();
    await t.request('GET', `/api/beneficiaries/${id}`, referent);
    await t.request('GET', `/api/beneficiaries/${id}`, officer);
    expect(await count()).toBe(before + 2);
  });

  it('gives a referent their own caseload only, with search, filters, sort and paging', async () => {
    const page = (await t.request('GET', '/api/beneficiaries?pageSize=200', referent)).json();
    expect(page.total).toBeGreaterThan(3);
    const mine = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') }, 500);
    for (const id of mine) expect(page.items.map((i: { id: string }) => i.id)).toContain(id);
    const julie = page.items[0].referentName;
    expect(page.items.every((i: { referentName: string }) => i.referentName === julie)).toBe(true);

    const active = (await t.request('GET', '/api/beneficiaries?status=active&pageSize=200', referent)).json();
    expect(active.items.every((i: { pathwayStatus: string }) => i.pathwayStatus === 'active')).toBe(true);
    const names = async (direction: string) =>
      (await t.request('GET', `/api/beneficiaries?sort=name&direction=${direction}&pageSize=200`, referent)).json().items.map((i: { lastName: string }) => i.lastName);
    expect(await names('desc')).toEqual((await names('asc')).reverse());
    const two = (await t.request('GET', '/api/beneficiaries?pageSize=2&page=2', referent)).json();
    expect(two.items).toHaveLength(2);
    expect(two.items[0].id).toBe(page.items[2].id);
    const name = page.items[0].lastName as string;
    const found = (await t.request('GET', `/api/beneficiaries?q=${encodeURIComponent(name.slice(0, 3))}`, referent)).json();
    expect(found.items.every((i: { lastName: string; firstNames: string }) => `${i.lastName} ${i.firstNames}`.toLowerCase().includes(name.slice(0, 3).toLowerCase()))).toBe(true);
  });

  it('exports the list as CSV and XLSX, the referent’s own people only', async () => {
    const list = (await t.request('GET', '/api/beneficiaries?pageSize=200&sort=name', referent)).json();
    const csv = await t.request('GET', '/api/beneficiaries/export?format=csv&sort=name', referent);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="beneficiaires-.*\.csv"/);
    const text = csv.rawPayload.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^"?Nom"?;"?Prénoms"?;/);
    expect(lines).toHaveLength(list.total + 1);
    expect(lines[1]).toContain(list.items[0].lastName);
    const xlsx = await t.request('GET', '/api/beneficiaries/export?format=xlsx&sort=name', referent);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(list.total + 1);
    const other = await t.login(OTHER_PIP_REFERENT);
    const theirs = (await t.request('GET', '/api/beneficiaries/export?format=csv', other)).rawPayload.toString('utf8');
    const key = (cells: string[]) => cells.slice(0, 3).join('|');
    const theirKeys = new Set(theirs.slice(1).trim().split(/\r?\n/).slice(1).map((l) => key(l.split(';').map((c) => c.replace(/^"|"$/g, '')))));
    expect(theirKeys.size).toBeGreaterThan(0);
    for (const item of list.items) expect(theirKeys.has(key([item.lastName, item.firstNames, item.birthDate.split('-').reverse().join('/')]))).toBe(false);
  });

  it('recomputes alerts as days pass, in a background job', async () => {
    const created = await t.request('POST', '/api/beneficiaries', officer, {
      lastName: 'Délai', firstNames: 'Test', birthDate: '1979-03-03', cafNumber: '6600001', dutiesApplicable: true, dutiesEntryDate: '2026-01-05',
    });
    const id = created.json().id as string;
    const alertsOf = async () => rowsOf<{ alerts: string[] }>(await t.database.db.execute(sql`select alerts from beneficiaries where id = ${id}`))[0]!.alerts;
    expect(await alertsOf()).toContain('orientation_overdue');
    await t.database.db.execute(sql`update beneficiaries set alerts = '{}', alerts_computed_on = date '2026-01-06' where id = ${id}`);
    await enqueue(t.database.db, { kind: 'alerts.refresh' });
    await t.jobs.runDue();
    expect(await alertsOf()).toEqual(['orientation_overdue']);
    const filtered = (await t.request('GET', '/api/beneficiaries?alert=orientation_overdue&pageSize=200', officer)).json();
    expect(filtered.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(filtered.items.every((i: { alerts: string[] }) => i.alerts.includes('orientation_overdue'))).toBe(true);
  });

  it('never lets a referent of another PIP, or a colleague, read, list or guess someone else’s person', async () => {
    const [id] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    for (const email of [OTHER_PIP_REFERENT, 'thomas.girard@pip-avignon.example', 'coordination@pip-1.example']) {
      const other = await t.login(email);
      const file = await t.request('GET', `/api/beneficiaries/${id}`, other);
      expect(file.statusCode, email).toBe(404);
      const list = (await t.request('GET', '/api/beneficiaries?pageSize=200', other)).json();
      expect(list.items.map((i: { id: string }) => i.id), email).not.toContain(id);
      const lastName = (await t.request('GET', `/api/beneficiaries/${id}`, officer)).json().identity.lastName;
      const guess = (await t.request('GET', `/api/beneficiaries?q=${encodeURIComponent(lastName)}&pageSize=200`, other)).json();
      expect(guess.items.map((i: { id: string }) => i.id), email).not.toContain(id);
      const write = await t.request('PATCH', `/api/beneficiaries/${id}`, other, { version: 1, identity: { email: 'x@example.org' } });
      expect(write.statusCode, email).toBe(404);
    }
  });
});
