import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_MANAGER, OTHER_PIP_REFERENT } from '../support/fixtures.js';
import { peopleWhere } from '../support/people.js';
import { startSmtpServer, type SmtpServer } from '../support/smtp.js';
import { startBrevoServer } from '../support/brevo.js';
import { enqueue } from '../../src/platform/jobs/runner.js';
import { rowsOf } from '../../src/platform/db/engine.js';
import { createTransports } from '../../src/platform/messaging/transports.js';
import { createDispatcher } from '../../src/capabilities/reminders/dispatch.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

interface MessageRow {
  id: string;
  contact_id: string;
  channel: string;
  recipient: string;
  status: string;
  attempts: number;
  last_error: string | null;
  send_at: Date | string;
  transport_id: string | null;
}

describe.each(testEngines())('appointment reminders on %s', (engine) => {
  let t: TestApp;
  let smtp: SmtpServer;
  /** The app's clock: the tests move it to the reminder's time and past retries. */
  let clock = new Date();
  let people: string[] = [];
  let next = 0;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp(engine, { now: () => clock, transports: createTransports({ smtpUrl: smtp.url, smtpFrom: 'Parcours <rappels@parcours.test>' }) });
    people = await peopleWhere(t.database, { status: 'active', referentEmail: demoEmail('referent') }, 20);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const referent = () => t.login(demoEmail('referent'));
  const runJob = async (kind: string) => {
    await enqueue(t.database.db, { kind });
    await t.jobs.runDue();
  };
  /** A person of the demo referent, given an e-mail address no other test uses, and a phone number. */
  async function person(contact: { email?: string | null; phone?: string | null } = {}) {
    const id = people[next++ % people.length]!;
    const email = contact.email === undefined ? `rappel-${next}-${engine}@exemple.fr` : contact.email;
    const phone = contact.phone === undefined ? '06 12 34 56 78' : contact.phone;
    await t.database.db.execute(sql`update beneficiaries set email = ${email}, phone = ${phone} where id = ${id}`);
    return { id, email: email! };
  }
  /** An appointment `hoursAhead` hours after the clock (reminders go 48 hours before, by default). */
  async function plan(personId: string, hoursAhead: number) {
    const res = await t.request('POST', `/api/beneficiaries/${personId}/appointments`, await referent(), {
      scheduledAt: new Date(clock.getTime() + hoursAhead * HOUR).toISOString(), place: 'site', subject: 'Point mensuel',
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  }
  const messagesOf = async (contactId: string) =>
    rowsOf<MessageRow>(await t.database.db.execute(sql`select * from messages where contact_id = ${contactId} order by channel`));
  const emailOf = async (contactId: string) => (await messagesOf(contactId)).find((m) => m.channel === 'email')!;
  const later = (ms: number) => void (clock = new Date(clock.getTime() + ms));

  it('writes the reminders when their time comes, not before, and never twice', async () => {
    const { id } = await person();
    const appointment = await plan(id, 72);
    await runJob('reminders.schedule');
    expect(await messagesOf(appointment)).toEqual([]);

    later(24 * HOUR + MINUTE);
    await runJob('reminders.schedule');
    await runJob('reminders.schedule');
    const rows = await messagesOf(appointment);
    expect(rows.map((m) => [m.channel, m.status])).toEqual([['email', 'queued'], ['sms', 'queued']]);
    expect(new Date(rows[0]!.send_at).getTime()).toBe(clock.getTime());
  });

  it('follows a lot whose delay is longer than the default, and one whose delay is shorter', async () => {
    const { id } = await person();
    const { lot_id: lotId, department_id: departmentId } = rowsOf<{ lot_id: string; department_id: string }>(
      await t.database.db.execute(sql`select lot_id, department_id from beneficiaries where id = ${id}`),
    )[0]!;
    const [saved] = rowsOf<{ values: object }>(
      await t.database.db.execute(sql`select values from lot_settings where department_id = ${departmentId} and lot_id = ${lotId}`),
    );
    const original = JSON.stringify(saved?.values ?? {});
    const setDelay = (hours: number | null) =>
      t.database.db.execute(sql`
        insert into lot_settings (department_id, lot_id, values)
        values (${departmentId}, ${lotId}, ${original}::jsonb || ${hours === null ? sql`'{}'::jsonb` : sql`jsonb_build_object('reminderDelayHours', ${hours}::int)`})
        on conflict (department_id, lot_id) do update set values = excluded.values`);
    try {
      await setDelay(120);
      const early = await plan(id, 100);
      await setDelay(6);
      const late = await plan(id, 30);
      await runJob('reminders.schedule');
      expect(await messagesOf(late)).toEqual([]);
      await setDelay(120);
      await runJob('reminders.schedule');
      expect((await messagesOf(early)).map((m) => m.channel)).toEqual(['email', 'sms']);
    } finally {
      await setDelay(null);
    }
  });

  it('sends each reminder once over SMTP, even when the job runs twice and two workers race', async () => {
    const [first, ...others] = await Promise.all([0, 1, 2, 3].map(() => person()));
    const appointments: string[] = [];
    for (const p of [first!, ...others]) appointments.push(await plan(p.id, 47));
    await runJob('reminders.schedule');
    await runJob('messages.send');
    await runJob('messages.send');
    expect(smtp.to(first!.email)).toHaveLength(1);
    expect(smtp.to(first!.email)[0]!.raw).toContain('Subject: =?UTF-8?');

    const email = await emailOf(appointments[0]!);
    expect(email).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(email.transport_id).toMatch(/@/);
    // No SMS provider here: the SMS waits in the outbox for staff.
    expect((await messagesOf(appointments[0]!)).find((m) => m.channel === 'sms')).toMatchObject({ status: 'kept_in_outbox' });

    // Two workers racing over a new batch: each message is taken by one of them only.
    const racing = await Promise.all([0, 1, 2].map(() => person()));
    for (const p of racing) await plan(p.id, 47);
    await runJob('reminders.schedule');
    const workers = [0, 1].map(() => createDispatcher(t.database.db, createTransports({ smtpUrl: smtp.url, smtpFrom: 'rappels@parcours.test' }), () => clock));
    await Promise.all(workers.map((w) => w.runDue()));
    for (const p of [first!, ...others, ...racing]) expect(smtp.to(p.email), p.email).toHaveLength(1);

    const { contacts } = (await t.request('GET', `/api/beneficiaries/${first!.id}/contacts`, await referent())).json();
    expect(contacts.find((c: { id: string }) => c.id === appointments[0])!.reminders).toEqual([
      { channel: 'email', status: 'sent', sentAt: clock.toISOString(), lastError: null },
      { channel: 'sms', status: 'kept_in_outbox', sentAt: clock.toISOString(), lastError: null },
    ]);
  });

  it('retries after the relay refuses for now, and sends once it accepts', async () => {
    const p = await person({ phone: null });
    const appointment = await plan(p.id, 40);
    smtp.refuse(p.email, [451]);
    await runJob('reminders.schedule');
    await runJob('messages.send');
    const refused = await emailOf(appointment);
    expect(refused).toMatchObject({ status: 'queued', attempts: 1 });
    expect(refused.last_error).toContain('451');
    expect(new Date(refused.send_at).getTime()).toBe(clock.getTime() + MINUTE);
    expect(smtp.to(p.email)).toHaveLength(0);

    await runJob('messages.send');
    expect((await emailOf(appointment)).attempts).toBe(1);
    later(MINUTE);
    await runJob('messages.send');
    expect(await emailOf(appointment)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(smtp.to(p.email)).toHaveLength(1);
  });

  it('gives up after the last attempt, keeping the error; a permanent refusal is not retried', async () => {
    const busy = await person({ phone: null });
    const unknown = await person({ phone: null });
    const [busyAppointment, unknownAppointment] = [await plan(busy.id, 30), await plan(unknown.id, 30)];
    smtp.refuse(busy.email, [451, 451, 451, 451, 451]);
    smtp.refuse(unknown.email, [550]);
    await runJob('reminders.schedule');
    for (let i = 0; i < 5; i++) {
      await runJob('messages.send');
      later(20 * MINUTE);
    }
    const failed = await emailOf(busyAppointment);
    expect(failed).toMatchObject({ status: 'failed', attempts: 5 });
    expect(failed.last_error).toContain('451');
    expect(await emailOf(unknownAppointment)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await emailOf(unknownAppointment)).last_error).toContain('550');
    expect([...smtp.to(busy.email), ...smtp.to(unknown.email)]).toHaveLength(0);
  });

  it('sends SMS once through Brevo’s API in international format; a refused number fails for good, a busy service is retried', async () => {
    const brevo = await startBrevoServer();
    const worker = createDispatcher(t.database.db, createTransports({
      smtpUrl: smtp.url, smtpFrom: 'rappels@parcours.test', brevo: { apiKey: 'cle-de-test', sender: 'Vaucluse', baseUrl: brevo.url },
    }), () => clock);
    try {
      const [metropolitan, reunion, refused, busy] = await Promise.all(['06 11 22 33 01', '0692 11 22 02', '06 11 22 33 03', '06 11 22 33 04'].map((phone) => person({ phone })));
      const appointments = [];
      for (const p of [metropolitan!, reunion!, refused!, busy!]) appointments.push(await plan(p.id, 47));
      brevo.refuse('33611223303', [400]);
      brevo.refuse('33611223304', [503]);
      await runJob('reminders.schedule');
      await worker.runDue();
      await worker.runDue();

      const sent = brevo.to('33611223301');
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ apiKey: 'cle-de-test', body: { sender: 'Vaucluse', type: 'transactional' } });
      expect(sent[0]!.body.content).toMatch(/^Rappel : rendez-vous le /);
      const sms = async (appointment: string) => (await messagesOf(appointment)).find((m) => m.channel === 'sms')!;
      expect(await sms(appointments[0]!)).toMatchObject({ status: 'sent', attempts: 1, last_error: null, transport_id: expect.stringMatching(/^\d+$/) });
      expect(brevo.to('262692112202')).toHaveLength(1);
      expect(await sms(appointments[2]!)).toMatchObject({ status: 'failed', attempts: 1, last_error: expect.stringContaining('Brevo 400') });
      expect(await sms(appointments[3]!)).toMatchObject({ status: 'queued', attempts: 1, last_error: expect.stringContaining('Brevo 503') });

      later(MINUTE);
      await worker.runDue();
      expect(await sms(appointments[3]!)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
      expect(brevo.to('33611223304')).toHaveLength(1);
      expect(brevo.to('33611223303')).toHaveLength(0);
    } finally {
      await brevo.close();
    }
  });

  it('marks a message left « sending » by a stopped process as unknown, and never sends it again', async () => {
    const p = await person({ phone: null });
    const appointment = await plan(p.id, 40);
    await runJob('reminders.schedule');
    // A worker claimed it (committed) and its process died before the answer was written.
    await t.database.db.execute(sql`update messages set status = 'sending', attempts = 1, claimed_at = ${clock.toISOString()}::timestamptz
      where contact_id = ${appointment}`);
    later(MINUTE);
    await runJob('messages.send');
    expect((await emailOf(appointment)).status).toBe('sending');
    later(15 * MINUTE);
    await runJob('messages.send');
    await runJob('messages.send');
    const lost = await emailOf(appointment);
    expect(lost).toMatchObject({ status: 'unknown', attempts: 1 });
    expect(lost.last_error).toContain('Vérifiez auprès de la personne');
    expect(smtp.to(p.email)).toHaveLength(0);
  });

  it('keeps e-mails in the outbox when no SMTP relay is configured (the embedded default)', async () => {
    const p = await person({ phone: null });
    const appointment = await plan(p.id, 40);
    await runJob('reminders.schedule');
    await createDispatcher(t.database.db, createTransports({ smtpFrom: 'rappels@parcours.test' }), () => clock).runDue();
    expect(await emailOf(appointment)).toMatchObject({ status: 'kept_in_outbox', attempts: 1 });
    expect(smtp.to(p.email)).toHaveLength(0);
  });

  it('cancels the reminders of an appointment moved or cancelled before they leave; the new appointment gets its own', async () => {
    const moving = await person();
    const cancelling = await person();
    const moved = await plan(moving.id, 40);
    const cancelled = await plan(cancelling.id, 40);
    await runJob('reminders.schedule');
    const session = await referent();
    const movedTo = (await t.request('POST', `/api/contacts/${moved}/outcome`, session, {
      outcome: 'moved', scheduledAt: new Date(clock.getTime() + 30 * HOUR).toISOString(), reason: 'Demande de la personne',
    })).json().movedTo as string;
    await t.request('POST', `/api/contacts/${cancelled}/outcome`, session, { outcome: 'cancelled', reason: 'Reprise d’emploi' });
    for (const id of [moved, cancelled]) expect((await messagesOf(id)).map((m) => m.status)).toEqual(['cancelled', 'cancelled']);

    await runJob('reminders.schedule');
    await runJob('messages.send');
    expect(smtp.to(moving.email)).toHaveLength(1);
    expect((await emailOf(movedTo)).status).toBe('sent');
    expect(smtp.to(cancelling.email)).toHaveLength(0);
  });

  it('shows a PIP its own outbox only, addresses partly hidden; another PIP sees none of it', async () => {
    const p = await person();
    const appointment = await plan(p.id, 40);
    await runJob('reminders.schedule');
    const mine = (await t.request('GET', '/api/messages?pageSize=200', await t.login(demoEmail('pip_manager')))).json();
    const reminder = mine.items.find((m: { contactId: string; channel: string }) => m.contactId === appointment && m.channel === 'email');
    expect(reminder).toMatchObject({ status: 'queued', beneficiaryId: p.id, recipient: `r•••@exemple.fr` });
    expect(reminder.body).toContain('Nous vous rappelons votre rendez-vous');
    expect(mine.items.find((m: { contactId: string; channel: string }) => m.contactId === appointment && m.channel === 'sms').recipient).toBe('06 •• •• •• 78');
    expect((await t.request('GET', '/api/messages?pageSize=200', await referent())).json().items.map((m: { contactId: string }) => m.contactId)).toContain(appointment);

    for (const other of [OTHER_PIP_MANAGER, OTHER_PIP_REFERENT]) {
      const theirs = await t.request('GET', '/api/messages?pageSize=200', await t.login(other));
      expect(theirs.statusCode).toBe(200);
      expect(theirs.body).not.toContain(appointment);
      expect(theirs.body).not.toContain(p.id);
    }
  });

  it('prints the convocation of a planned appointment, for its PIP only, and audits it', async () => {
    const p = await person({ email: null, phone: null });
    const appointment = await plan(p.id, 100);
    const res = await t.request('GET', `/api/contacts/${appointment}/convocation`, await referent());
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const [who] = rowsOf<{ last_name: string }>(await t.database.db.execute(sql`select last_name from beneficiaries where id = ${p.id}`));
    const pdf = await readPdf(new Uint8Array(res.rawPayload));
    expect(pdf.text).toContain(who!.last_name.toLocaleUpperCase('fr-FR'));
    expect(pdf.text).toContain('Lieu : PIP Tremplin Emploi Avignon, 12 rue de la République, 84000 Avignon');
    const [audit] = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'contact.convocation' and entity_id = ${appointment}`));
    expect(audit!.n).toBe(1);
    expect((await t.request('GET', `/api/contacts/${appointment}/convocation`, await t.login(OTHER_PIP_REFERENT))).statusCode).toBe(404);
    // Without phone or e-mail, no reminder is written: the letter is the reminder.
    later(60 * HOUR);
    await runJob('reminders.schedule');
    expect(await messagesOf(appointment)).toEqual([]);
  });
});
