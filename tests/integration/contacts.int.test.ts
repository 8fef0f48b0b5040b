import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_REFERENT } from '../support/fixtures.js';
import { peopleWhere } from '../support/people.js';

const today = () => frenchToday();
/** Noon in Paris on that day, as the browser sends it. */
const noonOn = (day: string) => `${day}T12:00:00+01:00`;

describe.each(testEngines())('contacts on %s', (engine) => {
  let t: TestApp;
  let referent: Session;
  beforeAll(async () => {
    t = await startTestApp(engine);
    referent = await t.login(demoEmail('referent'));
  });
  afterAll(() => t.close());

  const file = async (id: string) => (await t.request('GET', `/api/beneficiaries/${id}`, referent)).json();
  const contactsOf = async (id: string) => (await t.request('GET', `/api/beneficiaries/${id}/contacts`, referent)).json();
  const plan = async (id: string, day: string, body: Record<string, unknown> = {}) => {
    const res = await t.request('POST', `/api/beneficiaries/${id}/appointments`, referent, { scheduledAt: noonOn(day), place: 'site', subject: 'Point mensuel', ...body });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  };
  const outcome = (id: string, body: Record<string, unknown>) => t.request('POST', `/api/contacts/${id}/outcome`, referent, body);

  it('plans an appointment, then records it held face to face: the first contact starts the accompaniment', async () => {
    const [person] = await peopleWhere(t.database, { status: 'waiting_first_contact', referentEmail: demoEmail('referent') });
    const id = await plan(person!, addDays(today(), -1), { plannedMinutes: 60 });
    expect((await file(person!)).pathway.status).toBe('waiting_first_contact');
    const held = await outcome(id, { outcome: 'held', modality: 'face_to_face', summary: 'Diagnostic partagé, projet en boulangerie.' });
    expect(held.json()).toMatchObject({ status: 'held', movedTo: null });
    const after = await file(person!);
    expect(after.pathway).toMatchObject({ status: 'active', firstContactOn: addDays(today(), -1), lastContactOn: addDays(today(), -1) });
    expect(after.alerts.map((a: { kind: string }) => a.kind)).not.toContain('first_contact_overdue');
    const { contacts } = await contactsOf(person!);
    expect(contacts[0]).toMatchObject({ status: 'held', modality: 'face_to_face', durationMinutes: 60, staffName: 'Julie Fabre' });
    expect((await outcome(id, { outcome: 'unexcused_absence' })).statusCode).toBe(409);
  });

  it('records a contact after the fact, never in the future, and only with a modality of the list', async () => {
    const [person] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    const post = (body: Record<string, unknown>) => t.request('POST', `/api/beneficiaries/${person}/contacts`, referent, { subject: 'Appel de suivi', ...body });
    expect((await post({ on: addDays(today(), 1), modality: 'phone' })).statusCode).toBe(400);
    expect((await post({ on: today(), modality: 'carrier_pigeon' })).statusCode).toBe(400);
    expect((await post({ on: today(), modality: 'phone', durationMinutes: 10 })).statusCode).toBe(201);
    const after = await file(person!);
    expect(after.pathway.lastContactOn).toBe(today());
    expect(after.alerts.map((a: { kind: string }) => a.kind)).not.toContain('no_recent_contact');
  });

  it('keeps absences and moves: unexcused absences are listed with their dates', async () => {
    const [, person] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    const before = (await file(person!)).pathway.lastContactOn;
    const missed = await plan(person!, addDays(today(), -3));
    expect((await outcome(missed, { outcome: 'unexcused_absence' })).json().status).toBe('unexcused_absence');
    const excused = await plan(person!, addDays(today(), -2));
    expect((await outcome(excused, { outcome: 'excused_absence' })).statusCode).toBe(400);
    expect((await outcome(excused, { outcome: 'excused_absence', reason: 'Enfant malade, certificat fourni' })).statusCode).toBe(200);
    const later = await plan(person!, addDays(today(), 2));
    expect((await outcome(later, { outcome: 'held', modality: 'face_to_face' })).json().message).toBe('Ce rendez-vous n’a pas encore eu lieu.');
    const moved = (await outcome(later, { outcome: 'moved', scheduledAt: noonOn(addDays(today(), 9)) })).json();
    expect(moved.status).toBe('moved');
    const { contacts, unexcusedAbsences } = await contactsOf(person!);
    expect(unexcusedAbsences).toEqual([addDays(today(), -3)]);
    expect(contacts.find((c: { id: string }) => c.id === moved.movedTo)).toMatchObject({ status: 'planned', movedFromId: later, subject: 'Point mensuel' });
    // Absences are not contacts: the last contact date does not move.
    expect((await file(person!)).pathway.lastContactOn).toBe(before);
  });

  it('refuses a video appointment without its link, and keeps contacts to the person’s PIP', async () => {
    const [person] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    const video = await t.request('POST', `/api/beneficiaries/${person}/appointments`, referent, { scheduledAt: noonOn(today()), place: 'video', subject: 'Point' });
    expect(video.json().issues).toEqual([expect.objectContaining({ path: 'videoLink' })]);
    const trap = await t.request('POST', `/api/beneficiaries/${person}/appointments`, referent, { scheduledAt: noonOn(today()), place: 'video', subject: 'Point', videoLink: 'javascript:alert(1)' });
    expect(trap.json().issues).toEqual([{ path: 'videoLink', message: 'Lien de visioconférence invalide (https://…)' }]);
    const other = await t.login(OTHER_PIP_REFERENT);
    expect((await t.request('GET', `/api/beneficiaries/${person}/contacts`, other)).statusCode).toBe(404);
    expect((await t.request('POST', `/api/beneficiaries/${person}/contacts`, other, { on: today(), modality: 'phone', subject: 'Appel' })).statusCode).toBe(404);
    const officer = await t.login(demoEmail('dept_officer'));
    expect((await t.request('GET', `/api/beneficiaries/${person}/contacts`, officer)).statusCode).toBe(403);
  });

  it('names the PIP’s site of an appointment on site, refuses a site of another PIP, and prints the chosen site’s address', async () => {
    const [person] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    const siteOf = async (name: string) =>
      rowsOf<{ id: string }>(await t.database.db.execute(sql`select id from provider_sites where name = ${name}`))[0]!.id;
    // The demo's colleagues have appointments ahead at their PIP's sites.
    const [demo] = rowsOf<{ onSite: number; named: number }>(await t.database.db.execute(sql`
      select count(*) filter (where place = 'site')::int as "onSite", count(site_id)::int as named from contacts where subject = 'Bilan du mois'`));
    expect(demo!.onSite).toBeGreaterThan(0);
    expect(demo!.named).toBe(demo!.onSite);
    const { sites } = await contactsOf(person!);
    expect(sites.map((s: { name: string }) => s.name)).toEqual(['Agence Avignon centre', 'Antenne Orange']);

    const foreign = await t.request('POST', `/api/beneficiaries/${person}/appointments`, referent, {
      scheduledAt: noonOn(addDays(today(), 3)), place: 'site', subject: 'Point', siteId: await siteOf('Agence Carpentras'),
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().issues).toEqual([{ path: 'siteId', message: 'Choisissez un des sites du PIP qui accompagne la personne.' }]);

    const orange = await plan(person!, addDays(today(), 3), { siteId: await siteOf('Antenne Orange'), subject: 'Point à Orange' });
    const byDefault = await plan(person!, addDays(today(), 4), { subject: 'Point sans site choisi' });
    const call = await plan(person!, addDays(today(), 5), { place: 'phone', siteId: await siteOf('Antenne Orange'), subject: 'Point téléphonique' });
    const byId = new Map((await contactsOf(person!)).contacts.map((c: { id: string; siteName: string | null }) => [c.id, c.siteName]));
    expect([byId.get(orange), byId.get(byDefault), byId.get(call)]).toEqual(['Antenne Orange', 'Agence Avignon centre', null]);

    const letter = await t.request('GET', `/api/contacts/${orange}/convocation`, referent);
    expect((await readPdf(new Uint8Array(letter.rawPayload))).text).toContain('Lieu : PIP Tremplin Emploi Avignon, 5 cours Aristide Briand, 84100 Orange');
    // Moved, it keeps its site unless another of the PIP's sites is chosen.
    const siteNameOf = async (id: string) => (await contactsOf(person!)).contacts.find((c: { id: string }) => c.id === id).siteName;
    const moved = (await outcome(orange, { outcome: 'moved', scheduledAt: noonOn(addDays(today(), 6)) })).json().movedTo as string;
    expect(await siteNameOf(moved)).toBe('Antenne Orange');
    const elsewhere = await outcome(moved, { outcome: 'moved', scheduledAt: noonOn(addDays(today(), 7)), siteId: await siteOf('Agence Carpentras') });
    expect([elsewhere.statusCode, elsewhere.json().issues]).toEqual([400, [{ path: 'siteId', message: 'Choisissez un des sites du PIP qui accompagne la personne.' }]]);
    const back = (await outcome(moved, { outcome: 'moved', scheduledAt: noonOn(addDays(today(), 7)), siteId: await siteOf('Agence Avignon centre') })).json().movedTo as string;
    expect(await siteNameOf(back)).toBe('Agence Avignon centre');
  });

  it('counts only the modalities the tender counts towards regularity', async () => {
    const late = (await t.request('GET', '/api/beneficiaries?alert=no_recent_contact&pageSize=5', referent)).json().items as { id: string }[];
    const person = late.at(-1)!.id;
    const alertsOf = async () => (await file(person)).alerts.map((a: { kind: string }) => a.kind);
    const written = () => t.request('POST', `/api/beneficiaries/${person}/contacts`, referent, { on: today(), modality: 'written', subject: 'Réponse à un courriel' });
    expect((await written()).statusCode).toBe(201);
    expect(await alertsOf()).toContain('no_recent_contact');

    const admin = await t.login(demoEmail('dept_admin'));
    const { lotId } = (await file(person)).pathway;
    const patched = await t.request('PATCH', `/api/lots/${lotId}/settings`, admin, { countedModalities: ['face_to_face', 'phone', 'written'] });
    expect(patched.statusCode).toBe(200);
    try {
      expect((await written()).statusCode).toBe(201);
      // A written message counts now; the demo's last face-to-face is within its 90 days.
      expect(await alertsOf()).not.toContain('no_recent_contact');
    } finally {
      await t.request('PATCH', `/api/lots/${lotId}/settings`, admin, { countedModalities: ['face_to_face', 'collective', 'phone', 'video'] });
    }
  });

  it('publishes the referent’s appointments in a private calendar feed: initials only, nothing without the token or after revocation', async () => {
    const [person] = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') });
    await plan(person!, addDays(today(), 3), { subject: 'Point santé et logement', plannedMinutes: 30 });
    const { identity } = await file(person!);
    const { path } = (await t.request('POST', '/api/calendar-feed', referent)).json();
    const feed = await t.request('GET', path, null);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain(`SUMMARY:Rendez-vous ${identity.firstNames.charAt(0)}. ${identity.lastName.charAt(0)}.`);
    expect(feed.body).not.toContain(identity.lastName);
    expect(feed.body).not.toContain('santé');
    // On site by default: the PIP's first site, by name and address.
    expect(feed.body).toContain('LOCATION:Agence Avignon centre\\,');

    const [, , departmentId, token] = path.split('/').slice(1);
    for (const guess of [`/api/calendar/${departmentId}/${'A'.repeat(43)}`, `/api/calendar/${departmentId}/court`, `/api/calendar/00000000-0000-4000-8000-000000000000/${token}`]) {
      expect((await t.request('GET', guess, null)).statusCode).toBe(404);
    }
    const renewed = (await t.request('POST', '/api/calendar-feed', referent)).json().path;
    expect((await t.request('GET', path, null)).statusCode).toBe(404);
    expect((await t.request('GET', renewed, null)).statusCode).toBe(200);
    expect((await t.request('DELETE', '/api/calendar-feed', referent)).json()).toEqual({ revoked: 1 });
    const revoked = await t.request('GET', renewed, null);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.body).not.toContain('VCALENDAR');
  });
});
