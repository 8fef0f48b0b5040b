import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { rowsOf } from '../../src/platform/db/engine.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';
import { longDate } from '../../src/platform/pdf/format.js';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import * as complianceSchema from '../../src/capabilities/compliance/schema.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_MANAGER, OTHER_PIP_REFERENT } from '../support/fixtures.js';
import { peopleWhere } from '../support/people.js';

const today = () => frenchToday();
const noonOn = (day: string) => `${day}T12:00:00+01:00`;

describe.each(testEngines())('breach reports and their review on %s', (engine) => {
  let t: TestApp;
  let referent: Session;
  let manager: Session;
  let officer: Session;
  let people: string[];
  beforeAll(async () => {
    t = await startTestApp(engine);
    referent = await t.login(demoEmail('referent'));
    manager = await t.login(demoEmail('pip_manager'));
    officer = await t.login(demoEmail('dept_officer'));
    // People with no demo breach report and no unexcused absence yet, whatever order their random ids take.
    const candidates = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') }, 40);
    const busy = new Set(rowsOf<{ id: string }>(await t.database.db.execute(sql`
      select beneficiary_id as id from breach_reports union select beneficiary_id from contacts where status = 'unexcused_absence'`)).map((r) => r.id));
    people = candidates.filter((id) => !busy.has(id)).slice(0, 5);
    expect(people.length).toBe(5);
  });
  afterAll(() => t.close());

  /** Three appointments in the past the person did not come to, without an excuse. */
  const absences = async (person: string, count = 3) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const planned = await t.request('POST', `/api/beneficiaries/${person}/appointments`, referent, {
        scheduledAt: noonOn(addDays(today(), -20 + i * 7)), place: 'site', subject: 'Point mensuel',
      });
      const id = planned.json().id as string;
      expect((await t.request('POST', `/api/contacts/${id}/outcome`, referent, { outcome: 'unexcused_absence' })).statusCode).toBe(200);
      ids.push(id);
    }
    return ids;
  };
  const report = async (person: string, absenceIds: string[]) => {
    const res = await t.request('POST', `/api/beneficiaries/${person}/breach-reports`, referent, {
      kind: 'unexcused_absences', facts: 'Trois rendez-vous manqués sans excuse malgré deux relances par courrier.',
      factsFrom: addDays(today(), -20), factsTo: addDays(today(), -6), absenceIds,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { id: string; status: string };
  };
  const step = (id: string, body: Record<string, unknown>) => t.request('POST', `/api/breach-reports/${id}/steps`, officer, { on: today(), ...body });
  const view = async (id: string, who: Session) => (await t.request('GET', `/api/breach-reports/${id}`, who)).json();

  it('reports picked unexcused absences; the PIP manager returns then approves; only then the département sees it', async () => {
    const person = people[0]!;
    const picked = await absences(person);
    const listed = (await t.request('GET', `/api/beneficiaries/${person}/contacts`, referent)).json();
    expect(listed.unexcusedAbsences).toHaveLength(3);
    const { id, status } = await report(person, picked);
    expect(status).toBe('awaiting_approval');
    const seen = await view(id, referent);
    expect(seen.absences.map((a: { happenedOn: string }) => a.happenedOn)).toEqual([addDays(today(), -20), addDays(today(), -13), addDays(today(), -6)]);
    expect(seen).toMatchObject({ reportedByName: 'Julie Fabre', actions: ['withdraw'] });

    // Not the département's yet.
    expect((await t.request('GET', `/api/breach-reports/${id}`, officer)).statusCode).toBe(404);
    expect((await t.request('GET', `/api/beneficiaries/${person}/breach-reports`, officer)).json()).toEqual([]);

    const queue = (await t.request('GET', '/api/breach-reports?status=awaiting_approval', manager)).json();
    expect(queue.map((r: { id: string }) => r.id)).toContain(id);
    expect((await t.request('POST', `/api/breach-reports/${id}/approval`, manager, { decision: 'return' })).statusCode).toBe(400);
    const returned = await t.request('POST', `/api/breach-reports/${id}/approval`, manager, { decision: 'return', comment: 'Joindre les dates des relances.' });
    expect(returned.json().status).toBe('returned');

    const corrected = await view(id, referent);
    expect(corrected).toMatchObject({ returnComment: 'Joindre les dates des relances.', actions: ['resubmit', 'withdraw'] });
    const resubmit = (version: number) => t.request('PUT', `/api/breach-reports/${id}`, referent, {
      version, report: { kind: 'unexcused_absences', facts: 'Trois rendez-vous manqués ; relances du 2 et du 9.', factsFrom: addDays(today(), -20), factsTo: addDays(today(), -6), absenceIds: picked },
    });
    expect((await resubmit(corrected.version - 1)).statusCode).toBe(409);
    expect((await resubmit(corrected.version)).json().status).toBe('awaiting_approval');
    expect((await t.request('POST', `/api/breach-reports/${id}/approval`, referent, { decision: 'approve' })).statusCode).toBe(403);
    expect((await t.request('POST', `/api/breach-reports/${id}/approval`, manager, { decision: 'approve' })).json().status).toBe('sent');

    const received = await view(id, officer);
    expect(received).toMatchObject({ status: 'sent', reviewStatus: 'received', actions: ['start_review', 'close', 'notify'], territoryName: expect.any(String) });
    expect(received.steps.map((s: { event: string }) => s.event)).toEqual(['report', 'return', 'resubmit', 'approve']);
    expect((await t.request('GET', '/api/breach-reports?open=true', officer)).json().map((r: { id: string }) => r.id)).toContain(id);
  });

  it('refuses absences that are not the person’s unexcused ones, and facts dated in the future', async () => {
    const [person, other] = [people[1]!, people[2]!];
    const [othersAbsence] = await absences(other, 1);
    const res = await t.request('POST', `/api/beneficiaries/${person}/breach-reports`, referent, {
      kind: 'unexcused_absences', facts: 'Absences.', factsFrom: addDays(today(), -10), factsTo: today(), absenceIds: [othersAbsence],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ path: 'absenceIds', message: 'Choisissez parmi les absences non excusées de la personne.' }]);
    const future = await t.request('POST', `/api/beneficiaries/${person}/breach-reports`, referent, {
      kind: 'contract_refusal', facts: 'Refus de signer.', factsFrom: today(), factsTo: addDays(today(), 2),
    });
    expect(future.statusCode).toBe(400);
  });

  it('goes through the review: notification, observations, a suspension from the table, then its end', async () => {
    const person = people[1]!;
    const before = await personRow(person);
    const decisionsBefore = (await t.request('GET', '/api/breach-reports/dashboard', officer)).json().decisions as { event: string; territoryName: string | null; count: number }[];
    const { id } = await report(person, await absences(person));
    await t.request('POST', `/api/breach-reports/${id}/approval`, manager, { decision: 'approve' });

    expect((await step(id, { event: 'decide_suspension', scaleCode: 'sr_first_suspension', sharePercent: 30, months: 1, largerHousehold: false, startsOn: today(), note: 'x' })).statusCode).toBe(409);
    expect((await step(id, { event: 'notify', on: addDays(today(), 1) })).statusCode).toBe(400);
    expect((await step(id, { event: 'notify' })).json().reviewStatus).toBe('notified');
    expect((await step(id, { event: 'record_observations', mode: 'oral', assisted: true, assistedBy: 'Une amie', note: 'Difficultés de garde.' })).json().reviewStatus).toBe('observations_recorded');

    const suspension = { event: 'decide_suspension', scaleCode: 'sr_first_suspension', startsOn: addDays(today(), 5), note: 'Absences répétées malgré les relances.' };
    const outside = await step(id, { ...suspension, sharePercent: 60, months: 3, largerHousehold: true });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().issues).toEqual([
      { path: 'sharePercent', message: 'Le barème permet de 30 % à 50 % pour ce foyer.' },
      { path: 'months', message: 'Le barème permet de 1 à 2 mois.' },
    ]);
    expect((await step(id, { ...suspension, scaleCode: 'legacy_reduction', sharePercent: 30, months: 1, largerHousehold: false })).statusCode).toBe(409);
    const suspended = await step(id, { ...suspension, sharePercent: 40, months: 2, largerHousehold: true });
    expect(suspended.json().reviewStatus).toBe('suspended');
    expect((await step(id, { event: 'end_suspension', note: 'Reprise des rendez-vous.' })).json().reviewStatus).toBe('suspension_ended');
    expect((await step(id, { event: 'notify' })).statusCode).toBe(409);

    const done = await view(id, officer);
    expect(done.actions).toEqual([]);
    const decision = done.steps.find((s: { event: string }) => s.event === 'decide_suspension');
    expect(decision).toMatchObject({ on: today(), recordedByName: expect.any(String), letter: true, note: 'Absences répétées malgré les relances.' });
    expect(decision.details).toMatchObject({ sharePercent: 40, months: 2, largerHousehold: true, scale: { code: 'sr_first_suspension', maxMonths: 2 } });
    expect(done.steps.find((s: { event: string }) => s.event === 'record_observations').details).toEqual({ mode: 'oral', assisted: true, assistedBy: 'Une amie' });
    const letter = await t.request('GET', `/api/breach-reports/${id}/steps/${decision.id}/letter`, officer);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const { text } = await readPdf(new Uint8Array(letter.rawPayload));
    expect(text).toContain('Décision de suspension du RSA');
    expect(text).toContain('Part du RSA concernée : 40 %');
    expect(text).toContain('Durée : 2 mois');
    expect(text).toContain(longDate(addDays(today(), -6)));
    const observations = done.steps.find((s: { event: string }) => s.event === 'record_observations');
    expect((await t.request('GET', `/api/breach-reports/${id}/steps/${observations.id}/letter`, officer)).statusCode).toBe(404);
    // The PIP sees the outcome of its report.
    expect((await view(id, manager)).reviewStatus).toBe('suspension_ended');

    // Nothing of the person's own record moved: no RSA status, no amount, not even a version.
    expect(await personRow(person)).toEqual(before);

    const dashboard = (await t.request('GET', '/api/breach-reports/dashboard', officer)).json();
    const suspensionsIn = (list: typeof decisionsBefore) => list.find((d) => d.event === 'decide_suspension' && d.territoryName === done.territoryName)?.count ?? 0;
    expect(suspensionsIn(dashboard.decisions)).toBe(suspensionsIn(decisionsBefore) + 1);
    expect(dashboard.openByStatusAndAge).toContainEqual({ reviewStatus: 'received', band: 'under_30', count: expect.any(Number) });
  });

  it('sends the report straight to the département when the setting removes the manager’s approval', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    expect((await t.request('PATCH', '/api/settings', admin, { breachApprovalRequired: false })).statusCode).toBe(200);
    try {
      const { id, status } = await report(people[3]!, await absences(people[3]!, 2));
      expect(status).toBe('sent');
      expect(await view(id, officer)).toMatchObject({ reviewStatus: 'received', steps: [{ event: 'report', reviewStatus: 'received' }] });
      const closed = await step(id, { event: 'close', note: 'Hospitalisation justifiée : motif légitime.' });
      expect(closed.json().reviewStatus).toBe('closed');
    } finally {
      await t.request('PATCH', '/api/settings', admin, { breachApprovalRequired: true });
    }
  });

  it('shows nothing to another PIP: its referent and its manager get 404', async () => {
    const { id } = await report(people[4]!, await absences(people[4]!, 1));
    for (const email of [OTHER_PIP_REFERENT, OTHER_PIP_MANAGER]) {
      const other = await t.login(email);
      expect((await t.request('GET', `/api/breach-reports/${id}`, other)).statusCode).toBe(404);
      expect((await t.request('GET', `/api/beneficiaries/${people[4]}/breach-reports`, other)).statusCode).toBe(404);
      expect((await t.request('GET', '/api/breach-reports', other)).json().map((r: { id: string }) => r.id)).not.toContain(id);
      expect((await t.request('POST', `/api/breach-reports/${id}/withdraw`, other)).statusCode).toBe(404);
    }
    expect((await t.request('POST', `/api/breach-reports/${id}/approval`, await t.login(OTHER_PIP_MANAGER), { decision: 'approve' })).statusCode).toBe(404);
    // The auditor has no access to sanctions at all.
    expect((await t.request('GET', '/api/breach-reports', await t.login(demoEmail('auditor')))).statusCode).toBe(403);
  });

  /** The whole row, as the database has it: any write by the flow would show here. */
  async function personRow(id: string) {
    const [row] = rowsOf<Record<string, unknown>>(await t.database.db.execute(sql`select * from beneficiaries where id = ${id}`));
    const [versions] = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from beneficiary_versions where beneficiary_id = ${id}`));
    return { row, versions: versions!.n };
  }
});

describe('no code path of compliance changes an RSA amount or status by itself', () => {
  it('keeps no amount nor rights column in its tables', () => {
    const tables: PgTable[] = Object.values(complianceSchema);
    expect(tables.length).toBeGreaterThan(4);
    for (const table of tables) {
      const names = Object.values(getTableColumns(table)).map((c) => c.name);
      expect(names.filter((n) => /amount|montant|rights|allocation|payment/i.test(n)), getTableConfig(table).name).toEqual([]);
    }
  });

  it('never writes the person’s row, nor names a field of their RSA rights', () => {
    const dir = 'src/capabilities/compliance';
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/changeBeneficiary|update\(beneficiaries\)|insert\(beneficiaries\)|rights(Status|SuspensionReason|ClosureReason|ClosedOn)|rights_/);
    }
  });
});
