import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, foreignEmail, OTHER_PIP_MANAGER } from '../support/fixtures.js';
import { ROLES, type Role } from '../../src/shared/roles.js';
import { PERMISSIONS } from '../../src/platform/policy/permissions.js';
import { breachReport, ROUTE_MATRIX, teamSession, workshopSession, type Targets } from './route-matrix.js';
import { frenchToday } from '../../src/shared/calendar.js';
import { contractsWhere, peopleWhere, userId } from '../support/people.js';
import { aidAt, aidPeople, preparedAid } from '../support/aids.js';

describe.each(testEngines())('authorisation matrix on %s', (engine) => {
  let t: TestApp;
  let targets: Targets;
  const sessions = new Map<string, Session>();
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const role of ROLES) {
      sessions.set(role, await t.login(demoEmail(role)));
      sessions.set(`foreign:${role}`, await t.login(foreignEmail(role)));
    }
    const admin = sessions.get('dept_admin')!;
    const get = async (url: string) => (await t.request('GET', url, admin)).json();
    const tenders = await get('/api/tenders');
    const providers = await get('/api/providers');
    const users = (await get('/api/users')) as { id: string; email: string }[];
    targets = {
      territoryId: (await get('/api/territories')).find((x: { name: string }) => x.name === 'Grand Avignon').id,
      providerId: providers.find((p: { name: string }) => p.name === 'PIP Tremplin Emploi Avignon').id,
      tenderId: tenders[0].id,
      lotId: tenders[0].lots[0].id,
      userId: users.find((u) => u.email === demoEmail('referent'))!.id,
      ...(await peopleTargets(t)),
    };
  });
  afterAll(() => t.close());

  const call = async (key: string, session: Session | null) => {
    const route = ROUTE_MATRIX[key]!;
    const [method] = key.split(' ');
    return t.request(method!, route.path(targets), session, route.body?.(targets, ++n));
  };
  const sessionFor = async (who: string, key: string): Promise<Session> => {
    if (!ROUTE_MATRIX[key]!.freshSession) return sessions.get(who)!;
    return t.login(who.startsWith('foreign:') ? foreignEmail(who.slice(8) as Role) : demoEmail(who as Role));
  };

  it('lists every route of the server, and only those', () => {
    const served = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(served).toEqual(Object.keys(ROUTE_MATRIX).sort());
    for (const r of t.app.apiRoutes) {
      const expectedAccess = ROUTE_MATRIX[`${r.method} ${r.url}`]!.allowed === 'public' ? ['public', 'optional'] : ['required'];
      expect(expectedAccess, `${r.method} ${r.url}`).toContain(r.access);
    }
  });

  it('grants no permission that the matrix does not expect', () => {
    const reachable = new Set(Object.values(PERMISSIONS).flat());
    for (const role of reachable) expect(ROLES).toContain(role);
  });

  for (const key of Object.keys(ROUTE_MATRIX)) {
    it(`${key}: anonymous, each role, the foreign département`, async () => {
      const route = ROUTE_MATRIX[key]!;
      const anonymous = await call(key, null);
      if (route.allowed === 'public') {
        expect(anonymous.statusCode, key).toBe(route.allowedStatus ?? 200);
        return;
      }
      expect(anonymous.statusCode, `${key} anonymous`).toBe(401);
      if (route.streamed) return expectStreamedRefusals(key);
      for (const role of ROLES) {
        const res = await call(key, await sessionFor(role, key));
        const allowed = route.allowed.includes(role);
        if (allowed && route.allowedStatus) expect(res.statusCode, `${key} as ${role}: ${res.body}`).toBe(route.allowedStatus);
        else if (allowed && route.stateful && res.statusCode === 409) expect(res.json().code).toBe('CONFLICT');
        else if (allowed) expect(res.statusCode, `${key} as ${role}: ${res.body}`).toBeLessThan(300);
        else expect(res.statusCode, `${key} as ${role}`).toBe(403);
        expect(res.body).not.toMatch(/at .*\.ts:\d+|select .* from/i);

        const foreign = await call(key, await sessionFor(`foreign:${role}`, key));
        if (!allowed) expect(foreign.statusCode, `${key} as foreign ${role}`).toBe(403);
        else if (route.targetsResource) expect(foreign.statusCode, `${key} as foreign ${role}: ${foreign.body}`).toBe(404);
        else if (route.allowedStatus) expect(foreign.statusCode, `${key} as foreign ${role}`).toBe(route.allowedStatus);
        else expect(foreign.statusCode, `${key} as foreign ${role}`).toBeLessThan(300);
        // No Vaucluse identifier ever reaches the foreign tenant.
        for (const id of Object.values(targets)) expect(foreign.body, `${key} foreign ${role}`).not.toContain(id);
      }
    });
  }

  /** A streamed route says no in its last line: FORBIDDEN for other roles, NOT_FOUND abroad. */
  async function expectStreamedRefusals(key: string) {
    const route = ROUTE_MATRIX[key]!;
    const last = (body: string) => JSON.parse(body.trim().split('\n').at(-1)!);
    for (const role of ROLES) {
      const mine = last((await call(key, sessions.get(role)!)).body);
      if (!route.allowed.includes(role)) expect(mine.error?.code, `${key} as ${role}`).toBe('FORBIDDEN');
      else expect(mine.error?.code ?? 'ok', `${key} as ${role}`).not.toBe('FORBIDDEN');
      const foreign = last((await call(key, sessions.get(`foreign:${role}`)!)).body);
      expect(foreign.error?.code, `${key} as foreign ${role}`).toBe(route.allowed.includes(role) ? 'NOT_FOUND' : 'FORBIDDEN');
    }
  }

  it('shows a PIP manager the staff of their own PIP only', async () => {
    const own = (await t.request('GET', '/api/users', sessions.get('pip_manager')!)).json() as { email: string }[];
    expect(own.map((u) => u.email)).toContain(demoEmail('referent'));
    expect(own.map((u) => u.email)).not.toContain(OTHER_PIP_MANAGER);
    expect(own.every((u) => u.email.endsWith('@pip-avignon.example'))).toBe(true);
    const other = (await t.request('GET', '/api/users', await t.login(OTHER_PIP_MANAGER))).json() as { email: string }[];
    expect(other.map((u) => u.email)).not.toContain(demoEmail('referent'));
  });

  it('answers 404, not 403, for a foreign resource, and the same for one that does not exist', async () => {
    const foreignAdmin = sessions.get('foreign:dept_admin')!;
    const body = { displayName: 'Intrus' };
    const foreign = await t.request('PATCH', `/api/users/${targets.userId}`, foreignAdmin, body);
    const missing = await t.request('PATCH', '/api/users/00000000-0000-4000-8000-000000000000', foreignAdmin, body);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body);
  });
});

