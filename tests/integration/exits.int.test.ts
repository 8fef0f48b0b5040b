import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { rowsOf } from '../../src/platform/db/engine.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_MANAGER, OTHER_PIP_REFERENT } from '../support/fixtures.js';
import { peopleWhere } from '../support/people.js';

const today = () => frenchToday();

describe.each(testEngines())('the situation at exit and the final evaluation on %s', (engine) => {
  let t: TestApp;
  let referent: Session;
  let people: string[];
  beforeAll(async () => {
    t = await startTestApp(engine);
    referent = await t.login(demoEmail('referent'));
    people = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') }, 4);
    expect(people.length).toBe(4);
  });
  afterAll(() => t.close());

  const end = async (person: string, daysAgo: number) => {
    const res = await t.request('POST', `/api/beneficiaries/${person}/end`, referent, { on: addDays(today(), -daysAgo), reasonCode: 'cdi' });
    expect(res.statusCode, res.body).toBe(200);
  };
  const exitOf = async (person: string, who = referent) => (await t.request('GET', `/api/beneficiaries/${person}/exit`, who)).json().exit;
  const alertsOf = async (person: string) => ((await t.request('GET', `/api/beneficiaries/${person}`, referent)).json().alerts as { kind: string }[]).map((a) => a.kind);
  const situation = (person: string, body: Record<string, unknown>, who = referent) => t.request('PUT', `/api/beneficiaries/${person}/exit/situation`, who, body);
  const evaluate = (person: string, who = referent) =>
    t.request('POST', `/api/beneficiaries/${person}/exit/evaluation`, who, { evaluation: 'Objectifs atteints : CDI signé, accompagnement clos.', on: today() });

  it('reminds the référent in the last week of the 4 weeks, records the situation, then closes the pathway with the final evaluation', async () => {
    const person = people[0]!;
    await end(person, 25);
    expect(await alertsOf(person)).toContain('exit_situation_missing');
    expect(await exitOf(person)).toMatchObject({ endedOn: addDays(today(), -25), dueOn: addDays(today(), 3), state: 'due_soon', situation: null, closed: false, mayRecord: true });
    expect((await evaluate(person)).json().code).toBe('CONFLICT');

    const job = { situation: 'employment', situationOn: addDays(today(), -20), employmentContract: 'cdd', employmentMonths: 6 };
    expect((await situation(person, job)).statusCode).toBe(200);
    expect(await alertsOf(person)).not.toContain('exit_situation_missing');
    expect(await exitOf(person)).toMatchObject({ state: 'recorded', situation: 'employment', employmentContract: 'cdd', employmentMonths: 6, recordedByName: expect.any(String) });
    // Corrected until the evaluation: a CDI has no planned length.
    expect((await situation(person, { ...job, employmentContract: 'cdi', employmentMonths: null })).statusCode).toBe(200);

    expect((await evaluate(person)).statusCode).toBe(200);
    const closed = await exitOf(person);
    expect(closed).toMatchObject({ closed: true, mayRecord: false, employmentContract: 'cdi', employmentMonths: null, evaluatedOn: today(), evaluatedByName: expect.any(String) });
    expect((await situation(person, job)).json().code).toBe('CONFLICT');
    expect((await evaluate(person)).json().code).toBe('CONFLICT');

    const audited = rowsOf<{ action: string }>(await t.database.db.execute(sql`select action from audit_log where entity_id = ${person} and action like 'exit.%'`));
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['exit.read', 'exit.situation', 'exit.evaluate']));
    const timeline = ((await t.request('GET', `/api/beneficiaries/${person}`, referent)).json().timeline as { kind: string }[]).map((e) => e.kind);
    expect(timeline).toEqual(expect.arrayContaining(['exit.situation', 'exit.closed']));
  });

  it('wants a contract kind and length for a job only, and a day within the 4 weeks after the exit', async () => {
    const person = people[1]!;
    await end(person, 40);
    expect(await exitOf(person)).toMatchObject({ state: 'overdue' });
    const issues = async (body: Record<string, unknown>) => {
      const res = await situation(person, { situationOn: addDays(today(), -35), ...body });
      expect(res.statusCode).toBe(400);
      return (res.json().issues as { path: string; message: string }[]).map((i) => i.path);
    };
    expect(await issues({ situation: 'employment' })).toEqual(['employmentContract']);
    expect(await issues({ situation: 'employment', employmentContract: 'interim' })).toEqual(['employmentMonths']);
    expect(await issues({ situation: 'job_searching', employmentContract: 'cdi' })).toEqual(['employmentContract']);
    expect(await issues({ situation: 'education_training', employmentMonths: 3 })).toEqual(['employmentMonths']);
    expect(await issues({ situation: 'qualification', situationOn: addDays(today(), -41) })).toEqual(['situationOn']);
    expect(await issues({ situation: 'qualification', situationOn: addDays(today(), -11) })).toEqual(['situationOn']);
    expect((await situation(person, { situation: 'qualification', situationOn: addDays(today(), -30) })).statusCode).toBe(200);
    // The FSE+ justification pack of the period states the result.
    const pack = await t.request('GET', `/api/beneficiaries/${person}/proof?from=${addDays(today(), -60)}&to=${today()}`, referent);
    const log = await readPdf(unzipSync(new Uint8Array(pack.rawPayload))['journal-des-contacts.pdf']!);
    expect(log.text).toContain('Situation dans les 4 semaines : A obtenu une qualification');
  });

  it('shows the exit to the département read-only, and nothing to another PIP', async () => {
    const person = people[2]!;
    await end(person, 3);
    const officer = await t.login(demoEmail('dept_officer'));
    expect(await exitOf(person, officer)).toMatchObject({ state: 'pending', mayRecord: false });
    expect((await situation(person, { situation: 'job_searching', situationOn: today() }, officer)).statusCode).toBe(403);
    for (const email of [OTHER_PIP_MANAGER, OTHER_PIP_REFERENT]) {
      const other = await t.login(email);
      expect((await t.request('GET', `/api/beneficiaries/${person}/exit`, other)).statusCode).toBe(404);
      expect((await situation(person, { situation: 'job_searching', situationOn: today() }, other)).statusCode).toBe(404);
      expect((await evaluate(person, other)).statusCode).toBe(404);
    }
    const manager = await t.login(demoEmail('pip_manager'));
    expect((await situation(person, { situation: 'job_searching', situationOn: today() }, manager)).statusCode).toBe(200);
  });

  it('has no exit before the accompaniment ends', async () => {
    const person = people[3]!;
    expect(await exitOf(person)).toBeNull();
    expect((await situation(person, { situation: 'job_searching', situationOn: today() })).json().code).toBe('CONFLICT');
  });
});
