import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { parisDateTime } from '../../src/web/pages/contacts/dateTime.js';
import { apiSession, browserTabs, closeTab, expectAccessible, openArea, settled, signIn, tabTo } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The agenda and the regularity shares, in Chromium against the real server: the référente's week
 * shows today and a clash between two appointments, in words; she moves through weeks and to the
 * day view with the keyboard, and creates then revokes her calendar feed. The manager reads the
 * team's agenda and one member's, and the shares per referent; the département per PIP and lot.
 * axe on every state.
 */

const WAIT = { timeout: 10_000 };
const REFERENT = 'referente@pip-avignon.example';
const MANAGER = 'coordination@pip-avignon.example';
const OFFICER = 'insertion@vaucluse.example';

let server: TestServer;
const tabs = browserTabs();
const openTab = () => tabs.openTab();
const today = frenchToday();
let names: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const referent = await apiSession(openTab, server.url, REFERENT);
  const { items } = await referent.call<{ items: { id: string; lastName: string; firstNames: string }[] }>('GET', '/api/beneficiaries?status=active&pageSize=2');
  expect(items).toHaveLength(2);
  // Two appointments today that overlap by half an hour.
  for (const [i, p] of items.entries()) {
    await referent.call('POST', `/api/beneficiaries/${p.id}/appointments`, { scheduledAt: parisDateTime(today, i === 0 ? '16:00' : '16:30'), plannedMinutes: 60, place: 'site', subject: `Rendez-vous ${i + 1}` });
  }
  names = items.map((p) => `${p.lastName.toUpperCase()} ${p.firstNames}`);
  await closeTab(referent.tab);
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

const main = (page: Page) => page.locator('main');
const dayHeadings = (page: Page) => main(page).locator('.agenda-day__title');