async function peopleTargets(t: TestApp) {
  const referent = demoEmail('referent');
  const [beneficiaryId, endingId] = await peopleWhere(t.database, { status: 'active', referentEmail: referent });
  const [waitingId] = await peopleWhere(t.database, { status: 'waiting_first_contact', referentEmail: referent });
  const [awaitingId, sendBackId] = await peopleWhere(t.database, { status: 'awaiting_assignment', providerName: 'PIP Tremplin Emploi Avignon' });
  const [toOrientId] = await peopleWhere(t.database, { status: 'to_orient' });
  const [contractId] = await contractsWhere(t.database, { status: 'in_force', referentEmail: referent });
  const [draftContractId] = await contractsWhere(t.database, { status: 'draft', referentEmail: referent });
  const [submittedContractId] = await contractsWhere(t.database, { status: 'submitted', referentEmail: referent });
  const contractTargets = { contractId, draftContractId, submittedContractId };
  for (const [name, id] of Object.entries({ beneficiaryId, endingId, waitingId, awaitingId, sendBackId, toOrientId, ...contractTargets })) {
    if (!id) throw new Error(`the demo data has no person for ${name}`);
  }
  return {
    contractId: contractId!, draftContractId: draftContractId!, submittedContractId: submittedContractId!,
    beneficiaryId: beneficiaryId!, endingId: endingId!, waitingId: waitingId!, awaitingId: awaitingId!, sendBackId: sendBackId!, toOrientId: toOrientId!,
    referentId: await userId(t.database, 'thomas.girard@pip-avignon.example'),
    importId: await dryRunImport(t),
    referenceItemId: (await t.request('GET', '/api/reference/lists/situations', await t.login(demoEmail('dept_admin')))).json()[0].id,
    appointmentId: await plannedYesterday(t, beneficiaryId!),
    upcomingAppointmentId: await plannedYesterday(t, beneficiaryId!, 2),
    ...(await workshopTargets(t, beneficiaryId!)),
    ...(await breachTargets(t, beneficiaryId!)),
    ...(await exitTargets(t)),
    ...(await teamTargets(t, beneficiaryId!)),
    calendarPath: (await t.request('POST', '/api/calendar-feed', await t.login('thomas.girard@pip-avignon.example'))).json().path as string,
    ...(await aidTargets(t)),
  };
}

