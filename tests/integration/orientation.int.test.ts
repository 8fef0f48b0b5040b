import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail } from '../support/fixtures.js';
import { peopleWhere, userId } from '../support/people.js';
import { frenchToday } from '../../src/shared/calendar.js';

const today = () => frenchToday();

describe.each(testEngines())('orientation and assignment on %s', (engine) => {
  let t: TestApp;
  let officer: Session;
  let manager: Session;
  const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await t.database.db.execute(query));

  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.login(demoEmail('dept_officer'));
    manager = await t.login(demoEmail('pip_manager'));
  });
  afterAll(() => t.close());

  let serial = 0;
  /** New people, not yet oriented, living in Avignon (Grand Avignon: the demo PIP's lot 1). */
  async function toOrientInAvignon(n = 1): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await t.request('POST', '/api/beneficiaries', officer, {
        lastName: 'Orientation', firstNames: `Test ${++serial}`, birthDate: '1985-06-15', cafNumber: String(8_800_000 + serial), communeCode: '84007', postalCode: '84000',
      });
      if (res.statusCode !== 201) throw new Error(res.body);
      ids.push(res.json().id);
    }
    return ids;
  }

  it('proposes the lot of the person’s territory with its remaining capacity', async () => {
    const [id] = await toOrientInAvignon();
    const proposal = (await t.request('GET', `/api/beneficiaries/${id}/orientation-proposal`, officer)).json();
    expect(proposal.territoryName).toBe('Grand Avignon');
    expect(proposal.lots).toHaveLength(1);
    const [lot] = proposal.lots;
    expect(lot).toMatchObject({ number: 1, providerName: 'PIP Tremplin Emploi Avignon', capacity: 900 });
    expect(lot.remaining).toBe(lot.capacity - lot.inUse);
    expect(lot.inUse).toBeGreaterThan(0);
  });

  it('orients to a PIP, which then finds the person in its queue; the contract clock starts', async () => {
    const [id] = await toOrientInAvignon();
    const { lots } = (await t.request('GET', `/api/beneficiaries/${id}/orientation-proposal`, officer)).json();
    const res = await t.request('POST', '/api/orientations', officer, { beneficiaryIds: [id], kind: 'professional', decidedOn: today(), reason: 'Projet professionnel identifié', lotId: lots[0].lotId });
    expect(res.statusCode).toBe(200);
    const queue = (await t.request('GET', '/api/beneficiaries?status=awaiting_assignment&pageSize=200', manager)).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id);
    const file = (await t.request('GET', `/api/beneficiaries/${id}`, manager)).json();
    expect(file.pathway).toMatchObject({ status: 'awaiting_assignment', orientationKind: 'professional', orientedOn: today() });
    expect(file.timeline[0].kind).toBe('orientation.decided');
  });

  it('refuses to fill a lot beyond its capacity unless the officer gives a reason', async () => {
    const [a, b] = await toOrientInAvignon(2);
    const { lots } = (await t.request('GET', `/api/beneficiaries/${a}/orientation-proposal`, officer)).json();
    const lotId = lots[0].lotId;
    const admin = await t.login(demoEmail('dept_admin'));
    const lot = (await t.request('GET', '/api/tenders', admin)).json()[0].lots.find((l: { id: string }) => l.id === lotId);
    await t.request('PUT', `/api/lots/${lotId}`, admin, { ...lot, capacity: lots[0].inUse });
    const full = await t.request('POST', '/api/orientations', officer, { beneficiaryIds: [a, b], kind: 'professional', decidedOn: today(), reason: 'Projet', lotId });
    expect(full.statusCode).toBe(409);
    expect(full.json().message).toMatch(/complet/);
    expect((await t.request('GET', `/api/beneficiaries/${a}`, officer)).json().pathway.status).toBe('to_orient');
    const forced = await t.request('POST', '/api/orientations', officer, { beneficiaryIds: [a, b], kind: 'professional', decidedOn: today(), reason: 'Projet', lotId, overCapacityReason: 'Urgence sociale validée en commission' });
    expect(forced.statusCode).toBe(200);
    const decisions = await q<{ over_capacity_reason: string }>(sql`select over_capacity_reason from orientations where beneficiary_id in (${a}, ${b})`);
    expect(decisions.map((d) => d.over_capacity_reason)).toEqual(['Urgence sociale validée en commission', 'Urgence sociale validée en commission']);
    await t.request('PUT', `/api/lots/${lotId}`, admin, lot);
  });

  it('records each decision of a bulk orientation, and keeps the history on reorientation', async () => {
    const ids = await toOrientInAvignon(3);
    const bulk = await t.request('POST', '/api/orientations', officer, { beneficiaryIds: ids, kind: 'social', decidedOn: today(), reason: 'Freins sociaux prioritaires' });
    expect(bulk.json()).toEqual({ oriented: 3 });
    const audits = await q<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'orientation.decide' and entity_id in (${ids[0]}, ${ids[1]}, ${ids[2]})`);
    expect(audits[0]!.n).toBe(3);
    const { lots } = (await t.request('GET', `/api/beneficiaries/${ids[0]}/orientation-proposal`, officer)).json();
    await t.request('POST', '/api/orientations', officer, { beneficiaryIds: [ids[0]], kind: 'professional', decidedOn: today(), reason: 'Freins levés', lotId: lots[0].lotId });
    const history = await q<{ kind: string; ended: boolean }>(sql`select kind, ended_at is not null as ended from orientations where beneficiary_id = ${ids[0]} order by created_at`);
    expect(history).toEqual([{ kind: 'social', ended: true }, { kind: 'professional', ended: false }]);
  });

  it('lets the PIP manager designate one référent, even when two managers click at once', async () => {
    const [id] = await peopleWhere(t.database, { status: 'awaiting_assignment', providerName: 'PIP Tremplin Emploi Avignon' });
    const second = await t.login(demoEmail('pip_manager'));
    const [a, b] = [await userId(t.database, 'thomas.girard@pip-avignon.example'), await userId(t.database, 'nadia.haddad@pip-avignon.example')];
    const results = await Promise.all([
      t.request('PUT', `/api/beneficiaries/${id}/referent`, manager, { referentId: a }),
      t.request('PUT', `/api/beneficiaries/${id}/referent`, second, { referentId: b }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    // Either one wins and the other is refused, or (on a serialising engine) the second becomes a transfer.
    expect(codes.every((c) => c === 200 || c === 409)).toBe(true);
    const active = await q<{ n: number }>(sql`select count(*)::int as n from assignments where beneficiary_id = ${id} and ended_on is null`);
    expect(active[0]!.n).toBe(1);
    const file = (await t.request('GET', `/api/beneficiaries/${id}`, manager)).json();
    expect([a, b]).toContain(file.pathway.referentId);
    expect(file.pathway.status).toBe('waiting_first_contact');
    // The database itself refuses a second active référent, whatever the code above does.
    await expect(t.database.db.execute(sql`
      insert into assignments (department_id, beneficiary_id, provider_id, referent_id, starts_on, assigned_by)
      select department_id, beneficiary_id, provider_id, ${b}, current_date, assigned_by from assignments where beneficiary_id = ${id} and ended_on is null`)).rejects.toThrow();
  });

  it('refuses a referent of another PIP, and keeps the history of a transfer', async () => {
    const [id] = await peopleWhere(t.database, { status: 'awaiting_assignment', providerName: 'PIP Tremplin Emploi Avignon' });
    const foreignReferent = await userId(t.database, 'emilie.blanc@pip-1.example');
    const refused = await t.request('PUT', `/api/beneficiaries/${id}/referent`, manager, { referentId: foreignReferent });
    expect(refused.statusCode).toBe(400);
    const thomas = await userId(t.database, 'thomas.girard@pip-avignon.example');
    const julie = await userId(t.database, demoEmail('referent'));
    await t.request('PUT', `/api/beneficiaries/${id}/referent`, manager, { referentId: thomas });
    await t.request('PUT', `/api/beneficiaries/${id}/referent`, manager, { referentId: julie });
    const rows = await q<{ referent_id: string; end_reason: string | null }>(sql`select referent_id, end_reason from assignments where beneficiary_id = ${id} order by created_at`);
    expect(rows).toEqual([{ referent_id: thomas, end_reason: 'transfer' }, { referent_id: julie, end_reason: null }]);
    const julieSession = await t.login(demoEmail('referent'));
    expect((await t.request('GET', `/api/beneficiaries/${id}`, julieSession)).statusCode).toBe(200);
    const thomasSession = await t.login('thomas.girard@pip-avignon.example');
    expect((await t.request('GET', `/api/beneficiaries/${id}`, thomasSession)).statusCode).toBe(404);
  });

  it('shows each referent’s caseload against the target, and lets the PIP send a person back', async () => {
    const loads = (await t.request('GET', '/api/referents/caseloads', manager)).json();
    expect(loads.length).toBe(4);
    expect(loads.every((l: { target: number }) => l.target === 60)).toBe(true);
    expect(loads.reduce((n: number, l: { caseload: number }) => n + l.caseload, 0)).toBeGreaterThan(0);
    const [id] = await peopleWhere(t.database, { status: 'awaiting_assignment', providerName: 'PIP Tremplin Emploi Avignon' });
    const back = await t.request('POST', `/api/beneficiaries/${id}/send-back`, manager, { reason: 'Relève du parcours social' });
    expect(back.statusCode).toBe(200);
    expect((await t.request('GET', `/api/beneficiaries/${id}`, manager)).statusCode).toBe(404);
    const file = (await t.request('GET', `/api/beneficiaries/${id}`, officer)).json();
    expect(file.pathway.status).toBe('to_orient');
    expect(file.timeline[0]).toMatchObject({ kind: 'orientation.sent_back' });
  });

  it('moves the accompaniment through its lifecycle and refuses illegal steps', async () => {
    const referent = await t.login(demoEmail('referent'));
    const [id] = await peopleWhere(t.database, { status: 'waiting_first_contact', referentEmail: demoEmail('referent') });
    expect((await t.request('POST', `/api/beneficiaries/${id}/resume`, referent, { on: today() })).statusCode).toBe(409);
    expect((await t.request('POST', `/api/beneficiaries/${id}/first-contact`, referent, { on: '2999-01-01' })).statusCode).toBe(400);
    expect((await t.request('POST', `/api/beneficiaries/${id}/first-contact`, referent, { on: today() })).json().status).toBe('active');
    expect((await t.request('POST', `/api/beneficiaries/${id}/suspend`, referent, { on: today(), reason: 'Maladie' })).json().status).toBe('suspended');
    expect((await t.request('POST', `/api/beneficiaries/${id}/resume`, referent, { on: today() })).json().status).toBe('active');
    const end = await t.request('POST', `/api/beneficiaries/${id}/end`, referent, { on: today(), reasonCode: 'cdi' });
    expect(end.json().status).toBe('ended');
    const file = (await t.request('GET', `/api/beneficiaries/${id}`, referent)).json();
    expect(file.pathway).toMatchObject({ exitReason: 'CDI', exitCategory: 'sustainable_employment', exitPositive: true, endedOn: today() });
    expect(file.alerts).toEqual([]);
  });

  it('ends with one of the lot’s exit reasons, which brings the category and positive flag the tender defines', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    const referent = await t.login(demoEmail('referent'));
    const [id] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    const { pathway } = (await t.request('GET', `/api/beneficiaries/${id}`, referent)).json();
    const defaults: { code: string }[] = (await t.request('GET', `/api/beneficiaries/${id}/exit-reasons`, referent)).json();
    expect(defaults.map((r) => r.code)).toEqual(expect.arrayContaining(['cdi', 'cdd_short', 'qualifying_training', 'abandonment']));

    const jobClub = { code: 'job_club', label: 'Emploi trouvé par le club', category: 'transition_employment', positive: false };
    const lotReasons = [...defaults.filter((r) => r.code !== 'cdi'), jobClub];
    const duplicate = await t.request('PATCH', `/api/lots/${pathway.lotId}/settings`, admin, { exitReasons: [...lotReasons, jobClub] });
    expect(duplicate.statusCode).toBe(400);
    expect((await t.request('PATCH', `/api/lots/${pathway.lotId}/settings`, admin, { exitReasons: lotReasons })).statusCode).toBe(200);
    try {
      const offered: { code: string }[] = (await t.request('GET', `/api/beneficiaries/${id}/exit-reasons`, referent)).json();
      expect(offered.map((r) => r.code)).toContain('job_club');
      expect(offered.map((r) => r.code)).not.toContain('cdi');

      const refused = await t.request('POST', `/api/beneficiaries/${id}/end`, referent, { on: today(), reasonCode: 'cdi' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().issues).toEqual([expect.objectContaining({ path: 'reasonCode' })]);

      expect((await t.request('POST', `/api/beneficiaries/${id}/end`, referent, { on: today(), reasonCode: 'job_club' })).json().status).toBe('ended');
      const file = (await t.request('GET', `/api/beneficiaries/${id}`, referent)).json();
      expect(file.pathway).toMatchObject({ exitReason: jobClub.label, exitCategory: 'transition_employment', exitPositive: false });
      expect(file.timeline[0]).toMatchObject({ kind: 'pathway.end', data: expect.objectContaining({ positive: false }) });
    } finally {
      await t.request('PATCH', `/api/lots/${pathway.lotId}/settings`, admin, { exitReasons: defaults });
    }
  });
});
