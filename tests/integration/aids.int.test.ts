import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';
import { frenchToday } from '../../src/shared/calendar.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { aidAt, aidPeople, aidRequest, PDF, preparedAid, type AidPerson } from '../support/aids.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, foreignEmail, OTHER_PIP_MANAGER } from '../support/fixtures.js';

/** Intl writes narrow no-break spaces in amounts; messages are compared with plain ones. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
/** A Windows executable's first bytes, whatever it is named. */
const EXECUTABLE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.from('This program cannot be run in DOS mode.')]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

describe.each(testEngines())('individual financial aid on %s', (engine) => {
  let t: TestApp;
  let referent: Session;
  let officer: Session;
  let admin: Session;
  let people: AidPerson[];
  const next = () => {
    const person = people.shift();
    if (!person) throw new Error('not enough demo people with a contract in force');
    return person;
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    // The PIP's manager prepares the requests: the PIP has more people with a contract in force than one referent.
    referent = await t.login(demoEmail('pip_manager'));
    officer = await t.login(demoEmail('dept_officer'));
    admin = await t.login(demoEmail('dept_admin'));
    people = await aidPeople(t.database, { providerName: 'PIP Tremplin Emploi Avignon' }, 12);
  });
  afterAll(() => t.close());

  const decide = (id: string, body: Record<string, unknown>, who = officer) => t.request('POST', `/api/aids/${id}/decision`, who, body);
  const envelope = async (scope: string) =>
    ((await t.request('GET', '/api/aids/envelopes', admin)).json() as { scope: string; amountCents: number; consumedCents: number; paidCents: number }[]).find((e) => e.scope === scope)!;
  const option = async (person: AidPerson, aidType: string) =>
    ((await t.request('GET', `/api/beneficiaries/${person.beneficiaryId}/aids`, referent)).json().options as { aidType: string; remainingCents: number }[]).find((o) => o.aidType === aidType)!;

  it('checks the ceilings before submission, in French, and shows what is left to the person', async () => {
    const person = next();
    // Driving licence in the demo catalogue: 1 200 € a request, 2 000 € a year, 1 800 € over the whole pathway.
    expect((await option(person, 'driving_licence')).remainingCents).toBe(120_000);
    const tooMuch = await t.request('POST', `/api/beneficiaries/${person.beneficiaryId}/aids`, referent, aidRequest(person, { requestedCents: 130_000 }));
    expect(tooMuch.statusCode).toBe(400);
    expect(plain(tooMuch.json().message)).toBe('Le montant dépasse le plafond par demande (1 200,00 €).');

    const first = await preparedAid(t, referent, person, { requestedCents: 100_000 });
    // A draft weighs nothing yet; submitted, it counts.
    expect((await option(person, 'driving_licence')).remainingCents).toBe(120_000);
    expect((await t.request('POST', `/api/aids/${first}/submit`, referent)).statusCode).toBe(200);
    expect((await option(person, 'driving_licence')).remainingCents).toBe(80_000);

    const over = await t.request('POST', `/api/beneficiaries/${person.beneficiaryId}/aids`, referent, aidRequest(person, { requestedCents: 90_000 }));
    expect(over.statusCode).toBe(400);
    expect(plain(over.json().message)).toBe('Le plafond sur toute la durée de l’accompagnement (1 800,00 €) serait dépassé : il reste 800,00 €.');

    // Two drafts within the ceiling each cannot both be submitted.
    const a = await preparedAid(t, referent, person, { requestedCents: 50_000 });
    const b = await preparedAid(t, referent, person, { requestedCents: 50_000 });
    expect((await t.request('POST', `/api/aids/${a}/submit`, referent)).statusCode).toBe(200);
    const second = await t.request('POST', `/api/aids/${b}/submit`, referent);
    expect(second.statusCode).toBe(400);
    expect(plain(second.json().message)).toContain('il reste 300,00 €');
  });

  it('refuses to submit without the documents the catalogue requires, or without the person’s consent', async () => {
    const person = next();
    const bare = await t.request('POST', `/api/beneficiaries/${person.beneficiaryId}/aids`, referent, aidRequest(person, { consent: false }));
    const id = bare.json().id as string;
    const refused = await t.request('POST', `/api/aids/${id}/submit`, referent);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe('Le consentement de la personne n’est pas recueilli. Joignez le devis.');
    const unlinked = await t.request('POST', `/api/beneficiaries/${person.beneficiaryId}/aids`, referent, aidRequest(person, { objectiveId: null }));
    expect(unlinked.json().issues).toEqual([{ path: 'objectiveId', message: 'Choisissez un objectif du contrat' }]);
  });

  it('takes a request through review, a partial grant, payment and its invoice, each step saying who and when', async () => {
    const before = await envelope('driving_licence');
    const id = await aidAt(t, referent, officer, next(), [{ event: 'review' }]);
    expect((await decide(id, { event: 'grant', amountCents: 60_000 })).json().issues).toEqual([{ path: 'reason', message: 'Indiquez le motif' }]);
    expect((await decide(id, { event: 'grant', amountCents: 90_000, reason: 'Trop' })).statusCode).toBe(400);
    expect((await decide(id, { event: 'grant', amountCents: 60_000, reason: 'Barème : 60 % du devis' })).json().status).toBe('granted');
    expect(await envelope('driving_licence')).toMatchObject({ consumedCents: before.consumedCents + 60_000, paidCents: before.paidCents });

    // Paid 50 € less than granted: the difference goes back to the envelope.
    expect((await decide(id, { event: 'pay', amountCents: 55_000, paidOn: frenchToday() })).json().status).toBe('paid');
    expect(await envelope('driving_licence')).toMatchObject({ consumedCents: before.consumedCents + 55_000, paidCents: before.paidCents + 55_000 });

    const early = await decide(id, { event: 'justify' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('Aucune facture n’est jointe : l’aide ne peut pas être justifiée.');
    expect((await t.request('POST', `/api/aids/${id}/documents?kind=estimate&fileName=autre.pdf`, referent, PDF)).statusCode).toBe(409);
    expect((await t.request('POST', `/api/aids/${id}/documents?kind=invoice&fileName=facture.pdf`, referent, PDF)).statusCode).toBe(201);
    expect((await decide(id, { event: 'justify' })).json().status).toBe('justified');
    expect((await decide(id, { event: 'cancel', reason: 'Trop tard' })).statusCode).toBe(409);

    const detail = (await t.request('GET', `/api/aids/${id}`, referent)).json();
    expect(detail).toMatchObject({ status: 'justified', grantedCents: 60_000, paidCents: 55_000, paidOn: frenchToday(), decisionReason: 'Barème : 60 % du devis' });
    expect(detail.events.map((e: { event: string; actorName: string }) => `${e.event}:${e.actorName}`)).toEqual([
      'create:Sophie Roux', 'submit:Sophie Roux', 'review:Karim Benali', 'grant:Karim Benali', 'pay:Karim Benali', 'justify:Karim Benali',
    ]);
    expect(detail.events.every((e: { at: string }) => Date.parse(e.at) > Date.now() - 600_000)).toBe(true);
    expect(detail.allowed).toEqual(['letter']);

    const letter = await t.request('GET', `/api/aids/${id}/letter`, referent);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(new Uint8Array(letter.rawPayload));
    expect(pdf.text).toContain('Décision : Accordée partiellement');
    expect(pdf.text).toContain('Montant accordé : 600,00 €');
    expect(pdf.text).toContain('Versée à : Auto-école Mistral');
  });

  it('returns a request for more information, takes it back completed, and gives a cancelled grant back to the budget', async () => {
    const person = next();
    const id = await aidAt(t, referent, officer, person, [{ event: 'review' }, { event: 'return', reason: 'Joindre un devis détaillé' }]);
    const returned = (await t.request('GET', `/api/aids/${id}`, referent)).json();
    expect(returned).toMatchObject({ status: 'returned', decisionReason: 'Joindre un devis détaillé' });
    expect(returned.allowed).toEqual(['edit', 'attach', 'submit', 'withdraw']);
    const edited = await t.request('PUT', `/api/aids/${id}`, referent, { ...aidRequest(person, { requestedCents: 70_000 }), version: returned.version });
    expect(edited.statusCode).toBe(200);
    expect((await t.request('PUT', `/api/aids/${id}`, referent, { ...aidRequest(person), version: returned.version })).statusCode).toBe(409);
    expect((await t.request('POST', `/api/aids/${id}/submit`, referent)).json().status).toBe('submitted');

    const before = await envelope('driving_licence');
    await decide(id, { event: 'review' });
    await decide(id, { event: 'grant', amountCents: 70_000, reason: 'Conforme' });
    expect((await envelope('driving_licence')).consumedCents).toBe(before.consumedCents + 70_000);
    expect((await decide(id, { event: 'cancel', reason: 'La personne a renoncé' })).json().status).toBe('cancelled');
    expect((await envelope('driving_licence')).consumedCents).toBe(before.consumedCents);
    expect((await t.request('POST', `/api/aids/${id}/withdraw`, referent, { reason: 'Déjà annulée' })).statusCode).toBe(409);
  });

  it('never grants beyond the envelope, even when two officers grant its last euros at the same moment', async () => {
    const [a, b] = [next(), next()];
    const over = { aidType: 'vehicle', requestedCents: 80_000 };
    const first = await aidAt(t, referent, officer, a, [{ event: 'review' }], over);
    const second = await aidAt(t, referent, officer, b, [{ event: 'review' }], over);
    const before = await envelope('vehicle');
    // 1 000 € left: room for one grant of 800 €, not two.
    expect((await t.request('PUT', '/api/aids/envelopes', admin, { year: Number(frenchToday().slice(0, 4)), scope: 'vehicle', amountCents: before.consumedCents + 100_000 })).statusCode).toBe(200);
    const otherOfficer = await t.login(demoEmail('dept_officer'));
    const answers = await Promise.all([
      decide(first, { event: 'grant', amountCents: 80_000, reason: 'Réparation nécessaire' }),
      decide(second, { event: 'grant', amountCents: 80_000, reason: 'Réparation nécessaire' }, otherOfficer),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((r) => r.statusCode === 409)!;
    expect(plain(refused.json().message)).toMatch(/^L’enveloppe « Achat ou réparation de véhicule \d{4} » ne permet pas cette aide : il reste 200,00 € pour 800,00 € demandés\.$/);
    expect((await envelope('vehicle')).consumedCents).toBe(before.consumedCents + 80_000);
    const statuses = await Promise.all([first, second].map(async (id) => (await t.request('GET', `/api/aids/${id}`, officer)).json().status));
    expect(statuses.sort()).toEqual(['granted', 'under_review']);

    // The envelope cannot be lowered under what is granted, and the database refuses it anyway.
    const lowered = await t.request('PUT', '/api/aids/envelopes', admin, { year: Number(frenchToday().slice(0, 4)), scope: 'vehicle', amountCents: 1 });
    expect(lowered.statusCode).toBe(409);
    await expect(t.database.db.execute(sql`update aid_envelopes set consumed_cents = amount_cents + 1 where scope = 'vehicle'`)).rejects.toThrow();
  });

  it('refuses a renamed executable, keeps documents out of the database, and opens them only through their request, logged', async () => {
    const id = await preparedAid(t, referent, next());
    const exe = await t.request('POST', `/api/aids/${id}/documents?kind=estimate&fileName=devis.pdf`, referent, EXECUTABLE);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().message).toBe('Seuls les documents PDF, PNG ou JPEG sont acceptés.');
    const png = await t.request('POST', `/api/aids/${id}/documents?kind=estimate&fileName=devis-photo.pdf`, referent, PNG);
    expect(png.statusCode).toBe(201);
    const documentId = png.json().id as string;

    const opened = await t.request('GET', `/api/aids/${id}/documents/${documentId}`, referent);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('image/png');
    expect(Buffer.from(opened.rawPayload).equals(PNG)).toBe(true);
    const [row] = rowsOf<{ storage_key: string; media_type: string; size: number; sha256: string }>(
      await t.database.db.execute(sql`select storage_key, media_type, size, sha256 from aid_documents where id = ${documentId}`));
    expect(row).toMatchObject({ media_type: 'image/png', size: PNG.length });
    expect(row!.storage_key).toMatch(/^[0-9a-f-]{36}\/[0-9a-f]{32}$/);
    expect(row!.storage_key).not.toContain(documentId);
    const logged = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'aid.document.open' and entity_id = ${id}`));
    expect(logged[0]!.n).toBe(1);

    // Another PIP, another département, or this document through another request: not found.
    const url = `/api/aids/${id}/documents/${documentId}`;
    for (const who of [await t.login(OTHER_PIP_MANAGER), await t.login(foreignEmail('dept_officer'))]) {
      expect((await t.request('GET', url, who)).statusCode).toBe(404);
      expect((await t.request('GET', `/api/aids/${id}`, who)).statusCode).toBe(404);
    }
    const elsewhere = await preparedAid(t, referent, next());
    expect((await t.request('GET', `/api/aids/${elsewhere}/documents/${documentId}`, referent)).statusCode).toBe(404);
  });

  it('shows the demo’s requests with their documents, real PDFs that open', async () => {
    const demo = rowsOf<{ id: string; supplier: string | null; kinds: string[] }>(await t.database.db.execute(sql`
      select r.id, r.supplier_name as supplier, array(select d.kind from aid_documents d where d.department_id = r.department_id and d.request_id = r.id order by d.kind) as kinds
      from aid_requests r join departments dep on dep.id = r.department_id
      where dep.code = '84' and r.justification like 'Frein identifié%'`));
    expect(demo.length).toBeGreaterThanOrEqual(5);
    expect(demo.every((r) => r.kinds.length > 0)).toBe(true);
    const garage = demo.find((r) => r.supplier === 'Garage du Rhône')!;
    expect(garage.kinds).toEqual(['estimate']);
    const { documents } = (await t.request('GET', `/api/aids/${garage.id}`, officer)).json() as { documents: { id: string; name: string }[] };
    const opened = await t.request('GET', `/api/aids/${garage.id}/documents/${documents[0]!.id}`, officer);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(new Uint8Array(opened.rawPayload));
    expect(pdf.text).toContain('Garage du Rhône');
    expect(pdf.text).toContain('Devis du');
    expect(pdf.text).toContain('Montant TTC : 650,00 €');
  });

  it('shows the queue with filters and totals, the budget by type, territory and PIP, and exports them', async () => {
    const queue = (await t.request('GET', '/api/aids?status=granted&aidType=vehicle', officer)).json();
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((i: { status: string; aidType: string }) => i.status === 'granted' && i.aidType === 'vehicle')).toBe(true);
    expect(queue.totals.grantedCents).toBe(queue.items.reduce((s: number, i: { grantedCents: number }) => s + i.grantedCents, 0));

    const budget = (await t.request('GET', '/api/aids/budget', officer)).json();
    const vehicle = budget.byType.find((l: { key: string }) => l.key === 'vehicle');
    expect(vehicle.label).toBe('Achat ou réparation de véhicule');
    expect(vehicle.grantedCents).toBe((await envelope('vehicle')).consumedCents);
    expect(budget.byProvider.map((l: { label: string }) => l.label)).toContain('PIP Tremplin Emploi Avignon');
    expect(budget.byTerritory.length).toBeGreaterThan(0);
    expect(budget.envelopes.map((e: { scope: string }) => e.scope)).toContain('total');

    const csv = await t.request('GET', '/api/aids/export?format=csv&aidType=vehicle', officer);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(plain(csv.body)).toContain('Personne;PIP;Aide;Année;Statut;Demandé;Accordé;Payé;Déposée le');
    expect(plain(csv.body)).toContain('Achat ou réparation de véhicule');
    expect(plain(csv.body)).toMatch(/;Accordée;800,00 €;800,00 €;;\d{2}\/\d{2}\/\d{4}/);
    const xlsx = await t.request('GET', '/api/aids/export?format=xlsx', officer);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // A PIP's people are the PIP's: another PIP's manager sees none of these requests.
    const other = (await t.request('GET', '/api/aids', await t.login(OTHER_PIP_MANAGER))).json();
    expect(other.items.every((i: { providerName: string }) => i.providerName !== 'PIP Tremplin Emploi Avignon')).toBe(true);
  });
});
