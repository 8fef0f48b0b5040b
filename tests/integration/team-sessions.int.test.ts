import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_MANAGER, OTHER_PIP_REFERENT } from '../support/fixtures.js';
import { peopleWhere } from '../support/people.js';

const today = () => frenchToday();
const members = ['Claire Martin — Conseillère départementale', 'Paul Roche - France Travail'];

describe.each(testEngines())('the équipe pluridisciplinaire on %s', (engine) => {
  let t: TestApp;
  let referent: Session;
  let officer: Session;
  let people: string[];
  let territories: { id: string; name: string }[];
  beforeAll(async () => {
    t = await startTestApp(engine);
    referent = await t.login(demoEmail('referent'));
    officer = await t.login(demoEmail('dept_officer'));
    const candidates = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') }, 40);
    const busy = new Set(rowsOf<{ id: string }>(await t.database.db.execute(sql`select beneficiary_id as id from breach_reports`)).map((r) => r.id));
    people = candidates.filter((id) => !busy.has(id)).slice(0, 3);
    expect(people.length).toBe(3);
    territories = (await t.request('GET', '/api/territories', await t.login(demoEmail('dept_admin')))).json();
  });
  afterAll(() => t.close());

  const step = async (id: string, body: Record<string, unknown>) => {
    const res = await t.request('POST', `/api/breach-reports/${id}/steps`, officer, { on: today(), ...body });
    return res;
  };
  /** A report of the person, approved, notified, observations heard, referred to the EP; with its territory's id. */
  const referred = async (person: string) => {
    const made = await t.request('POST', `/api/beneficiaries/${person}/breach-reports`, referent, {
      kind: 'obligations_not_met', facts: 'Aucune démarche du contrat depuis trois mois.', factsFrom: addDays(today(), -90), factsTo: addDays(today(), -1),
    });
    const id = made.json().id as string;
    await t.request('POST', `/api/breach-reports/${id}/approval`, await t.login(demoEmail('pip_manager')), { decision: 'approve' });
    await step(id, { event: 'notify' });
    await step(id, { event: 'record_observations', mode: 'none', assisted: false });
    expect((await step(id, { event: 'refer_to_ep', note: 'Aucune reprise de contact malgré la suspension.' })).json().reviewStatus).toBe('referred_to_ep');
    const { territoryName } = (await t.request('GET', `/api/breach-reports/${id}`, officer)).json();
    return { id, territoryId: territories.find((x) => x.name === territoryName)!.id };
  };
  const createSession = async (territoryId: string, heldOn: string) => {
    const res = await t.request('POST', '/api/team-sessions', officer, { territoryId, heldOn, startsAt: '14:30', place: 'Hôtel du Département, salle 3', members });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const session = async (id: string) => (await t.request('GET', `/api/team-sessions/${id}`, officer)).json();
  const suppression = { event: 'decide_suppression', scaleCode: 'sr_suppression', sharePercent: 50, largerHousehold: true, startsOn: today(), note: 'Après avis de l’EP.' };

  it('prepares a session: a referred report goes on the agenda with its summary, no opinion before the day, no suppression before the opinion', async () => {
    const report = await referred(people[0]!);
    const before = (await t.request('GET', '/api/breach-reports/dashboard', officer)).json().toPrepare;
    const sessionId = await createSession(report.territoryId, addDays(today(), 7));
    const created = await session(sessionId);
    expect(created).toMatchObject({ members: ['Claire Martin — Conseillère départementale', 'Paul Roche — France Travail'], startsAt: '14:30', phase: 'to_prepare', cases: [] });
    const candidates = (await t.request('GET', `/api/team-sessions/${sessionId}/candidates`, officer)).json();
    expect(candidates).toContainEqual({ reportId: report.id, personName: expect.any(String), referredOn: today() });

    const added = await t.request('POST', `/api/team-sessions/${sessionId}/cases`, officer, { reportId: report.id });
    expect(added.statusCode, added.body).toBe(201);
    const caseId = added.json().id as string;
    const after = (await t.request('GET', '/api/breach-reports/dashboard', officer)).json().toPrepare;
    const waiting = (list: { count: number }[]) => list.reduce((n, r) => n + r.count, 0);
    expect(waiting(after)).toBe(waiting(before) - 1);

    const planned = await session(sessionId);
    expect(planned.cases).toHaveLength(1);
    expect(planned.cases[0]).toMatchObject({ id: caseId, reportId: report.id, opinion: null, actions: ['edit_summary', 'remove'] });
    expect(planned.cases[0].summary).toContain('Aucune démarche du contrat depuis trois mois.');
    expect(planned.cases[0].summary).toContain('Saisine de l’équipe pluridisciplinaire (Aucune reprise de contact malgré la suspension.)');

    // Once on an agenda, not on another; not before the session's day; never decided before the opinion.
    const other = await createSession(report.territoryId, addDays(today(), 14));
    expect((await t.request('POST', `/api/team-sessions/${other}/cases`, officer, { reportId: report.id })).json()).toMatchObject({ code: 'CONFLICT', message: 'Ce signalement est déjà inscrit à l’ordre du jour d’une séance.' });
    const early = await t.request('POST', `/api/team-sessions/${sessionId}/cases/${caseId}/opinion`, officer, { opinion: 'Favorable.', previous: null });
    expect(early.json()).toMatchObject({ code: 'CONFLICT', message: 'L’avis ne peut être enregistré qu’à partir du jour de la séance.' });
    expect((await step(report.id, suppression)).json()).toMatchObject({ code: 'CONFLICT', message: 'Cette mesure demande l’avis de l’équipe pluridisciplinaire sur ce dossier.' });

    const prefilled = planned.cases[0].summary as string;
    expect((await t.request('PUT', `/api/team-sessions/${sessionId}/cases/${caseId}`, officer, { summary: 'Résumé revu.', previous: prefilled })).statusCode).toBe(200);
    expect((await session(sessionId)).cases[0].summary).toBe('Résumé revu.');
    // A second officer who loaded the prefilled summary does not erase the first one's correction.
    const stale = await t.request('PUT', `/api/team-sessions/${sessionId}/cases/${caseId}`, officer, { summary: 'Autre résumé.', previous: prefilled });
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', message: 'Ce dossier a été modifié entre-temps : rechargez la page pour voir la dernière version.' });
    expect((await session(sessionId)).cases[0].summary).toBe('Résumé revu.');
    // Removed before the session, it waits again; put back on the agenda.
    expect((await t.request('DELETE', `/api/team-sessions/${sessionId}/cases/${caseId}`, officer)).statusCode).toBe(200);
    expect((await session(sessionId)).cases).toEqual([]);
    expect((await t.request('POST', `/api/team-sessions/${other}/cases`, officer, { reportId: report.id })).statusCode).toBe(201);
  });

  it('records the opinion on the session’s day, then the officer decides the suppression; the PDFs are audited', async () => {
    const report = await referred(people[1]!);
    const sessionId = await createSession(report.territoryId, addDays(today(), 3));
    const caseId = (await t.request('POST', `/api/team-sessions/${sessionId}/cases`, officer, { reportId: report.id })).json().id as string;
    // The session moves to today (no opinion yet): the opinion can be recorded.
    const { version } = await session(sessionId);
    const moved = await t.request('PUT', `/api/team-sessions/${sessionId}`, officer, {
      version, session: { territoryId: report.territoryId, heldOn: today(), startsAt: '09:30', place: 'Salle du conseil', members },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await t.request('PUT', `/api/team-sessions/${sessionId}`, officer, { version, session: { territoryId: report.territoryId, heldOn: today(), startsAt: '09:30', place: 'x', members } })).statusCode).toBe(409);

    const convocation = await t.request('GET', `/api/team-sessions/${sessionId}/cases/${caseId}/convocation`, officer);
    expect(convocation.headers['content-type']).toBe('application/pdf');
    const letter = await readPdf(new Uint8Array(convocation.rawPayload));
    expect(letter.text).toContain('Convocation à l’équipe pluridisciplinaire');
    expect(letter.text).toContain('à 9 h 30');
    expect(letter.text).toContain('Lieu : Salle du conseil');

    const opinion = 'Avis favorable à une suppression de 50 % : aucune reprise de contact.';
    expect((await t.request('POST', `/api/team-sessions/${sessionId}/cases/${caseId}/opinion`, officer, { opinion, previous: null })).statusCode).toBe(200);
    const overwritten = await t.request('POST', `/api/team-sessions/${sessionId}/cases/${caseId}/opinion`, officer, { opinion: 'Un autre avis.', previous: null });
    expect(overwritten.statusCode).toBe(409);
    expect((await session(sessionId)).cases[0].opinion).toBe(opinion);
    const heard = await session(sessionId);
    expect(heard).toMatchObject({ datesLocked: true, opinionCount: 1 });
    expect(heard.cases[0]).toMatchObject({ opinion, actions: ['record_opinion', 'decide'] });
    expect((await t.request('DELETE', `/api/team-sessions/${sessionId}/cases/${caseId}`, officer)).json().message).toBe('L’avis est donné : le dossier reste à l’ordre du jour.');
    const shift = await t.request('PUT', `/api/team-sessions/${sessionId}`, officer, {
      version: heard.version, session: { territoryId: report.territoryId, heldOn: addDays(today(), 1), startsAt: '09:30', place: 'Salle du conseil', members },
    });
    expect(shift.json().message).toBe('Des avis ont été donnés : la date et le territoire de la séance ne changent plus.');

    // The decision is the officer's, on the review: nothing decided it by itself.
    expect((await t.request('GET', `/api/breach-reports/${report.id}`, officer)).json().reviewStatus).toBe('referred_to_ep');
    expect((await step(report.id, suppression)).json().reviewStatus).toBe('suppressed');
    expect((await session(sessionId)).cases[0].actions).toEqual([]);
    expect((await t.request('POST', `/api/team-sessions/${sessionId}/cases/${caseId}/opinion`, officer, { opinion: 'Autre.', previous: opinion })).statusCode).toBe(409);
    expect((await t.request('GET', `/api/breach-reports/${report.id}/team-cases`, officer)).json()).toEqual([
      { caseId, sessionId, heldOn: today(), territoryName: expect.any(String), opinion },
    ]);

    const record = await readPdf(new Uint8Array((await t.request('GET', `/api/team-sessions/${sessionId}/record`, officer)).rawPayload));
    expect(record.text).toContain('Claire Martin — Conseillère départementale');
    expect(record.text).toContain(`Avis de l’équipe pluridisciplinaire : ${opinion}`);
    const logged = rowsOf<{ action: string }>(await t.database.db.execute(sql`select action from audit_log where entity_id = ${sessionId} and action in ('team.convocation', 'team.record')`));
    expect(logged.map((r) => r.action).sort()).toEqual(['team.convocation', 'team.record']);

    const held = (await t.request('GET', '/api/team-sessions?when=upcoming', officer)).json();
    expect(held.map((s: { id: string }) => s.id)).toContain(sessionId);
    expect((await t.request('GET', '/api/team-sessions?when=held', officer)).json().map((s: { id: string }) => s.id)).not.toContain(sessionId);
  });

  it('keeps a measure of the former regime refused until the EP’s opinion, then lets the officer take it', async () => {
    const report = await referred(people[2]!);
    const legacy = { event: 'decide_suspension', scaleCode: 'legacy_reduction', sharePercent: 50, months: 2, largerHousehold: true, startsOn: today(), note: 'Régime antérieur.' };
    expect((await step(report.id, legacy)).statusCode).toBe(409);
    const sessionId = await createSession(report.territoryId, today());
    const caseId = (await t.request('POST', `/api/team-sessions/${sessionId}/cases`, officer, { reportId: report.id })).json().id as string;
    expect((await step(report.id, legacy)).statusCode).toBe(409);
    await t.request('POST', `/api/team-sessions/${sessionId}/cases/${caseId}/opinion`, officer, { opinion: 'Avis favorable à une réduction.', previous: null });
    expect((await step(report.id, legacy)).json().reviewStatus).toBe('suspended');
  });

  it('is the département’s: PIP staff, another PIP and the auditor see nothing; the administrator reads without changing', async () => {
    const [sessionId] = (await t.request('GET', '/api/team-sessions', officer)).json().map((s: { id: string }) => s.id);
    for (const who of [referent, await t.login(demoEmail('pip_manager')), await t.login(OTHER_PIP_REFERENT), await t.login(OTHER_PIP_MANAGER), await t.login(demoEmail('auditor'))]) {
      expect((await t.request('GET', '/api/team-sessions', who)).statusCode).toBe(403);
      expect((await t.request('GET', `/api/team-sessions/${sessionId}`, who)).statusCode).toBe(403);
    }
    const admin = await t.login(demoEmail('dept_admin'));
    const read = (await t.request('GET', `/api/team-sessions/${sessionId}`, admin)).json();
    expect(read.cases.every((c: { actions: string[] }) => c.actions.length === 0)).toBe(true);
    expect((await t.request('POST', '/api/team-sessions', admin, { territoryId: territories[0]!.id, heldOn: today(), startsAt: '09:00', place: 'x', members })).statusCode).toBe(403);
  });

  it('refuses members written without their quality', async () => {
    const res = await t.request('POST', '/api/team-sessions', officer, { territoryId: territories[0]!.id, heldOn: today(), startsAt: '09:00', place: 'Salle', members: ['Claire Martin'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ path: 'members', message: 'Écrivez chaque membre sous la forme « Nom — qualité ».' }]);
  });
});

describe('no code path of the équipe pluridisciplinaire changes an RSA amount or status by itself', () => {
  it('never writes the person’s row nor a review status: the decision goes through the officer’s review step', () => {
    const dir = 'src/capabilities/team-sessions';
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/changeBeneficiary|update\(beneficiaries\)|update\(breachReports\)|updateReport|recordStep|rights_/);
    }
  });
});
