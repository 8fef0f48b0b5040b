import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { apiSession, browserTabs, closeTab, expectAccessible, openArea, settled, signIn } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Obligations and sanctions, in Chromium against the real server: a referent reports three
 * unexcused absences picked from the person's contacts; the PIP manager approves; the
 * département's officer sends the first notification, records the observations, decides a
 * suspension from the sanction table, then its end. axe on every screen and dialog.
 */

const WAIT = { timeout: 10_000 };
const REFERENT = 'referente@pip-avignon.example';
const MANAGER = 'coordination@pip-avignon.example';
const OFFICER = 'insertion@vaucluse.example';

let server: TestServer;
const tabs = browserTabs();
const openTab = () => tabs.openTab();

type Person = { id: string; lastName: string; firstNames: string };
let person: Person;

beforeAll(async () => {
  server = await startTestServer();
  const referent = await apiSession(openTab, server.url, REFERENT);
  const { items } = await referent.call<{ items: Person[] }>('GET', '/api/beneficiaries?status=active&sort=name&pageSize=50');
  person = items[0]!;
  // Three appointments in the past the person missed without an excuse.
  for (const days of [-20, -13, -6]) {
    const { id } = await referent.call<{ id: string }>('POST', `/api/beneficiaries/${person.id}/appointments`, {
      scheduledAt: `${addDays(frenchToday(), days)}T10:00:00+01:00`, place: 'site', subject: 'Point mensuel',
    });
    await referent.call('POST', `/api/contacts/${id}/outcome`, { outcome: 'unexcused_absence' });
  }
  await closeTab(referent.tab);
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

const toast = (page: Page) => page.locator('.toast__text');

async function openDialog(page: Page, button: string, role: 'dialog' | 'alertdialog' = 'dialog'): Promise<Locator> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole(role);
  await dialog.waitFor();
  return dialog;
}

async function submitted(page: Page, dialog: Locator, submit: string, message: string): Promise<void> {
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => toast(page).innerText(), WAIT).toBe(message);
}

/** Opens the person's report from the « Manquements » list. */
async function openReport(page: Page, email: string): Promise<void> {
  await signIn(page, server.url, email);
  await openArea(page, 'Manquements', '/manquements');
  await expectAccessible(page, `breaches list as ${email}`);
  await page.getByRole('row').filter({ hasText: person.lastName.toUpperCase() }).first().click();
  await page.waitForURL(/\/manquements\/[0-9a-f-]{36}$/);
  await settled(page);
}

const status = (page: Page) => page.locator('main').innerText();

describe('obligations and sanctions', () => {
  it('a referent reports three unexcused absences, the PIP manager approves, the officer notifies, hears, suspends, then ends it', async () => {
    // 1. The referent, from the person's file.
    const referent = await openTab();
    await signIn(referent.page, server.url, REFERENT);
    await referent.page.goto(`${server.url}/beneficiaires/${person.id}`);
    await settled(referent.page);
    await referent.page.getByRole('tab', { name: 'Manquements' }).click();
    await expect.poll(() => status(referent.page), WAIT).toContain('Aucun signalement pour cette personne.');
    await expectAccessible(referent.page, 'breach tab, empty');
    const report = await openDialog(referent.page, 'Signaler un manquement');
    const absences = report.getByRole('group', { name: /Absences non excusées signalées/ }).getByRole('checkbox');
    await expect.poll(() => absences.count(), WAIT).toBe(3);
    for (const box of await absences.all()) await box.check({ force: true });
    await report.getByRole('textbox', { name: /Faits constatés/ }).fill('Trois rendez-vous manqués sans excuse malgré deux relances.');
    await expectAccessible(referent.page, 'report dialog');
    await submitted(referent.page, report, 'Envoyer le signalement', 'Signalement envoyé.');
    await expect.poll(() => status(referent.page), WAIT).toContain('À valider par le coordinateur');
    await expectAccessible(referent.page, 'breach tab, one report');
    await closeTab(referent);

    // 2. The PIP manager approves it from the queue.
    const manager = await openTab();
    await openReport(manager.page, MANAGER);
    await expectAccessible(manager.page, 'report awaiting approval');
    const approve = await openDialog(manager.page, 'Valider et transmettre', 'alertdialog');
    await expectAccessible(manager.page, 'approval confirmation');
    await submitted(manager.page, approve, 'Valider et transmettre', 'Étape enregistrée.');
    await expect.poll(() => manager.page.locator('main').innerText(), WAIT).toContain('Reçu');
    await closeTab(manager);

    // 3. The officer goes through the review.
    const officer = await openTab();
    const { page } = officer;
    await openReport(page, OFFICER);
    const medium = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });
    for (const days of [-20, -13, -6]) await expect.poll(() => status(page), WAIT).toContain(medium.format(new Date(`${addDays(frenchToday(), days)}T00:00:00Z`)));
    await expectAccessible(page, 'report received');

    await submitted(page, await openDialog(page, 'Notification de manquement'), 'Enregistrer', 'Étape enregistrée.');
    await expect.poll(() => status(page), WAIT).toContain('Courrier (PDF) — Notification de manquement');

    const observations = await openDialog(page, 'Observations de la personne');
    await observations.getByRole('radio', { name: 'À l’oral' }).check({ force: true });
    await observations.getByRole('checkbox', { name: 'La personne était assistée' }).check({ force: true });
    await observations.getByRole('textbox', { name: /Assistée par/ }).fill('Une assistante sociale');
    await expectAccessible(page, 'observations dialog');
    await submitted(page, observations, 'Enregistrer', 'Étape enregistrée.');

    const decision = await openDialog(page, 'Décision : suspension');
    await decision.getByRole('button', { name: /Ligne du barème/ }).click();
    await page.getByRole('option', { name: 'Suspension-remobilisation : première suspension' }).click();
    await decision.getByRole('textbox', { name: /Part du RSA suspendue/ }).fill('40');
    await decision.getByRole('textbox', { name: /Durée \(mois\)/ }).fill('2');
    await decision.getByRole('textbox', { name: /Motivation/ }).fill('Absences répétées malgré les relances ; observations entendues.');
    await expectAccessible(page, 'suspension dialog');
    await submitted(page, decision, 'Enregistrer', 'Étape enregistrée.');
    await expect.poll(() => status(page), WAIT).toContain('Suspension en cours');

    await submitted(page, await openDialog(page, 'Fin de la suspension'), 'Enregistrer', 'Étape enregistrée.');
    await expect.poll(() => status(page), WAIT).toContain('Suspension levée');
    const text = await status(page);
    for (const step of ['Signalement', 'Validé et transmis', 'Notification de manquement', 'Observations de la personne', 'Décision : suspension', 'Fin de la suspension']) {
      expect(text).toContain(step);
    }
    await expectAccessible(page, 'report, suspension ended');

    // The dashboard counts the decision.
    await openArea(page, 'Manquements', '/manquements');
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Décision : suspension');
    await expectAccessible(page, 'dashboard with a decision');
    await closeTab(officer);
  }, 300_000);
});
