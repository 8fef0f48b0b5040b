import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';
import { frenchToday } from '../../src/shared/calendar.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_MANAGER } from '../support/fixtures.js';
import { peopleWhere } from '../support/people.js';
import { workshopSession } from './route-matrix.js';

describe.each(testEngines())('collective workshops on %s', (engine) => {
  let t: TestApp;
  let manager: Session;
  let people: string[];
  beforeAll(async () => {
    t = await startTestApp(engine);
    manager = await t.login(demoEmail('pip_manager'));
    people = await peopleWhere(t.database, { status: 'active', providerName: 'PIP Tremplin Emploi Avignon' }, 8);
    expect(people.length).toBe(8);
  });
  afterAll(() => t.close());

  const create = async (daysFromNow: number, capacity?: number) => {
    const res = await t.request('POST', '/api/workshops', manager, workshopSession(daysFromNow, capacity));
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  };
  const register = (id: string, beneficiaryId: string) => t.request('POST', `/api/workshops/${id}/registrations`, manager, { beneficiaryId });

  it('never registers more people than places, even when they register at the same time: the others wait', async () => {
    const id = await create(3, 3);
    const answers = await Promise.all(people.slice(0, 5).map((p) => register(id, p)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(answers.map((a) => a.json().status).sort()).toEqual(['registered', 'registered', 'registered', 'waiting', 'waiting']);
    const session = (await t.request('GET', `/api/workshops/${id}`, manager)).json();
    expect(session).toMatchObject({ capacity: 3, registered: 3, waiting: 2 });
    const listed = (await t.request('GET', '/api/workshops', manager)).json().find((s: { id: string }) => s.id === id);
    expect(listed).toMatchObject({ registered: 3, waiting: 2 });
    expect((await register(id, people[0]!)).statusCode).toBe(409);
  });

  it('records attendance once begun: each person present gets a collective contact that counts', async () => {
    const id = await create(-1);
    for (const p of people.slice(5, 8)) expect((await register(id, p)).statusCode).toBe(201);
    const { registrations } = (await t.request('GET', `/api/workshops/${id}`, manager)).json();
    const [present, absent, excused] = registrations as { id: string; beneficiaryId: string }[];
    const recorded = await t.request('POST', `/api/workshops/${id}/attendance`, manager, {
      attendance: [{ registrationId: present!.id, attendance: 'present' }, { registrationId: absent!.id, attendance: 'absent' }, { registrationId: excused!.id, attendance: 'excused' }],
    });
    expect(recorded.json()).toMatchObject({ recorded: 3 });
    const yesterday = frenchToday(new Date(Date.now() - 86_400_000));
    const file = (await t.request('GET', `/api/beneficiaries/${present!.beneficiaryId}`, manager)).json();
    expect(file.pathway.lastContactOn >= yesterday).toBe(true);
    const [row] = rowsOf<{ modalities: Record<string, string> }>(await t.database.db.execute(sql`select last_contact_by_modality as modalities from beneficiaries where id = ${present!.beneficiaryId}`));
    expect(row!.modalities.collective).toBe(yesterday);
    // The demo may have planned other appointments for these people: only the workshop's contact is looked at.
    const workshopContacts = async (beneficiaryId: string) =>
      ((await t.request('GET', `/api/beneficiaries/${beneficiaryId}/contacts`, manager)).json().contacts as { subject: string | null }[])
        .filter((c) => c.subject === 'Atelier collectif : Atelier CV');
    expect(await workshopContacts(present!.beneficiaryId)).toEqual([
      expect.objectContaining({ status: 'held', modality: 'collective', subject: 'Atelier collectif : Atelier CV', durationMinutes: 180 }),
    ]);
    expect(await workshopContacts(absent!.beneficiaryId)).toEqual([]);
    // A presence counted as a contact stands.
    const undo = await t.request('POST', `/api/workshops/${id}/attendance`, manager, { attendance: [{ registrationId: present!.id, attendance: 'absent' }] });
    expect(undo.statusCode).toBe(409);

    const sheet = await t.request('GET', `/api/workshops/${id}/sheet`, manager);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    const { text } = await readPdf(new Uint8Array(sheet.rawPayload));
    for (const r of registrations as { personName: string }[]) {
      const [last, ...first] = r.personName.split(' ');
      expect(text).toContain(`${last} ${first.join(' ')}`);
    }
    expect(text).toContain('Cofinancé par l’Union européenne');
    expect(text).toContain('Julie Fabre');
  });

  it('refuses attendance before the session begins, and keeps sessions to their PIP', async () => {
    const id = await create(2);
    const registration = (await register(id, people[0]!)).json();
    const early = await t.request('POST', `/api/workshops/${id}/attendance`, manager, { attendance: [{ registrationId: registration.id, attendance: 'present' }] });
    expect(early.json().message).toBe('L’atelier n’a pas encore commencé.');
    const other = await t.login(OTHER_PIP_MANAGER);
    expect((await t.request('GET', `/api/workshops/${id}`, other)).statusCode).toBe(404);
    expect((await t.request('GET', '/api/workshops', other)).json().map((s: { id: string }) => s.id)).not.toContain(id);
    const [foreignPerson] = await peopleWhere(t.database, { status: 'active', providerName: 'PIP Cap Insertion Comtat' });
    expect((await register(id, foreignPerson!)).statusCode).toBe(404);
  });
});
