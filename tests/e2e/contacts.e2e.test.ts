import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { parisDateTime } from '../../src/web/pages/contacts/dateTime.js';
import { apiSession, browserTabs, closeTab, expectAccessible, isFocused, settled, signIn as signInAs, tabTo, typeDate } from '../support/e2e.js';
import { firstWithoutPlannedAppointment } from '../support/people.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The follow-up as the référente lives it, in Chromium against the real server: a person of hers
 * shows « Sans contact récent »; she plans an appointment with the keyboard alone, records it held,
 * and the alert leaves the file; she notes a phone call after the fact, cancels an appointment to
 * come and records an absence. The département's officer does not see the tab. Every state of the
 * tab and every dialog passes axe, with a validation error shown too.
 */

const WAIT = { timeout: 10_000 };
const OFFICER = 'insertion@vaucluse.example';
const REFERENT = 'referente@pip-avignon.example';
const ALERT = 'Sans contact récent';

let server: TestServer;
const tabs = browserTabs();
const openTab = () => tabs.openTab();
/** The référente's person late on contacts, followed through the whole file. */
let personId = '';

const apiAs = (email: string) => apiSession(openTab, server.url, email);

type Contacts = {
  contacts: { status: string; subject: string; scheduledAt: string | null; modality: string | null; durationMinutes: number | null; happenedOn: string | null; summary: string | null; reason: string | null }[];
  unexcusedAbsences: string[];
};