/** Aid requests of the demo referent's people at the steps the aid routes need. */
async function aidTargets(t: TestApp) {
  const referent = await t.login(demoEmail('referent'));
  const officer = await t.login(demoEmail('dept_officer'));
  const [aidPerson, other] = await aidPeople(t.database, { referentEmail: demoEmail('referent') }, 2);
  if (!aidPerson || !other) throw new Error('the demo data has no person with a contract in force for the aid routes');
  const aidDraftId = await preparedAid(t, referent, aidPerson);
  const { documents } = (await t.request('GET', `/api/aids/${aidDraftId}`, referent)).json() as { documents: { id: string }[] };
  return {
    aidPersonId: aidPerson.beneficiaryId, aidObjectiveId: aidPerson.objectiveId, aidDraftId, aidDocumentId: documents[0]!.id,
    aidWithdrawId: await preparedAid(t, referent, other, { requestedCents: 10_000 }),
    aidSubmittedId: await aidAt(t, referent, officer, other, [], { requestedCents: 10_000 }),
    aidDecidedId: await aidAt(t, referent, officer, other, [{ event: 'review' }, { event: 'refuse', reason: 'Sans lien avec le contrat' }], { requestedCents: 10_000 }),
  };
}

async function dryRunImport(t: TestApp): Promise<string> {
  const officer = await t.login(demoEmail('dept_officer'));
  const res = await t.app.inject({
    method: 'POST', url: '/api/imports?fileName=matrice.csv', payload: Buffer.from('Nom;Prénom;Date de naissance\nMatrice;Import;01/01/1980\n'),
    headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': 'application/octet-stream' },
  });
  return res.json().id as string;
}

