import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { aidPeople, type AidPerson } from '../support/aids.js';
import { apiSession, browserTabs, closeTab, expectAccessible, openArea, openDialog, saved, settled, signIn, tabTo, toast } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Individual financial aid in Chromium against the real server: the referent prepares a
 * driving-licence aid from the person's file, attaches the estimate and submits it; the officer
 * takes it up and grants part of it; the budget view shows the envelope's new total. axe on every
 * page and dialog.
 */

const WAIT = { timeout: 10_000 };
const REFERENT = 'referente@pip-avignon.example';
const OFFICER = 'insertion@vaucluse.example';

let server: TestServer;
let person: AidPerson;
const tabs = browserTabs();
const openTab = () => tabs.openTab();

beforeAll(async () => {
  server = await startTestServer();
  [person] = (await aidPeople(server.database, { referentEmail: REFERENT }, 1)) as [AidPerson];
  expect(person).toBeDefined();
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

/** Intl writes narrow no-break spaces in amounts. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

async function choose(page: Page, dialog: Locator, field: RegExp, option: string): Promise<void> {
  await dialog.getByRole('button', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('financial aid', () => {
  it('a referent submits a driving-licence aid with its estimate, an officer grants part of it, the budget shows it', async () => {
    const officerApi = await apiSession(openTab, server.url, OFFICER);
    type Envelope = { scope: string; consumedCents: number };
    const envelopeBefore = (await officerApi.call<Envelope[]>('GET', '/api/aids/envelopes')).find((e) => e.scope === 'driving_licence')!;

    // 1. The referent, from the person's file.
    const tab = await openTab();
    const { page } = tab;
    await signIn(page, server.url, REFERENT);
    await page.goto(`${server.url}/beneficiaires/${person.beneficiaryId}`);
    await settled(page);
    await page.getByRole('tab', { name: 'Aides' }).click();
    await expect.poll(() => page.getByRole('tabpanel').innerText(), WAIT).toContain('Aucune demande d’aide pour cette personne.');
    expect(plain(await page.getByRole('tabpanel').innerText())).toContain('Permis de conduire : 1 200,00 € disponibles');
    await expectAccessible(page, 'aid tab, no request');

    // From the keyboard: Tab to the button (every stop shows its focus), Enter opens the form.
    await tabTo(page, page.getByRole('button', { name: 'Nouvelle demande d’aide', exact: true }));
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog');
    await form.waitFor();
    await choose(page, form, /Type d’aide/, 'Permis de conduire');
    expect(plain(await form.innerText())).toContain('Au plus 1 200,00 € pour cette personne.');
    await form.getByRole('textbox', { name: /^Montant demandé/ }).fill('1000');
    await form.getByRole('button', { name: /Objectif du contrat/ }).click();
    await page.getByRole('option').first().click();
    await form.getByRole('textbox', { name: /^Objet de l’aide/ }).fill('Leçons de conduite');
    await form.getByRole('textbox', { name: /^Justification/ }).fill('Le poste d’aide à domicile proposé exige le permis B.');
    await form.getByRole('textbox', { name: /^Fournisseur à payer/ }).fill('Auto-école Mistral');
    await form.getByText(/La personne a donné son accord/).click();
    await expectAccessible(page, 'aid request dialog');
    await saved(page, form, 'Enregistrer le brouillon', 'Brouillon enregistré. Joignez les pièces puis déposez la demande.');
    await page.waitForURL(/\/aides\/[0-9a-f-]{36}$/);
    const aidId = page.url().split('/').pop()!;
    await settled(page);
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Manquant : devis.');
    await expectAccessible(page, 'aid page, draft');

    const upload = await openDialog(page, 'Joindre une pièce');
    await upload.getByLabel(/^Fichier/).setInputFiles({ name: 'devis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%devis\n%%EOF\n') });
    await expectAccessible(page, 'attach dialog');
    await saved(page, upload, 'Joindre', 'Pièce jointe.');
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Devis — devis.pdf');
    await page.getByRole('button', { name: 'Déposer la demande' }).click();
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('Demande déposée au département.');
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Déposée');
    await closeTab(tab);

    // 2. The officer, from the département's queue.
    const officerTab = await openTab();
    const o = officerTab.page;
    await signIn(o, server.url, OFFICER);
    await openArea(o, 'Aides', '/aides');
    const link = o.locator(`a[href="/aides/${aidId}"]`);
    await link.waitFor(WAIT);
    await expectAccessible(o, 'aid queue');
    await link.click();
    await o.waitForURL(`**/aides/${aidId}`);
    await settled(o);
    await o.getByRole('button', { name: 'Prendre en instruction' }).click();
    await expect.poll(() => toast(o).innerText(), WAIT).toBe('Décision enregistrée.');
    await tabTo(o, o.getByRole('button', { name: 'Accorder', exact: true }));
    await o.keyboard.press('Enter');
    const grant = o.getByRole('dialog');
    await grant.waitFor();
    await grant.getByRole('textbox', { name: /^Montant/ }).fill('600');
    await grant.getByRole('textbox', { name: /^Motif/ }).fill('Barème : 60 % du devis');
    await expectAccessible(o, 'grant dialog');
    await saved(o, grant, 'Confirmer', 'Décision enregistrée.');
    await expect.poll(async () => plain(await o.locator('main').innerText()), WAIT).toContain('600,00 €');
    expect(await o.locator('main').innerText()).toContain('Accordée');
    await expectAccessible(o, 'aid page, granted');

    // 3. The budget: the driving-licence envelope took the 600 €.
    await openArea(o, 'Budget des aides', '/budget-aides');
    const expected = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format((envelopeBefore.consumedCents + 60_000) / 100);
    const row = o.getByRole('row').filter({ hasText: 'Permis de conduire' }).first();
    await expect.poll(async () => plain(await row.innerText()), WAIT).toContain(plain(expected));
    await expectAccessible(o, 'aid budget');
    await closeTab(officerTab);
    await closeTab(officerApi.tab);
  });
});
