import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { addDays, addMonths, frenchToday } from '../../src/shared/calendar.js';
import { rollContracts } from '../../src/capabilities/contracts/schedule.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_MANAGER, OTHER_PIP_REFERENT } from '../support/fixtures.js';
import { contractsWhere, userId } from '../support/people.js';
import { contractContent } from './route-matrix.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';

const today = () => frenchToday();

const threeObjectives = (consent: string | null = today()) => [
  { term: 'short', domain: 'employment', wording: 'Mettre à jour son CV', deadline: addDays(today(), 30), consentOn: consent, actions: [
    { type: 'workshop', label: 'Atelier CV', organiser: 'PIP', startsOn: addDays(today(), 7), endsOn: addDays(today(), 7) },
  ] },
  { term: 'medium', domain: 'mobility', wording: 'Obtenir le permis B', deadline: addDays(today(), 150), consentOn: consent, actions: [] },
  { term: 'long', domain: 'employment', wording: 'Trouver un emploi durable de boulanger', deadline: addDays(today(), 170), consentOn: consent, actions: [] },
];

describe.each(testEngines())('contracts on %s', (engine) => {
  let t: TestApp;
  let referent: Session;
  let officer: Session;
  let pool: string[];
  const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await t.database.db.execute(query));
  /** A person of the demo referent with no contract at all: each test takes its own. */
  const freshPerson = () => pool.shift()!;
  const alertsOf = async (id: string) => (await t.request('GET', `/api/beneficiaries/${id}`, referent)).json().alerts.map((a: { kind: string }) => a.kind);

  async function draft(personId: string, content: Record<string, unknown> = {}) {
    const res = await t.request('POST', `/api/beneficiaries/${personId}/contracts`, referent, { ...contractContent(), ...content });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { id: string; version: number };
  }
  const post = (path: string, session: Session, body?: unknown) => t.request('POST', path, session, body);
  const sign = (id: string) => post(`/api/contracts/${id}/sign`, referent, { personSignedOn: today(), referentSignedOn: today(), mode: 'in_person' });
  /** Draft → signed → submitted → validated by the officer. */
  async function inForce(personId: string, content: Record<string, unknown> = {}) {
    const { id } = await draft(personId, content);
    expect((await sign(id)).statusCode).toBe(200);
    expect((await post(`/api/contracts/${id}/submit`, referent)).statusCode).toBe(200);
    const validated = await post(`/api/contracts/${id}/validate`, officer, {});
    expect(validated.statusCode, validated.body).toBe(200);
    return { id, status: validated.json().status as string };
  }

  beforeAll(async () => {
    t = await startTestApp(engine);
    referent = await t.login(demoEmail('referent'));
    officer = await t.login(demoEmail('dept_officer'));
    // New people of Avignon, oriented to the demo PIP and assigned to the demo referent: no contract yet.
    const manager = await t.login(demoEmail('pip_manager'));
    const referentId = await userId(t.database, demoEmail('referent'));
    pool = [];
    for (let i = 0; i < 13; i++) {
      const created = await t.request('POST', '/api/beneficiaries', officer, {
        lastName: 'Contrat', firstNames: `Personne ${i}`, birthDate: '1984-02-10', cafNumber: String(7_700_100 + i), communeCode: '84007', postalCode: '84000',
      });
      const id = created.json().id as string;
      const { lots } = (await t.request('GET', `/api/beneficiaries/${id}/orientation-proposal`, officer)).json();
      const oriented = await post('/api/orientations', officer, {
        beneficiaryIds: [id], kind: 'professional', decidedOn: today(), reason: 'Projet professionnel', lotId: lots[0].lotId, overCapacityReason: 'Tests des contrats',
      });
      expect(oriented.statusCode, oriented.body).toBe(200);
      expect((await t.request('PUT', `/api/beneficiaries/${id}/referent`, manager, { referentId })).statusCode).toBe(200);
      pool.push(id);
    }
  });
  afterAll(() => t.close());

  it('takes a CE from draft to force: readiness checked at signing, the département validates, alerts follow', async () => {
    const person = freshPerson();
    const { id } = await draft(person, { objectives: threeObjectives(null) });
    const view = (await t.request('GET', `/api/contracts/${id}`, referent)).json();
    expect(view).toMatchObject({ kind: 'ce', nature: 'initial', versionNumber: 1, status: 'draft', durationMonths: 6, endsOn: addDays(addMonths(today(), 6), -1) });
    expect(view.objectives.map((o: { term: string }) => o.term)).toEqual(['short', 'medium', 'long']);
    expect(view.objectives[0].actions[0]).toMatchObject({ type: 'workshop', label: 'Atelier CV' });
    expect(view.weeklyHours).toEqual({ total: 15, required: 15, problem: null });
    expect(view.allowed).toEqual(expect.arrayContaining(['edit', 'sign', 'close']));

    const unready = await sign(id);
    expect(unready.statusCode).toBe(400);
    expect(unready.json().issues.map((i: { path: string }) => i.path)).toEqual(['objectives.0.consentOn', 'objectives.1.consentOn', 'objectives.2.consentOn']);
    expect((await t.request('PUT', `/api/contracts/${id}`, referent, { ...contractContent(), objectives: threeObjectives(), version: view.version })).statusCode).toBe(200);
    expect((await sign(id)).json().status).toBe('signed');
    expect(await alertsOf(person)).not.toContain('contract_overdue');

    expect((await post(`/api/contracts/${id}/submit`, referent)).json().status).toBe('submitted');
    const queue = (await t.request('GET', '/api/contracts?queue=to_validate', officer)).json();
    expect(queue.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await post(`/api/contracts/${id}/validate`, referent, {})).statusCode).toBe(403);
    expect((await post(`/api/contracts/${id}/validate`, officer, { comment: 'Conforme' })).json().status).toBe('in_force');

    const inForceView = (await t.request('GET', `/api/contracts/${id}`, referent)).json();
    expect(inForceView.reviews).toEqual([expect.objectContaining({ validated: true, comment: 'Conforme', decidedBy: 'Karim Benali' })]);
    const file = (await t.request('GET', `/api/beneficiaries/${person}`, referent)).json();
    expect(file.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['contract.draft_initial', 'contract.signed', 'contract.submitted', 'contract.validated', 'contract.in_force']));
    const audit = await q<{ action: string }>(sql`select action from audit_log where entity_id = ${id} order by id`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['contract.draft_initial', 'contract.read', 'contract.update', 'contract.sign', 'contract.submit', 'contract.validate']));
  });

  it('refuses a stale save with 409 and keeps what the first person saved', async () => {
    const { id, version } = await draft(freshPerson());
    const first = await t.request('PUT', `/api/contracts/${id}`, referent, { ...contractContent(), zone: 'Cavaillon', version });
    expect(first.statusCode).toBe(200);
    const manager = await t.login(demoEmail('pip_manager'));
    const second = await t.request('PUT', `/api/contracts/${id}`, manager, { ...contractContent(), zone: 'Orange', version });
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toMatch(/modifié par quelqu’un d’autre/);
    expect((await t.request('GET', `/api/contracts/${id}`, referent)).json().zone).toBe('Cavaillon');
  });

  it('holds a CE to its weekly hours unless a documented reduction lowers them', async () => {
    const short = { hours: { applications: 6, workshops: 4 }, reduction: null };
    const { id, version } = await draft(freshPerson(), { weeklyPlan: short });
    const refused = await sign(id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([{ path: 'weeklyPlan', message: 'Le plan compte 10 h par semaine : il en faut 15 au moins, sauf réduction justifiée.' }]);
    const reduced = { hours: { health: 4, applications: 4 }, reduction: { reason: 'health', hours: 8, justification: 'Mi-temps thérapeutique prescrit en mars' } };
    expect((await t.request('PUT', `/api/contracts/${id}`, referent, { ...contractContent(), weeklyPlan: reduced, version })).statusCode).toBe(200);
    expect((await sign(id)).json().status).toBe('signed');
  });

  it('sends a contract back with comments; the referent corrects it and submits again', async () => {
    const { id } = await draft(freshPerson());
    await sign(id);
    await post(`/api/contracts/${id}/submit`, referent);
    expect((await post(`/api/contracts/${id}/return`, officer, { comment: 'non' })).statusCode).toBe(400);
    expect((await post(`/api/contracts/${id}/return`, officer, { comment: 'Préciser les engagements de la structure.' })).json().status).toBe('returned');
    const returned = (await t.request('GET', `/api/contracts/${id}`, referent)).json();
    expect(returned.reviews).toEqual([expect.objectContaining({ validated: false, comment: 'Préciser les engagements de la structure.' })]);
    const edited = await t.request('PUT', `/api/contracts/${id}`, referent, { ...contractContent(), organisationCommitments: 'Deux rendez-vous par mois.', version: returned.version });
    expect(edited.statusCode).toBe(200);
    expect((await t.request('GET', `/api/contracts/${id}`, referent)).json().status).toBe('draft');
  });

  it('renews into a new version pre-filled with the open objectives; amends into one that supersedes the old', async () => {
    const person = freshPerson();
    const first = await inForce(person, { objectives: threeObjectives() });
    expect(first.status).toBe('in_force');
    const view = (await t.request('GET', `/api/contracts/${first.id}`, referent)).json();
    await post(`/api/contracts/${first.id}/follow-up`, referent, { objectives: [{ id: view.objectives[0].id, status: 'achieved' }] });

    const renewal = await post(`/api/contracts/${first.id}/renew`, referent);
    expect(renewal.statusCode).toBe(201);
    const next = (await t.request('GET', `/api/contracts/${renewal.json().id}`, referent)).json();
    expect(next).toMatchObject({ nature: 'renewal', versionNumber: 2, previousId: first.id, startsOn: addDays(view.endsOn, 1), status: 'draft' });
    expect(next.objectives.map((o: { wording: string }) => o.wording)).toEqual(['Obtenir le permis B', 'Trouver un emploi durable de boulanger']);
    expect(next.objectives.every((o: { consentOn: string | null }) => o.consentOn === null)).toBe(true);
    // One contract in preparation at a time: the amendment waits.
    expect((await post(`/api/contracts/${first.id}/amend`, referent)).statusCode).toBe(409);
    expect((await post(`/api/contracts/${renewal.json().id}/close`, referent, { reason: 'Préférence pour un avenant' })).json().status).toBe('closed');

    const amendment = await post(`/api/contracts/${first.id}/amend`, referent);
    expect(amendment.statusCode).toBe(201);
    const amendmentId = amendment.json().id;
    const content = (await t.request('GET', `/api/contracts/${amendmentId}`, referent)).json();
    const objectives = content.objectives.map((o: Record<string, unknown>) => ({ ...o, id: undefined, consentOn: today() }));
    await t.request('PUT', `/api/contracts/${amendmentId}`, referent, { ...contractContent(), startsOn: today(), objectives, version: content.version });
    await sign(amendmentId);
    await post(`/api/contracts/${amendmentId}/submit`, referent);
    expect((await post(`/api/contracts/${amendmentId}/validate`, officer, {})).json().status).toBe('in_force');
    const versions = (await t.request('GET', `/api/beneficiaries/${person}/contracts`, referent)).json();
    expect(versions.map((v: { versionNumber: number; status: string; nature: string }) => [v.versionNumber, v.nature, v.status])).toEqual([
      [3, 'amendment', 'in_force'], [2, 'renewal', 'closed'], [1, 'initial', 'superseded'],
    ]);
    expect((await t.request('GET', `/api/contracts/${first.id}`, referent)).json().objectives).toHaveLength(3);
  });

  it('raises the contract alerts: ending soon, objective overdue, evaluation missing, CER to convert', async () => {
    const ending = freshPerson();
    await inForce(ending, { startsOn: addDays(addMonths(today(), -6), 10), objectives: [
      { term: 'short', domain: 'employment', wording: 'Relancer trois employeurs', deadline: addDays(today(), -1), consentOn: today(), actions: [] },
    ] });
    expect(await alertsOf(ending)).toEqual(expect.arrayContaining(['contract_ending', 'objective_overdue']));

    const [endedId] = await contractsWhere(t.database, { status: 'ended', referentEmail: demoEmail('referent') });
    const endedRes = await t.request('GET', `/api/contracts/${endedId}`, referent);
    expect(endedRes.statusCode, endedRes.body).toBe(200);
    const ended = endedRes.json();
    if (addDays(ended.endedOn, 15) < today()) expect(await alertsOf(ended.beneficiaryId)).toContain('evaluation_missing');
    const incomplete = await post(`/api/contracts/${endedId}/evaluate`, referent, { objectives: [], overall: { result: 'achieved', assessment: 'Bilan positif' } });
    expect(incomplete.statusCode).toBe(400);
    const evaluated = await post(`/api/contracts/${endedId}/evaluate`, referent, {
      objectives: ended.objectives.map((o: { id: string }) => ({ id: o.id, result: 'achieved', comment: 'Fait' })),
      overall: { result: 'achieved', assessment: 'Bilan positif : emploi trouvé.' },
    });
    expect(evaluated.json().status).toBe('evaluated');
    expect(await alertsOf(ended.beneficiaryId)).not.toContain('evaluation_missing');

    // The CE date is a setting: moved after today, a contract starting today is a CER, to convert.
    const admin = await t.login(demoEmail('dept_admin'));
    expect((await t.request('PATCH', '/api/settings', admin, { ceStartDate: addDays(today(), 1) })).statusCode).toBe(200);
    try {
      const cerPerson = freshPerson();
      const { id } = await inForce(cerPerson, { weeklyPlan: null });
      expect((await t.request('GET', `/api/contracts/${id}`, referent)).json()).toMatchObject({ kind: 'cer', weeklyPlan: null, weeklyHours: null });
      expect(await alertsOf(cerPerson)).toContain('ce_conversion_due');
      const queue = (await t.request('GET', '/api/contracts?queue=to_convert', referent)).json();
      expect(queue.items.map((c: { id: string }) => c.id)).toContain(id);
    } finally {
      await t.request('PATCH', '/api/settings', admin, { ceStartDate: '2025-01-01' });
    }
  });

  it('starts a validated contract on its start date and ends it after its last day', async () => {
    const person = freshPerson();
    const objectives = [{ term: 'short', domain: 'employment', wording: 'Mettre à jour son CV', deadline: addDays(today(), 20), consentOn: today(), actions: [] }];
    const { id } = await draft(person, { startsOn: addDays(today(), 1), objectives });
    await sign(id);
    await post(`/api/contracts/${id}/submit`, referent);
    expect((await post(`/api/contracts/${id}/validate`, officer, {})).json().status).toBe('validated');
    await t.database.db.transaction((tx) => rollContracts(tx, addDays(today(), 1)));
    const started = (await t.request('GET', `/api/contracts/${id}`, referent)).json();
    expect(started.status).toBe('in_force');
    await t.database.db.transaction((tx) => rollContracts(tx, addDays(started.endsOn, 1)));
    expect((await t.request('GET', `/api/contracts/${id}`, referent)).json()).toMatchObject({ status: 'ended', endedOn: started.endsOn });
  });

  it('validates a selection, recording each decision on its own', async () => {
    const ids: string[] = [];
    for (const person of [freshPerson(), freshPerson()]) {
      const { id } = await draft(person);
      await sign(id);
      await post(`/api/contracts/${id}/submit`, referent);
      ids.push(id);
    }
    const bulk = await post('/api/contracts/validate', officer, { ids, comment: 'Validation groupée' });
    expect(bulk.json()).toMatchObject({ validated: 2 });
    const reviews = await q<{ n: number }>(sql`select count(*)::int as n from contract_reviews where contract_id in (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)})`);
    expect(reviews[0]!.n).toBe(2);
    const audits = await q<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'contract.validate' and entity_id in (${sql.join(ids, sql`, `)})`);
    expect(audits[0]!.n).toBe(2);
    expect((await post('/api/contracts/validate', officer, { ids })).statusCode).toBe(409);
  });

  it('lets only the person’s PIP edit, the département validate and the auditor read', async () => {
    const [id] = await contractsWhere(t.database, { status: 'in_force', referentEmail: demoEmail('referent') });
    for (const email of [OTHER_PIP_REFERENT, OTHER_PIP_MANAGER]) {
      const other = await t.login(email);
      expect((await t.request('GET', `/api/contracts/${id}`, other)).statusCode).toBe(404);
      expect((await post(`/api/contracts/${id}/follow-up`, other, {})).statusCode).toBe(404);
    }
    const auditor = await t.login(demoEmail('auditor'));
    expect((await t.request('GET', `/api/contracts/${id}`, auditor)).json().allowed).toEqual([]);
    expect((await post(`/api/contracts/${id}/close`, auditor, { reason: 'Essai' })).statusCode).toBe(403);
    expect((await post(`/api/contracts/${id}/close`, officer, { reason: 'Essai' })).statusCode).toBe(403);
  });

  it('keeps a single contract in preparation when two people create one at the same time', async () => {
    const person = freshPerson();
    const manager = await t.login(demoEmail('pip_manager'));
    const answers = await Promise.all([referent, manager].map((s) => post(`/api/beneficiaries/${person}/contracts`, s, contractContent())));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
  });

  it('attaches a signed scan, checked from its bytes, and serves it back', async () => {
    const { id } = await draft(freshPerson());
    const notPdf = await t.request('PUT', `/api/contracts/${id}/scan?fileName=contrat.pdf`, referent, Buffer.from('bonjour'));
    expect(notPdf.json().message).toBe('Seuls les documents PDF, PNG ou JPEG sont acceptés.');
    const paperWithout = await post(`/api/contracts/${id}/sign`, referent, { personSignedOn: today(), referentSignedOn: today(), mode: 'paper_scan' });
    expect(paperWithout.json().issues).toEqual([expect.objectContaining({ path: 'mode' })]);
    const scan = Buffer.from('%PDF-1.4\n% scan du contrat signé\n');
    expect((await t.request('PUT', `/api/contracts/${id}/scan?fileName=contrat-signe.pdf`, referent, scan)).statusCode).toBe(200);
    expect((await post(`/api/contracts/${id}/sign`, referent, { personSignedOn: today(), referentSignedOn: today(), mode: 'paper_scan' })).statusCode).toBe(200);
    const back = await t.request('GET', `/api/contracts/${id}/scan`, referent);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.rawPayload.equals(scan)).toBe(true);
  });

  it('prints the stored contract as a PDF in French, with its objectives and signatures, and logs the print', async () => {
    const person = freshPerson();
    const { id } = await inForce(person, { objectives: threeObjectives() });
    const res = await t.request('GET', `/api/contracts/${id}/pdf`, referent);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text, info } = await readPdf(new Uint8Array(res.rawPayload));
    expect(info.Title).toMatch(/^Contrat d’engagement/);
    const { identity } = (await t.request('GET', `/api/beneficiaries/${person}`, referent)).json();
    for (const phrase of [`${identity.firstNames} ${identity.lastName.toUpperCase()}`, 'Mettre à jour son CV', 'Obtenir le permis B', 'Trouver un emploi durable de boulanger', 'Validé', 'Karim Benali', 'Julie Fabre']) {
      expect(text, phrase).toContain(phrase);
    }
    const [logged] = await q<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'contract.print' and entity_id = ${id}`);
    expect(logged!.n).toBe(1);
  });
});