/** An appointment planned yesterday, or `daysAhead` days from it. */
async function plannedYesterday(t: TestApp, beneficiaryId: string, daysAhead = 0): Promise<string> {
  const yesterday = new Date(Date.now() + (daysAhead - 1) * 86_400_000).toISOString();
  const res = await t.request('POST', `/api/beneficiaries/${beneficiaryId}/appointments`, await t.login(demoEmail('referent')), {
    scheduledAt: yesterday, place: 'site', subject: 'Premier point',
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

async function workshopTargets(t: TestApp, beneficiaryId: string) {
  const referent = await t.login(demoEmail('referent'));
  const workshopId = (await t.request('POST', '/api/workshops', referent, workshopSession(-1))).json().id as string;
  const registration = await t.request('POST', `/api/workshops/${workshopId}/registrations`, referent, { beneficiaryId });
  if (registration.statusCode !== 201) throw new Error(registration.body);
  return { workshopId, registrationId: registration.json().id as string };
}

/** An ended person of the demo referent whose exit is not closed, with the situation recorded so that the evaluation route can close it. */
async function exitTargets(t: TestApp) {
  const referent = await t.login(demoEmail('referent'));
  const closed = new Set(rowsOf<{ id: string }>(await t.database.db.execute(sql`select beneficiary_id as id from exit_results where evaluated_on is not null`)).map((r) => r.id));
  const exitedId = (await peopleWhere(t.database, { status: 'ended', referentEmail: demoEmail('referent') }, 20)).find((id) => !closed.has(id));
  if (!exitedId) throw new Error('the demo data has no open exit for the demo referent');
  const exitedOn = (await t.request('GET', `/api/beneficiaries/${exitedId}/exit`, referent)).json().exit.endedOn as string;
  const recorded = await t.request('PUT', `/api/beneficiaries/${exitedId}/exit/situation`, referent, { situation: 'qualification', situationOn: exitedOn });
  if (recorded.statusCode !== 200) throw new Error(recorded.body);
  return { exitedId, exitedOn };
}

async function breachTargets(t: TestApp, beneficiaryId: string) {
  const referent = await t.login(demoEmail('referent'));
  const manager = await t.login(demoEmail('pip_manager'));
  const report = async () => (await t.request('POST', `/api/beneficiaries/${beneficiaryId}/breach-reports`, referent, breachReport())).json().id as string;
  const pendingReportId = await report();
  const sentReportId = await report();
  await t.request('POST', `/api/breach-reports/${sentReportId}/approval`, manager, { decision: 'approve' });
  const evidence = await t.app.inject({
    method: 'PUT', url: `/api/breach-reports/${sentReportId}/evidence?fileName=relance.pdf`, payload: Buffer.from('%PDF-1.4\n%relance\n'),
    headers: { cookie: referent.cookie, 'x-csrf-token': referent.csrf, 'content-type': 'application/octet-stream' },
  });
  if (evidence.statusCode !== 201) throw new Error(evidence.body);
  const notified = await t.request('POST', `/api/breach-reports/${sentReportId}/steps`, await t.login(demoEmail('dept_officer')), { event: 'notify', on: frenchToday() });
  if (notified.statusCode !== 200) throw new Error(notified.body);
  return { pendingReportId, sentReportId, evidenceId: evidence.json().id as string, letterStepId: notified.json().stepId as string };
}

/** A report referred to the équipe pluridisciplinaire, on the agenda of a session of its territory held today. */
async function teamTargets(t: TestApp, beneficiaryId: string) {
  const referent = await t.login(demoEmail('referent'));
  const officer = await t.login(demoEmail('dept_officer'));
  const teamReportId = (await t.request('POST', `/api/beneficiaries/${beneficiaryId}/breach-reports`, referent, breachReport())).json().id as string;
  await t.request('POST', `/api/breach-reports/${teamReportId}/approval`, await t.login(demoEmail('pip_manager')), { decision: 'approve' });
  for (const step of [{ event: 'notify' }, { event: 'record_observations', mode: 'none', assisted: false }, { event: 'refer_to_ep', note: 'Aucune reprise de contact.' }]) {
    const res = await t.request('POST', `/api/breach-reports/${teamReportId}/steps`, officer, { on: frenchToday(), ...step });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  const { territoryName } = (await t.request('GET', `/api/breach-reports/${teamReportId}`, officer)).json() as { territoryName: string };
  const territories = (await t.request('GET', '/api/territories', await t.login(demoEmail('dept_admin')))).json() as { id: string; name: string }[];
  const teamTerritoryId = territories.find((x) => x.name === territoryName)!.id;
  const session = await t.request('POST', '/api/team-sessions', officer, teamSession(teamTerritoryId));
  if (session.statusCode !== 201) throw new Error(session.body);
  const teamSessionId = session.json().id as string;
  const added = await t.request('POST', `/api/team-sessions/${teamSessionId}/cases`, officer, { reportId: teamReportId });
  if (added.statusCode !== 201) throw new Error(added.body);
  const teamCaseId = added.json().id as string;
  const { cases } = (await t.request('GET', `/api/team-sessions/${teamSessionId}`, officer)).json() as { cases: { id: string; summary: string }[] };
  return { teamSessionId, teamReportId, teamCaseId, teamTerritoryId, teamCaseSummary: cases.find((c) => c.id === teamCaseId)!.summary };
}
