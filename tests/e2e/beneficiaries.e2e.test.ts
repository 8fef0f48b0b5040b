import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/capabilities/organisations/demo/accounts.js';
import { browserTabs, closeTab, expectAccessible, openArea, settled, signIn as signInAt } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The beneficiaries capability as its users live it, in Chromium against the real server: the
 * officer imports a file and orients a person, the PIP manager assigns the référente, who finds the
 * person in her caseload and opens the file. Every page and opened dialog passes axe (WCAG 2.1 AA),
 * the caseload list works with the keyboard alone, and no Content-Security-Policy violation occurs.
 */

/** Server round trips on a loaded machine take longer than expect.poll's default second. */
const WAIT = { timeout: 10_000 };
const OFFICER = 'insertion@vaucluse.example';
const MANAGER = 'coordination@pip-avignon.example';
const REFERENT = 'referente@pip-avignon.example';

// Names no demo person carries, and allocataire numbers below the demo's range: all three are new.
const CSV = [
  'Nom;Prénom;Date de naissance;Numéro allocataire CAF/MSA;Code postal;Ville',
  'Sauvecanne;Mireille;12/03/1985;0840101;84000;Avignon',
  'Roumanille;Baptistin;27/11/1979;0840102;84000;Avignon',
  'Aubanel;Théodora;05/06/1992;0840103;84000;Avignon',
].join('\r\n');
const PERSON = 'SAUVECANNE Mireille';

let server: TestServer;
const tabs = browserTabs();
const openTab = () => tabs.openTab();

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

const signIn = (page: Page, email: string) => signInAt(page, server.url, email);

/** Searches a list by name and waits until the table shows the result. */
async function search(page: Page, name: string): Promise<void> {
  await page.getByLabel('Nom, prénom ou numéro allocataire').fill(name);
  await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === name);
  // The list before the search may already show the name: wait until every row is a match, so a
  // click does not land on a row the filtered list is about to replace.
  const rows = page.getByRole('grid').getByRole('link');
  await expect
    .poll(async () => {
      const names = await rows.allInnerTexts();
      return names.length > 0 && names.every((n) => new RegExp(name, 'i').test(n));
    }, WAIT)
    .toBe(true);
}

const toast = (page: Page) => page.locator('.toast__text');