describe('agenda', () => {
  it('the référente’s week marks today and the clash in words; the keyboard moves through weeks and days; her calendar feed', async () => {
    const { page } = await openTab();
    await signIn(page, server.url, REFERENT);
    await openArea(page, 'Agenda', '/agenda');
    await expect.poll(() => dayHeadings(page).count(), WAIT).toBe(7);
    await expect.poll(() => dayHeadings(page).first().innerText()).toMatch(/^Lundi /);
    await expect.poll(() => dayHeadings(page).last().innerText()).toMatch(/^Dimanche /);
    const todayBox = main(page).locator('[aria-current="date"]');
    expect(await todayBox.locator('.agenda-day__title').innerText()).toContain('(aujourd’hui)');
    const conflicts = todayBox.locator('.agenda-item__conflict');
    await expect.poll(() => conflicts.count()).toBe(2);
    expect(await conflicts.first().innerText()).toBe(`⚠ Conflit d’horaire avec 16:30 ${names[1]}`);
    // Planned on site without a site chosen: the PIP's first site, named beside the place.
    expect(await todayBox.locator('.agenda-item__details').first().innerText()).toContain('Dans les locaux du PIP · Agence Avignon centre');
    expect(await main(page).innerText()).toContain('2 rendez-vous ou ateliers en conflit d’horaire.');
    expect(await todayBox.getByRole('link', { name: names[0] }).getAttribute('href')).toMatch(/^\/beneficiaires\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'agenda, week with a conflict');

    // Keyboard: next week (empty), back to today, then the day view.
    await tabTo(page, page.getByRole('button', { name: 'Semaine suivante' }));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('date') === addDays(today, 7));
    await expect.poll(() => main(page).innerText(), WAIT).toContain('Aucun rendez-vous ni atelier sur cette période.');
    await expectAccessible(page, 'agenda, empty week');
    await tabTo(page, page.getByRole('button', { name: 'Aujourd’hui' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => main(page).locator('.agenda-item').count(), WAIT).toBe(2);
    // The view is a group of two toggles: Tab reaches the chosen one, the arrow keys the other.
    await tabTo(page, page.getByRole('radio', { name: 'Semaine', exact: true }), 'Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => dayHeadings(page).count(), WAIT).toBe(1);
    expect(await dayHeadings(page).innerText()).toContain('(aujourd’hui)');
    await expect.poll(() => main(page).locator('.agenda-item--conflict').count(), WAIT).toBe(2);
    await expectAccessible(page, 'agenda, day view');

    // The private calendar feed: shown once, then revoked after a confirmation.
    await page.getByRole('button', { name: 'Créer une adresse d’abonnement' }).click();
    const url = page.getByRole('textbox', { name: 'Adresse d’abonnement' });
    await expect.poll(() => url.inputValue(), WAIT).toMatch(/\/api\/calendar\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43}$/);
    const feed = await page.request.get(await url.inputValue());
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await expect.poll(() => main(page).innerText(), WAIT).toContain('Une adresse d’abonnement est active.');
    await expectAccessible(page, 'agenda, calendar feed created');
    await page.getByRole('button', { name: 'Révoquer l’adresse' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectAccessible(page, 'agenda, revoke dialog');
    await dialog.getByRole('button', { name: 'Révoquer l’adresse' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => main(page).innerText(), WAIT).toContain('Aucune adresse d’abonnement active.');
  });

  it('the PIP manager puts a workshop in a referent’s agenda, reads the team’s agenda, then one referent’s', async () => {
    const { page } = await openTab();
    await signIn(page, server.url, MANAGER);
    // A workshop this morning, run by Julie Fabre: it goes into her agenda, not the manager's.
    await openArea(page, 'Ateliers', '/ateliers');
    await page.getByRole('button', { name: 'Nouvel atelier', exact: true }).click();
    const create = page.getByRole('dialog');
    await create.getByRole('button', { name: /Thème/ }).click();
    await page.getByRole('option', { name: 'Mobilité' }).click();
    await create.getByRole('textbox', { name: /^Intitulé/ }).fill('Se déplacer pour travailler');
    for (const [label, digits] of [[/^Heure de début/, '0800'], [/^Heure de fin/, '0900']] as const) {
      await create.getByRole('group', { name: label }).getByRole('spinbutton').first().click();
      await page.keyboard.type(digits);
    }
    await create.getByRole('textbox', { name: /^Lieu/ }).fill('Salle 1');
    await create.getByRole('textbox', { name: /^Animateur·rice/ }).fill('Julie Fabre');
    await create.getByRole('button', { name: /Dans l’agenda de/ }).click();
    await page.getByRole('option', { name: 'Julie Fabre' }).click();
    await create.getByRole('button', { name: 'Créer l’atelier', exact: true }).click();
    await page.waitForURL(/\/ateliers\/[0-9a-f-]{36}$/);

    await openArea(page, 'Agenda', '/agenda');
    const julie = main(page).getByRole('region', { name: 'Julie Fabre' });
    await expect.poll(() => julie.locator('.agenda-item--conflict').count(), WAIT).toBe(2);
    expect(await julie.getByRole('link', { name: 'Se déplacer pour travailler' }).getAttribute('href')).toMatch(/^\/ateliers\/[0-9a-f-]{36}$/);
    expect(await main(page).getByRole('region', { name: 'Sophie Roux' }).count()).toBe(0);
    await expectAccessible(page, 'agenda, team view');
    await page.getByRole('button', { name: /Agenda de/ }).click();
    await page.getByRole('option', { name: 'Julie Fabre' }).click();
    await page.waitForURL((url) => url.searchParams.has('membre'));
    await expect.poll(() => main(page).getByRole('region', { name: 'Julie Fabre' }).count(), WAIT).toBe(0);
    await expect.poll(() => main(page).locator('.agenda-item--conflict').count(), WAIT).toBe(2);
    await page.getByRole('button', { name: /Agenda de/ }).click();
    await page.getByRole('option', { name: 'Sophie Roux' }).click();
    await expect.poll(() => main(page).innerText(), WAIT).toContain('Aucun rendez-vous ni atelier sur cette période.');
    await expectAccessible(page, 'agenda, one member, empty');
  });
});

describe('regularity', () => {
  it('the PIP sees its referents’ shares; the département each PIP and lot, then one PIP’s referents', async () => {
    const { page } = await openTab();
    await signIn(page, server.url, MANAGER);
    await openArea(page, 'Régularité du suivi', '/regularite');
    const byReferent = main(page).getByRole('table', { name: 'Par référent·e' });
    await expect.poll(() => byReferent.getByRole('rowheader', { name: 'Julie Fabre' }).count(), WAIT).toBe(1);
    expect(await byReferent.getByRole('row').filter({ hasText: 'Julie Fabre' }).innerText()).toMatch(/\d+(,\d)? %/);
    await expectAccessible(page, 'regularity, PIP');

    const officer = (await openTab()).page;
    await signIn(officer, server.url, OFFICER);
    await openArea(officer, 'Régularité du suivi', '/regularite');
    const byProvider = main(officer).getByRole('table', { name: 'Par PIP' });
    await expect.poll(() => byProvider.getByRole('rowheader', { name: 'PIP Tremplin Emploi Avignon' }).count(), WAIT).toBe(1);
    await expect.poll(() => main(officer).getByRole('table', { name: 'Par lot' }).getByRole('row').count()).toBeGreaterThan(1);
    await officer.getByRole('button', { name: /Détail par référent·e du PIP/ }).click();
    await officer.getByRole('option', { name: 'PIP Tremplin Emploi Avignon' }).click();
    await settled(officer);
    await expect.poll(() => main(officer).getByRole('table', { name: 'Par référent·e' }).getByRole('rowheader', { name: 'Julie Fabre' }).count(), WAIT).toBe(1);
    await expectAccessible(officer, 'regularity, département with a PIP’s referents');
  });
});
