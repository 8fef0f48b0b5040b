import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { enqueue } from '../../src/platform/jobs/runner.js';
import { apiSession, browserTabs, closeTab, expectAccessible, openArea, settled, signIn, tabTo } from '../support/e2e.js';
import { firstWithoutPlannedAppointment } from '../support/people.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Reminders as the référente sees them, in Chromium against the real server with the embedded
 * default (no SMTP relay, no SMS provider): the « Messages » page is empty, then an appointment
 * tomorrow gets its reminders, kept in the outbox; she reads one with the keyboard, sees them on the
 * appointment in the person's « Contacts » tab, and opens its convocation letter. axe on every state.
 */

const WAIT = { timeout: 10_000 };
const REFERENT = 'referente@pip-avignon.example';

let server: TestServer;
const tabs = browserTabs();
const openTab = () => tabs.openTab();
let personId = '';
let appointmentId = '';

beforeAll(async () => {
  server = await startTestServer();
  const referent = await apiSession(openTab, server.url, REFERENT);
  const { items } = await referent.call<{ items: { id: string }[] }>('GET', '/api/beneficiaries?status=active');
  personId = await firstWithoutPlannedAppointment(server.database, items.map((i) => i.id));
  await server.database.db.execute(sql`update beneficiaries set email = 'aicha.rappel@exemple.fr', phone = '06 12 34 56 78' where id = ${personId}`);
  const tomorrow = new Date(Date.now() + 20 * 3_600_000).toISOString();
  ({ id: appointmentId } = await referent.call<{ id: string }>('POST', `/api/beneficiaries/${personId}/appointments`, {
    scheduledAt: tomorrow, place: 'site', subject: 'Point sur les candidatures',
  }));
  await closeTab(referent.tab);
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

/** What the background worker does every minute: write the reminders due, then send them. */
async function runReminderJobs(): Promise<void> {
  for (const kind of ['reminders.schedule', 'messages.send']) await enqueue(server.database.db, { kind });
  await server.jobs.runDue();
}

describe('reminders', () => {
  it('the outbox is empty, then keeps the appointment’s reminders, whose text reads with the keyboard', async () => {
    const tab = await openTab();
    const { page } = tab;
    await signIn(page, server.url, REFERENT);
    await openArea(page, 'Messages', '/messages');
    await expect.poll(() => page.getByText('Aucun message pour l’instant').count(), WAIT).toBe(1);
    await expectAccessible(page, 'the empty outbox');

    await runReminderJobs();
    await page.reload();
    await settled(page);
    const items = page.getByRole('list', { name: 'Messages aux personnes' }).getByRole('listitem');
    await expect.poll(() => items.count(), WAIT).toBe(2);
    const email = items.filter({ hasText: 'E-mail' });
    expect(await email.innerText()).toContain('Conservé ici');
    expect(await email.innerText()).toContain('a•••@exemple.fr');
    const summary = email.getByText('Texte du message');
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await expect.poll(() => email.locator('.message__text').innerText(), WAIT).toContain('Nous vous rappelons votre rendez-vous');
    await expectAccessible(page, 'the outbox with a message open');

    const status = page.getByRole('button', { name: /État/ });
    await status.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Échec' }).press('Enter');
    await expect.poll(() => page.getByText('Aucun message dans cet état').count(), WAIT).toBe(1);
    await status.click();
    await page.getByRole('option', { name: 'Conservé ici' }).click();
    await expect.poll(() => items.count(), WAIT).toBe(2);
    expect(await page.getByRole('navigation', { name: 'Pagination des messages' }).innerText()).toContain('Page 1 sur 1 — 2 messages');
    await expectAccessible(page, 'the outbox filtered by status');
    await closeTab(tab);
  });

  it('shows the reminders on the appointment, beside its convocation letter', async () => {
    const tab = await openTab();
    const { page } = tab;
    await signIn(page, server.url, REFERENT);
    await page.goto(`${server.url}/beneficiaires/${personId}`);
    await settled(page);
    await page.getByRole('tab', { name: 'Contacts' }).click();
    const panel = page.getByRole('tabpanel');
    const appointment = panel.getByRole('listitem').filter({ hasText: 'Point sur les candidatures' });
    await expect.poll(() => appointment.innerText(), WAIT).toContain('E-mail : Conservé ici · SMS : Conservé ici');
    const letter = appointment.getByRole('link', { name: /Convocation \(PDF\)/ });
    expect(await letter.getAttribute('href')).toBe(`/api/contacts/${appointmentId}/convocation`);
    const pdf = await page.request.get(`${server.url}/api/contacts/${appointmentId}/convocation`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'the Contacts tab with reminders and a convocation');
    await closeTab(tab);
  });
});
