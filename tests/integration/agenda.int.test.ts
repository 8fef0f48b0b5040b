import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { parisDateTime } from '../../src/web/pages/contacts/dateTime.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_MANAGER } from '../support/fixtures.js';
import { peopleWhere, userId } from '../support/people.js';
import { workshopSession } from './route-matrix.js';

interface Item { id: string; kind: string; title: string; status: string | null; siteName: string | null; person: { id: string; name: string } | null; conflictsWith: string[] }
interface Agenda { staff: { userId: string; displayName: string; items: Item[] }[]; team: { userId: string }[]; feedActive: boolean }

/**
 * The Monday four weeks ahead: far enough that every appointment is still planned, and past the
 * demo's own appointments (within a fortnight), so the week holds only what the tests plan.
 */
function mondayInFourWeeks(): string {
  const today = frenchToday();
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, 28 - weekday);
}

describe.each(testEngines())('agenda and regularity shares on %s', (engine) => {
  let t: TestApp;
  let referent: Session;
  let manager: Session;
  let referentId: string;
  const monday = mondayInFourWeeks();
  const wednesday = addDays(monday, 2);
  const week = `from=${monday}&to=${addDays(monday, 6)}`;
  beforeAll(async () => {
    t = await startTestApp(engine);
    referent = await t.login(demoEmail('referent'));
    manager = await t.login(demoEmail('pip_manager'));
    referentId = await userId(t.database, demoEmail('referent'));
  });
  afterAll(() => t.close());

  const plan = async (person: string, time: string, plannedMinutes: number, subject: string) => {
    const res = await t.request('POST', `/api/beneficiaries/${person}/appointments`, referent, { scheduledAt: parisDateTime(wednesday, time), plannedMinutes, place: 'site', subject });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  };
  const agenda = async (session: Session, query: string): Promise<Agenda> => {
    const res = await t.request('GET', `/api/agenda?${query}`, session);
    if (res.statusCode !== 200) throw new Error(res.body);
    return res.json();
  };

  it('shows the referent’s week with its conflicts: overlaps and a workshop they run, not touching ends nor a cancelled slot', async () => {
    const people = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') }, 4);
    const a = await plan(people[0]!, '10:00', 60, 'Point mensuel');
    const b = await plan(people[1]!, '10:30', 45, 'Bilan de compétences');
    const touching = await plan(people[2]!, '11:15', 30, 'Suite du bilan');
    const cancelled = await plan(people[3]!, '10:15', 30, 'Rendez-vous annulé');
    expect((await t.request('POST', `/api/contacts/${cancelled}/outcome`, referent, { outcome: 'cancelled', reason: 'Empêchement' })).statusCode).toBe(200);
    const during = await plan(people[0]!, '15:00', 30, 'Entre deux ateliers');
    const days = Math.round((Date.parse(wednesday) - Date.parse(frenchToday())) / 86_400_000);
    const created = await t.request('POST', '/api/workshops', manager, { ...workshopSession(days), startsAt: parisDateTime(wednesday, '14:00'), endsAt: parisDateTime(wednesday, '16:00'), facilitatorUserId: referentId });
    expect(created.statusCode).toBe(201);
    const workshop = created.json().id as string;

    const mine = await agenda(referent, week);
    expect(mine.staff.map((s) => s.userId)).toEqual([referentId]);
    expect(mine.team).toEqual([]);
    const items = new Map(mine.staff[0]!.items.map((i) => [i.id, i]));
    expect(mine.staff[0]!.items.map((i) => i.id)).toEqual([a, cancelled, b, touching, workshop, during]);
    expect(items.get(a)!.conflictsWith).toEqual([b]);
    expect(items.get(b)!.conflictsWith).toEqual([a]);
    expect(items.get(touching)!.conflictsWith).toEqual([]);
    // On site without a site chosen: the PIP's first site, named in the agenda.
    expect(items.get(a)!.siteName).toBe('Agence Avignon centre');
    expect(items.get(workshop)!.siteName).toBeNull();
    expect(items.get(cancelled)).toMatchObject({ status: 'cancelled', conflictsWith: [] });
    expect(items.get(workshop)).toMatchObject({ kind: 'workshop', person: null, conflictsWith: [during] });
    expect(items.get(during)!.conflictsWith).toEqual([workshop]);
    expect(items.get(a)!.person!.id).toBe(people[0]);
    expect(items.get(a)!.person!.name).toMatch(/^[A-ZÀ-Ý' -]+ /);

    // The day view reads the same items; another day has none of them.
    expect((await agenda(referent, `from=${wednesday}&to=${wednesday}`)).staff[0]!.items).toHaveLength(6);
    expect((await agenda(referent, `from=${addDays(wednesday, 1)}&to=${addDays(wednesday, 1)}`)).staff[0]!.items.filter((i) => items.has(i.id))).toEqual([]);
    const [audit] = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'agenda.read' and actor_user_id = ${referentId} and entity_id = ${referentId}`));
    expect(audit!.n).toBeGreaterThan(0);
  });

  it('gives the PIP manager the team, grouped per staff member, or one referent', async () => {
    const team = await agenda(manager, week);
    expect(team.team.map((m) => m.userId)).toContain(referentId);
    expect(team.staff.map((s) => s.userId).sort()).toEqual(team.team.map((m) => m.userId).sort());
    const julie = team.staff.find((s) => s.userId === referentId)!;
    expect(julie.items.filter((i) => i.conflictsWith.length > 0)).toHaveLength(4);
    for (const s of team.staff) for (const i of s.items) expect(i.conflictsWith.every((id) => s.items.some((x) => x.id === id))).toBe(true);
    const one = await agenda(manager, `${week}&staffUserId=${referentId}`);
    expect(one.staff.map((s) => s.userId)).toEqual([referentId]);
    expect(one.staff[0]!.items).toEqual(julie.items);
  });

  it('keeps each agenda to its owner and its PIP, and the range to six weeks', async () => {
    const [colleague] = rowsOf<{ id: string }>(await t.database.db.execute(sql`
      select u.id from users u join users j on j.provider_id = u.provider_id where j.id = ${referentId} and u.role = 'referent' and u.id <> j.id limit 1`));
    expect((await t.request('GET', `/api/agenda?${week}&staffUserId=${colleague!.id}`, referent)).statusCode).toBe(404);
    expect((await t.request('GET', `/api/agenda?${week}&staffUserId=${referentId}`, referent)).statusCode).toBe(200);
    const other = await t.login(OTHER_PIP_MANAGER);
    expect((await t.request('GET', `/api/agenda?${week}&staffUserId=${referentId}`, other)).statusCode).toBe(404);
    const theirs = await agenda(other, week);
    expect(theirs.team.map((m) => m.userId)).not.toContain(referentId);
    expect(theirs.staff.flatMap((s) => s.items).filter((i) => i.title === 'Point mensuel' && i.person)).toEqual([]);
    expect((await t.request('GET', `/api/agenda?${week}`, await t.login(demoEmail('dept_officer')))).statusCode).toBe(403);
    expect((await t.request('GET', `/api/agenda?from=${monday}&to=${addDays(monday, 42)}`, referent)).statusCode).toBe(400);
    expect((await t.request('GET', `/api/agenda?from=${monday}&to=${addDays(monday, -1)}`, referent)).statusCode).toBe(400);
  });

  it('gives the share of people within the contact rule per referent, PIP and lot', async () => {
    // A PIP of our own: its lot, its manager and referent, and seven people moved into it whose
    // alerts we set — five active (two late), one suspended, one waiting for a first contact.
    const db = t.database.db;
    const [{ department } = { department: '' }] = rowsOf<{ department: string }>(await db.execute(sql`select department_id as department from users where id = ${referentId}`));
    const [pip] = rowsOf<{ id: string }>(await db.execute(sql`insert into providers (department_id, name) values (${department}, 'PIP Régularité Test') returning id`));
    const [lot] = rowsOf<{ id: string }>(await db.execute(sql`
      insert into lots (department_id, tender_id, number, label, territory_id, provider_id, capacity, starts_on, ends_on)
      select department_id, tender_id, 99, 'Lot régularité', territory_id, ${pip!.id}, 10, starts_on, ends_on from lots where department_id = ${department} limit 1 returning id`));
    const addUser = async (email: string, name: string, role: string) => rowsOf<{ id: string }>(await db.execute(sql`
      insert into users (department_id, provider_id, email, display_name, role, password_hash)
      select ${department}, ${pip!.id}, ${email}, ${name}, ${role}, password_hash from users where id = ${referentId} returning id`))[0]!.id;
    const newManager = await addUser('coordination@pip-regularite.example', 'Claire Test', 'pip_manager');
    const newReferent = await addUser('referent@pip-regularite.example', 'Marc Test', 'referent');
    expect(newManager).toBeTruthy();
    const active = await peopleWhere(t.database, { status: 'active', providerName: 'PIP Tremplin Emploi Avignon' }, 5);
    const suspended = await peopleWhere(t.database, { status: 'suspended' }, 1);
    const waiting = await peopleWhere(t.database, { status: 'waiting_first_contact' }, 1);
    expect([active.length, suspended.length, waiting.length]).toEqual([5, 1, 1]);
    for (const [i, id] of [...active, ...suspended, ...waiting].entries()) {
      const alerts = i < 2 ? sql`array['no_recent_contact']::text[]` : sql`'{}'::text[]`;
      await db.execute(sql`update beneficiaries set provider_id = ${pip!.id}, lot_id = ${lot!.id}, referent_id = ${newReferent}, alerts = ${alerts} where id = ${id}`);
    }
    const expected = { subject: 5, within: 3, late: 2, share: 0.6 };

    const own = (await t.request('GET', '/api/regularity', await t.login('coordination@pip-regularite.example'))).json();
    expect(own.total).toMatchObject(expected);
    expect(own.referents).toEqual([{ id: newReferent, name: 'Marc Test', ...expected }]);
    expect(own.providers).toEqual([{ id: pip!.id, name: 'PIP Régularité Test', ...expected }]);
    expect(own.lots).toEqual([{ id: lot!.id, name: 'Lot 99 — Lot régularité', ...expected }]);

    const officer = await t.login(demoEmail('dept_officer'));
    const dept = (await t.request('GET', '/api/regularity', officer)).json();
    expect(dept.referents).toEqual([]);
    expect(dept.providers.find((p: { id: string }) => p.id === pip!.id)).toMatchObject(expected);
    expect(dept.lots.find((l: { id: string }) => l.id === lot!.id)).toMatchObject(expected);
    const sum = (rows: { subject: number; within: number }[]) => rows.reduce((a, r) => ({ subject: a.subject + r.subject, within: a.within + r.within }), { subject: 0, within: 0 });
    expect(sum(dept.providers)).toEqual({ subject: dept.total.subject, within: dept.total.within });
    expect(sum(dept.lots)).toEqual({ subject: dept.total.subject, within: dept.total.within });
    const drilled = (await t.request('GET', `/api/regularity?providerId=${pip!.id}`, officer)).json();
    expect(drilled.referents).toEqual([{ id: newReferent, name: 'Marc Test', ...expected }]);

    // The demo PIP's manager sees their own PIP only, whatever PIP they name.
    const demo = (await t.request('GET', `/api/regularity?providerId=${pip!.id}`, manager)).json();
    expect(demo.providers.map((p: { id: string }) => p.id)).not.toContain(pip!.id);
    expect(demo.referents.map((r: { id: string }) => r.id)).not.toContain(newReferent);
    expect(sum(demo.referents)).toEqual({ subject: demo.total.subject, within: demo.total.within });
    // The département cannot drill into another tenant's PIP, nor a referent read the shares.
    expect((await t.request('GET', '/api/regularity?providerId=00000000-0000-4000-8000-000000000000', officer)).statusCode).toBe(404);
    expect((await t.request('GET', '/api/regularity', referent)).statusCode).toBe(403);
  });
});