describe('beneficiaries', () => {
  it('import, orientation, assignment, then the référente opens the file from her caseload', async () => {
    // 1. The officer imports the file: dry run first, then apply after confirming.
    const officer = await openTab();
    let page = officer.page;
    await signIn(page, OFFICER);
    await openArea(page, 'Imports', '/imports');
    await expectAccessible(page, 'imports page');
    await page.getByLabel('Fichier à importer').setInputFiles({ name: 'sdd-avignon.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: 'Analyser le fichier' }).click();
    await page.getByRole('heading', { name: 'Résultat de l’analyse — sdd-avignon.csv' }).waitFor();
    const counts = page.locator('.counts');
    await expect.poll(() => counts.innerText(), WAIT).toMatch(/À créer\s+3/);
    await expect.poll(() => page.getByRole('grid', { name: 'Détail des lignes' }).getByRole('row').count(), WAIT).toBe(4);
    await expectAccessible(page, 'dry-run report');
    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    await expectAccessible(page, 'apply confirmation');
    await confirm.getByRole('button', { name: 'Appliquer', exact: true }).click();
    await page.getByRole('heading', { name: 'Import appliqué — sdd-avignon.csv' }).waitFor();
    await expect.poll(() => page.getByRole('grid', { name: 'Historique des imports' }).innerText(), WAIT).toContain('Appliqué');
    await expectAccessible(page, 'import applied');

    // 2. The officer orients one of them to the proposed lot (the Grand Avignon one).
    await openArea(page, 'Orientations', '/orientations');
    await search(page, 'Sauvecanne');
    await expectAccessible(page, 'people to orient');
    await page.getByRole('button', { name: `Orienter ${PERSON}` }).click();
    const orient = page.getByRole('dialog');
    await orient.getByRole('radiogroup', { name: /Lot et PIP/ }).waitFor();
    await expect.poll(() => orient.getByRole('radio', { name: /PIP Tremplin Emploi Avignon/, checked: true }).count(), WAIT).toBe(1);
    await expectAccessible(page, 'orientation dialog');
    await orient.getByLabel(/Motif de la décision/).fill('Projet professionnel identifié, disponible rapidement');
    await orient.getByRole('button', { name: 'Orienter', exact: true }).click();
    await orient.waitFor({ state: 'detached' });
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('1 personne orientée.');
    await expect.poll(() => page.getByRole('grid').innerText(), WAIT).toContain('Aucune personne n’attend d’orientation.');
    await closeTab(officer);

    // 3. The PIP manager finds the person in the queue and assigns Julie Fabre.
    const manager = await openTab();
    page = manager.page;
    await signIn(page, MANAGER);
    await openArea(page, 'File d’attente', '/file-attente');
    await search(page, 'Sauvecanne');
    await expectAccessible(page, 'queue');
    await page.getByRole('button', { name: `Affecter ${PERSON} à un·e référent·e` }).click();
    const assign = page.getByRole('dialog');
    await assign.getByRole('radio', { name: /Julie Fabre/ }).waitFor();
    await expectAccessible(page, 'assignment dialog');
    // React Aria hides the radio input under its label: click what a person sees.
    await assign.locator('label', { hasText: 'Julie Fabre' }).click();
    await expect.poll(() => assign.getByRole('radio', { name: /Julie Fabre/, checked: true }).count(), WAIT).toBe(1);
    await assign.getByRole('button', { name: 'Affecter', exact: true }).click();
    await assign.waitFor({ state: 'detached' });
    await expect.poll(() => toast(page).innerText(), WAIT).toBe(`${PERSON} est affecté·e à Julie Fabre.`);
    await openArea(page, 'Portefeuilles', '/portefeuilles');
    await expectAccessible(page, 'caseloads');
    await closeTab(manager);

    // 4. The référente finds the person in her caseload, with the keyboard alone, and opens the file.
    const referent = await openTab();
    page = referent.page;
    await signIn(page, REFERENT);
    await openArea(page, 'Mon portefeuille', '/portefeuille');
    await search(page, 'Sauvecanne');
    await expectAccessible(page, 'caseload list');
    // The export is a plain link carrying the list's filters: the server answers with the file.
    const csvHref = await page.getByRole('link', { name: 'Télécharger en CSV' }).getAttribute('href');
    expect(csvHref).toContain('q=Sauvecanne');
    const exported = await page.request.get(`${server.url}${csvHref}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-disposition']).toMatch(/^attachment/);
    expect(await exported.text()).toContain('Sauvecanne');
    await page.getByLabel('Nom, prénom ou numéro allocataire').focus();
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      const inRow = await page.evaluate(() => Boolean(document.activeElement?.closest('[role=grid] [role=row]')?.textContent?.includes('SAUVECANNE')));
      if (inRow) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('[role=grid]') !== null)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/beneficiaires/'));
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe(PERSON);
    await settled(page);
    await expect.poll(() => page.getByRole('tabpanel').innerText(), WAIT).toContain('Référent·e unique désigné·e : Julie Fabre');
    await expectAccessible(page, 'person file');
    for (const tab of ['Identité et coordonnées', 'Diagnostic et projet']) {
      await page.getByRole('tab', { name: tab }).click();
      await expectAccessible(page, `person file, tab ${tab}`);
    }
    // The project: a job found in the ROME by its title, then saved with the file's version.
    const panel = page.getByRole('tabpanel');
    const rome = panel.getByRole('searchbox', { name: 'Rechercher un métier du ROME' });
    await rome.fill('boulanger');
    await panel.getByRole('option', { name: /^Boulanger \/ Boulangère/ }).waitFor();
    await expectAccessible(page, 'ROME suggestions');
    // Keyboard: the arrows move in the suggestions while typing stays possible, Enter adds the job.
    await rome.press('ArrowDown');
    await rome.press('Enter');
    await expect.poll(() => panel.getByLabel(/^Code ROME/).inputValue(), WAIT).toBe('D1102');
    expect(await page.locator('.toast--visible').count(), 'Enter in the search did not submit the form').toBe(0);
    // A situation is ticked from the département's list, under its theme.
    await panel.locator('summary', { hasText: /^Logement/ }).click();
    await panel.getByRole('group', { name: 'Logement' }).locator('label', { hasText: 'Difficulté à payer le loyer' }).click();
    await expectAccessible(page, 'situations by theme');
    await panel.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('Modifications enregistrées.');
    const saved = await page.request.get(`${server.url}/api/beneficiaries/${new URL(page.url()).pathname.split('/').at(-1)}`);
    expect(((await saved.json()) as { profile: { situations: string[] } }).profile.situations).toEqual(['Difficulté à payer le loyer']);
    await page.getByRole('button', { name: 'Enregistrer le premier rendez-vous' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'first contact dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('Parcours mis à jour : accompagnement en cours.');
    await page.getByRole('tab', { name: 'Historique' }).click();
    await expect.poll(() => page.getByRole('tabpanel').innerText(), WAIT).toContain('Premier rendez-vous tenu');

    // 5. The accompaniment ends with one of the tender's exit reasons, which brings its category.
    await page.getByRole('button', { name: 'Mettre fin à l’accompagnement' }).click();
    const end = page.getByRole('dialog');
    await end.getByRole('button', { name: /Motif de sortie/ }).click();
    await page.getByRole('option', { name: 'CDD ou intérim de moins de 6 mois' }).waitFor();
    await expectAccessible(page, 'exit reasons open');
    await page.getByRole('option', { name: 'CDD ou intérim de moins de 6 mois' }).click();
    await expect.poll(() => end.innerText(), WAIT).toContain('Emploi de transition');
    await expect.poll(() => end.innerText(), WAIT).toContain('Sortie positive selon le marché');
    await expectAccessible(page, 'end dialog');
    await end.getByRole('button', { name: 'Enregistrer' }).click();
    await end.waitFor({ state: 'detached' });
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('Parcours mis à jour : accompagnement terminé.');
    await closeTab(referent);
  });
});

/** These use the people imported by the journey above: the tests of a file run in order, on one server. */
describe('beneficiaries, département side', () => {
  it('a full lot: the server’s refusal is shown, the officer gives the reason and confirms', async () => {
    // Lot 3 (Comtat) is made full; the officer picks it for a person of Avignon, outside the
    // proposal, so the page cannot know it is full before the server says so.
    const admin = await openTab();
    const session = await admin.page.request.post(`${server.url}/api/auth/login`, { data: { email: 'admin@vaucluse.example', password: DEMO_PASSWORD } });
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const tenders = (await (await admin.page.request.get(`${server.url}/api/tenders`)).json()) as { lots: Record<string, unknown>[] }[];
    const lot = tenders.flatMap((x) => x.lots).find((l) => l.number === 3)!;
    const { id, tenderId: _tender, ...input } = lot;
    const full = await admin.page.request.put(`${server.url}/api/lots/${String(id)}`, { data: { ...input, capacity: 1 }, headers: { 'x-csrf-token': csrfToken } });
    expect(full.status(), await full.text()).toBe(200);
    await closeTab(admin);

    const officer = await openTab();
    const { page } = officer;
    await signIn(page, OFFICER);
    await openArea(page, 'Orientations', '/orientations');
    await search(page, 'Roumanille');
    await page.getByRole('button', { name: 'Orienter ROUMANILLE Baptistin' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('label', { hasText: 'PIP Cap Insertion Comtat' }).click();
    await dialog.getByLabel(/Motif de la décision/).fill('Souhait de la personne, proche de son futur emploi');
    await dialog.getByRole('button', { name: 'Orienter', exact: true }).click();
    await dialog.getByRole('alert').getByText(/Le lot 3 est complet/).waitFor();
    const reason = dialog.getByLabel(/Motif du dépassement de capacité/);
    await reason.waitFor();
    await expectAccessible(page, 'orientation refused: lot full');
    await reason.fill('Accord du PIP pour un dépassement ponctuel');
    await dialog.getByRole('button', { name: 'Confirmer l’orientation au-delà de la capacité' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('1 personne orientée.');
    await closeTab(officer);
  });

  it('a save over someone else’s keeps what was typed and asks to reload; the list, creation and bulk orientation pass axe', async () => {
    const officer = await openTab();
    const { page, context } = officer;
    await signIn(page, OFFICER);
    await openArea(page, 'Bénéficiaires', '/beneficiaires');
    await expectAccessible(page, 'département list');
    await page.getByRole('button', { name: 'Nouvelle personne' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'new person dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await search(page, 'Aubanel');
    // React Aria hides the checkbox input under its box: click the box, as a person does.
    await page.getByRole('grid').getByRole('row', { name: /AUBANEL/ }).locator('.checkbox').click();
    await page.getByRole('button', { name: 'Orienter la sélection' }).click();
    await page.getByRole('dialog').getByRole('radiogroup', { name: /Lot et PIP/ }).waitFor();
    await expectAccessible(page, 'bulk orientation dialog');
    await page.keyboard.press('Escape');

    // Two tabs on the same file: the second save comes from a stale version.
    await page.getByRole('grid').getByRole('link', { name: /AUBANEL/ }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/beneficiaires/'));
    await settled(page);
    const other = await context.newPage();
    await other.goto(page.url());
    await settled(other);
    for (const p of [other, page]) {
      await p.bringToFront();
      await p.getByRole('tab', { name: 'Identité et coordonnées' }).click();
    }
    await page.getByRole('tabpanel').getByLabel('Téléphone').fill('04 90 11 22 33');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('Modifications enregistrées.');
    // A tab in the background may have its animation frames throttled: actions wait for "stable".
    await other.bringToFront();
    const email = other.getByRole('tabpanel').getByLabel('Adresse e-mail');
    await email.fill('theodora.aubanel@example.org');
    await other.getByRole('button', { name: 'Enregistrer' }).click();
    await other.getByRole('button', { name: 'Recharger le dossier' }).waitFor();
    expect(await email.inputValue()).toBe('theodora.aubanel@example.org');
    await expectAccessible(other, 'save conflict');
    await other.getByRole('button', { name: 'Recharger le dossier' }).click();
    await expect.poll(() => other.getByRole('tabpanel').getByLabel('Téléphone').inputValue(), WAIT).toBe('04 90 11 22 33');
    await closeTab(officer);

    // The administrator reads files without editing them.
    const admin = await openTab();
    await signIn(admin.page, 'admin@vaucluse.example');
    await openArea(admin.page, 'Bénéficiaires', '/beneficiaires');
    await search(admin.page, 'Aubanel');
    await admin.page.getByRole('grid').getByRole('link', { name: /AUBANEL/ }).click();
    await admin.page.waitForURL((url) => /^\/beneficiaires\/[0-9a-f-]{36}$/.test(url.pathname));
    await settled(admin.page);
    await admin.page.getByRole('tab', { name: 'Identité et coordonnées' }).click();
    await admin.page.getByText('Votre rôle permet de consulter ce dossier, pas de le modifier.').first().waitFor();
    await expectAccessible(admin.page, 'file read by the administrator');
    await closeTab(admin);
  });
});