beforeAll(async () => {
  server = await startTestServer();
  const referent = await apiAs(REFERENT);
  const { items } = await referent.call<{ items: { id: string }[] }>('GET', '/api/beneficiaries?alert=no_recent_contact&status=active');
  personId = await firstWithoutPlannedAppointment(server.database, items.map((i) => i.id));
  await closeTab(referent.tab);
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

async function openFile(page: Page, email: string): Promise<void> {
  await signInAs(page, server.url, email);
  await page.goto(`${server.url}/beneficiaires/${personId}`);
  await settled(page);
}

const toast = (page: Page) => page.locator('.toast__text');
const alerts = (page: Page) => page.locator('.summary__alerts').innerText();

/** Opens a dialog from a button of the tab and waits for it. */
async function openDialog(page: Page, button: RegExp): Promise<Locator> {
  await page.getByRole('tabpanel').getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/** Ticks a radio by its label, as a mouse user does: the input itself is visually hidden under it. */
const choose = (dialog: Locator, label: string) => dialog.locator('label.radio').filter({ hasText: new RegExp(`^${label}$`) }).click();

async function saved(page: Page, dialog: Locator, submit: string, message: string): Promise<void> {
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => toast(page).innerText(), WAIT).toBe(message);
}

describe('contacts', () => {
  it('the référente plans an appointment with the keyboard, records it held, and the alert leaves the file', async () => {
    const referent = await openTab();
    const { page } = referent;
    await openFile(page, REFERENT);
    await expect.poll(() => alerts(page), WAIT).toContain(ALERT);
    await page.getByRole('tab', { name: 'Contacts' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.innerText(), WAIT).toContain('Aucun rendez-vous ni contact pour l’instant');
    await expectAccessible(page, 'contacts tab, empty');

    // 1. Planning, keyboard only: today (the date's default) at 8:30, by video call at first.
    await tabTo(page, panel.getByRole('button', { name: 'Planifier un rendez-vous' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'plan dialog');
    const time = dialog.getByRole('group', { name: /^Heure/ });
    await tabTo(page, time.getByRole('spinbutton').first());
    await page.keyboard.type('0830');
    await tabTo(page, dialog.getByRole('radio', { name: 'Dans les locaux du PIP' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.getByRole('radio', { name: 'En visioconférence', checked: true }).count(), WAIT).toBe(1);
    await tabTo(page, dialog.getByRole('textbox', { name: /^Objet/ }));
    await page.keyboard.type('Point sur les candidatures');
    const submit = dialog.getByRole('button', { name: 'Planifier', exact: true });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    // A video call needs its link: the browser's check, in French, on the field, which takes the focus.
    const link = dialog.getByRole('textbox', { name: /^Lien de visioconférence/ });
    await expect.poll(() => link.getAttribute('aria-invalid'), WAIT).toBe('true');
    await expect.poll(() => dialog.innerText(), WAIT).toContain('Ce champ est obligatoire.');
    await expect.poll(() => isFocused(link), WAIT).toBe(true);
    await expectAccessible(page, 'plan dialog, video link missing');
    // Not a web address: the server's message lands on the field.
    await page.keyboard.type('visio du mardi');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.innerText(), WAIT).toContain('Lien de visioconférence invalide');
    await expect.poll(() => isFocused(link), WAIT).toBe(true);
    await expectAccessible(page, 'plan dialog, refused by the server');
    // On second thoughts, at the PIP: the link field goes away.
    await tabTo(page, dialog.getByRole('radio', { name: 'En visioconférence' }), 'Shift+Tab');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => link.count(), WAIT).toBe(0);
    // At the PIP's second site: its first site is preselected, the list opens with the arrow keys.
    const site = dialog.getByRole('button', { name: /Site du PIP/ });
    await expect.poll(() => site.innerText(), WAIT).toContain('Agence Avignon centre');
    await tabTo(page, site);
    await page.keyboard.press('ArrowDown');
    const orange = page.getByRole('option', { name: /^Antenne Orange/ });
    await orange.waitFor();
    await expectAccessible(page, 'plan dialog, sites open');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => isFocused(orange), WAIT).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => site.innerText(), WAIT).toContain('Antenne Orange');
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('Rendez-vous planifié.');
    const planned = panel.getByRole('region', { name: 'Rendez-vous prévus' });
    await expect.poll(() => planned.innerText(), WAIT).toContain('Point sur les candidatures');
    expect(await planned.innerText()).toContain('Dans les locaux du PIP');
    expect(await planned.innerText()).toContain('45 min');
    expect(await planned.innerText()).toContain('Antenne Orange');
    await expectAccessible(page, 'contacts tab, one appointment planned');

    // 2. It took place: held face to face (the place's modality, preselected), with a summary.
    const outcome = await openDialog(page, /^Noter le déroulement du rendez-vous du/);
    await expect.poll(() => outcome.getByRole('radio', { name: 'Le rendez-vous a eu lieu', checked: true }).count(), WAIT).toBe(1);
    await expect.poll(() => outcome.getByRole('radio', { name: 'Entretien individuel en présentiel', checked: true }).count(), WAIT).toBe(1);
    await expectAccessible(page, 'outcome dialog');
    await outcome.getByRole('textbox', { name: /^Compte rendu/ }).fill('CV mis à jour, trois candidatures envoyées.');
    await saved(page, outcome, 'Enregistrer', 'Rendez-vous noté comme réalisé.');
    // The file is read again: the alert is gone, the last contact is today.
    await expect.poll(() => alerts(page), WAIT).not.toContain(ALERT);
    const history = panel.getByRole('region', { name: 'Historique' });
    await expect.poll(() => history.innerText(), WAIT).toContain('CV mis à jour, trois candidatures envoyées.');
    expect(await history.innerText()).toContain('Réalisé');
    expect(await panel.getByRole('region', { name: 'Rendez-vous prévus' }).innerText()).toContain('Aucun rendez-vous prévu.');
    // The button went with the appointment: the focus waits on the history's title.
    await expect.poll(() => isFocused(history.getByRole('heading', { name: 'Historique' })), WAIT).toBe(true);

    // 3. A phone call noted after the fact; a day to come is refused on the date field.
    const record = await openDialog(page, /^Noter un contact$/);
    await expectAccessible(page, 'record dialog');
    const date = record.getByRole('group', { name: /^Date/ });
    await date.getByRole('spinbutton').first().click();
    await typeDate(page, addDays(frenchToday(), 1));
    await record.getByRole('textbox', { name: /^Objet/ }).fill('Appel pour un justificatif de domicile');
    await choose(record, 'Téléphone');
    await record.getByRole('textbox', { name: /^Durée/ }).fill('10');
    await record.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => record.innerText(), WAIT).toContain('La date ne peut pas être dans le futur.');
    await expect.poll(() => isFocused(date), WAIT).toBe(true);
    await expectAccessible(page, 'record dialog, future date refused');
    await date.getByRole('spinbutton').first().click();
    await typeDate(page, frenchToday());
    await saved(page, record, 'Enregistrer', 'Contact enregistré.');
    await expect.poll(() => history.innerText(), WAIT).toContain('Appel pour un justificatif de domicile');
    expect(await history.innerText()).toContain('Contact non planifié');
    await expectAccessible(page, 'contacts tab, history');

    const referentApi = await apiAs(REFERENT);
    const { contacts } = await referentApi.call<Contacts>('GET', `/api/beneficiaries/${personId}/contacts`);
    const held = contacts.find((c) => c.subject === 'Point sur les candidatures')!;
    expect(held).toMatchObject({ status: 'held', modality: 'face_to_face', durationMinutes: 45, happenedOn: frenchToday() });
    // Planned at 8:30 in Paris, whatever the browser's time zone.
    expect(new Date(held.scheduledAt!).getTime()).toBe(new Date(parisDateTime(frenchToday(), '08:30:00')).getTime());
    const call = contacts.find((c) => c.subject === 'Appel pour un justificatif de domicile')!;
    expect(call).toMatchObject({ status: 'held', modality: 'phone', durationMinutes: 10, happenedOn: frenchToday(), scheduledAt: null });
    await closeTab(referentApi.tab);
    await closeTab(referent);
  });

  it('an appointment to come is cancelled, a missed one counted among the unexcused absences', async () => {
    const referentApi = await apiAs(REFERENT);
    const at = (day: string) => parisDateTime(day, '14:00:00');
    await referentApi.call('POST', `/api/beneficiaries/${personId}/appointments`, { scheduledAt: at(addDays(frenchToday(), 7)), place: 'phone', subject: 'Suivi de la formation' });
    await referentApi.call('POST', `/api/beneficiaries/${personId}/appointments`, { scheduledAt: at(addDays(frenchToday(), -2)), place: 'site', subject: 'Bilan du mois' });
    const referent = await openTab();
    const { page } = referent;
    await openFile(page, REFERENT);
    await page.getByRole('tab', { name: 'Contacts' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.innerText(), WAIT).toContain('Suivi de la formation');
    await expect.poll(() => panel.innerText(), WAIT).toContain('Aucune absence non excusée.');

    // Next week's: not held yet, so it can only be moved, cancelled or excused.
    const change = await openDialog(page, /^Déplacer ou annuler du rendez-vous du/);
    expect(await change.getByRole('radio').count()).toBe(3);
    expect(await change.getByRole('radio', { name: 'Le rendez-vous a eu lieu' }).count()).toBe(0);
    await expectAccessible(page, 'outcome dialog, appointment to come');
    await choose(change, 'Annulé');
    await change.getByRole('textbox', { name: /^Motif de l’annulation/ }).fill('Entrée en formation avancée');
    await saved(page, change, 'Enregistrer', 'Rendez-vous annulé.');
    const history = panel.getByRole('region', { name: 'Historique' });
    await expect.poll(() => history.innerText(), WAIT).toContain('Entrée en formation avancée');

    // Two days ago's: the person did not come.
    const missed = await openDialog(page, /^Noter le déroulement du rendez-vous du/);
    // Moving it would offer the PIP's sites, its own preselected.
    await choose(missed, 'Déplacé à une autre date');
    await expect.poll(() => missed.getByRole('button', { name: /Site du PIP/ }).innerText(), WAIT).toContain('Agence Avignon centre');
    await expectAccessible(page, 'outcome dialog, moving an appointment on site');
    await choose(missed, 'Absence non excusée');
    await expect.poll(() => missed.innerText(), WAIT).toContain('comptée parmi les absences non excusées');
    await expectAccessible(page, 'outcome dialog, unexcused absence');
    await saved(page, missed, 'Enregistrer', 'Absence non excusée enregistrée.');
    const absences = panel.getByRole('region', { name: 'Absences non excusées' });
    await expect.poll(() => absences.innerText(), WAIT).toContain('1 absence non excusée');
    await expectAccessible(page, 'contacts tab, with an absence');
    const { unexcusedAbsences } = await referentApi.call<Contacts>('GET', `/api/beneficiaries/${personId}/contacts`);
    expect(unexcusedAbsences).toEqual([addDays(frenchToday(), -2)]);
    await closeTab(referentApi.tab);
    await closeTab(referent);
  });

  it('the département’s officer does not see the contacts', async () => {
    const officer = await openTab();
    const { page } = officer;
    await openFile(page, OFFICER);
    await page.getByRole('tab', { name: 'Historique' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Contacts' }).count()).toBe(0);
    await closeTab(officer);
  });
});
