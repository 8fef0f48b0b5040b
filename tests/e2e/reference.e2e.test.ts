import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/capabilities/organisations/demo/accounts.js';
import { browserTabs, closeTab, expectAccessible, settled } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The administrator's reference lists in Chromium against the real server: she opens Référentiels,
 * adds a situation with the keyboard alone, sees the server's message on the field she got wrong,
 * renames the situation, moves it, and deactivates it after a confirmation that says what that
 * means for existing records. axe finds no WCAG 2.1 A/AA violation on the page or its dialogs.
 */

const WAIT = { timeout: 10_000 };
const ADMIN = 'admin@vaucluse.example';
const ADDED = 'Hébergée chez un tiers (test navigateur)';
const RENAMED = 'Hébergée chez un proche (test navigateur)';

let server: TestServer;
const tabs = browserTabs();

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Presses a key until the target (or something inside it) has the focus: how a keyboard user gets there. */
async function keyTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return;
  }
  throw new Error(`${String(target)} not reached with ${key}`);
}

const toast = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ }).allInnerTexts();

describe('reference lists', () => {
  it('the administrator adds, renames, moves and deactivates a situation', async () => {
    const tab = await tabs.openTab();
    const { page } = tab;
    await page.goto(`${server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(ADMIN);
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await settled(page);

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Référentiels', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/referentiels');
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Référentiels');
    await page.getByRole('tabpanel').getByRole('grid').waitFor();
    await expectAccessible(page, 'themes list');
    // The app moves the focus to the heading once the page has rendered.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), WAIT).toBe('H1');

    // Keyboard only: to the tabs, to the situations, to the add button, through the form.
    await keyTo(page, page.getByRole('tab', { name: 'Thèmes' }));
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('liste') === 'situations');
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('heading', { name: 'Logement' }).waitFor(WAIT);
    await expectAccessible(page, 'situations grouped by theme');
    await keyTo(page, panel.getByRole('button', { name: 'Ajouter une situation' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'add situation dialog');
    const themeSelect = dialog.getByRole('button', { name: /Thème/ });
    await keyTo(page, themeSelect);
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await expectAccessible(page, 'theme choice open');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    const code = dialog.getByLabel(/Code du thème/);
    await keyTo(page, code);
    await page.keyboard.type('Hébergement');
    await keyTo(page, dialog.getByLabel(/Libellé/));
    await page.keyboard.type(ADDED);
    await page.keyboard.press('Enter');
    // The server's French message shows on the code field, which takes the focus back.
    await expect.poll(() => code.getAttribute('aria-invalid'), WAIT).toBe('true');
    await expect.poll(() => isFocused(code), WAIT).toBe(true);
    await expect(dialog.innerText()).resolves.toContain('Thème : lettres minuscules et _');
    await expectAccessible(page, 'server message on the theme code');
    // Back to an existing theme: the first choice that starts with "L" is Logement.
    await keyTo(page, themeSelect, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.type('Logement');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await expect(themeSelect.innerText()).resolves.toContain('Logement');
    await keyTo(page, dialog.getByLabel(/Libellé/));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => toast(page), WAIT).toContain(`Élément ajouté : ${ADDED}.`);
    const logement = panel.getByRole('region', { name: /^Logement/ });
    await logement.getByRole('rowheader', { name: ADDED }).waitFor(WAIT);

    // Rename in a dialog.
    await page.getByRole('button', { name: `Renommer ${ADDED}` }).click();
    const rename = page.getByRole('dialog');
    await rename.getByLabel(/Libellé/).fill(RENAMED);
    await expectAccessible(page, 'rename dialog');
    await rename.getByRole('button', { name: 'Enregistrer' }).click();
    await rename.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => toast(page), WAIT).toContain(`Élément renommé : ${RENAMED}.`);

    // Added last in its theme; moved up one place.
    const rows = logement.getByRole('row');
    const rank = async () => (await rows.allInnerTexts()).findIndex((r) => r.includes(RENAMED));
    await expect.poll(rank, WAIT).toBe((await rows.count()) - 1);
    const last = await rank();
    await page.getByRole('button', { name: `Monter ${RENAMED}` }).click();
    await expect.poll(rank, WAIT).toBe(last - 1);
    await expect.poll(() => toast(page), WAIT).toContain(`${RENAMED} est maintenant en position ${last - 1}.`);

    // Deactivation asks first, and says what becomes of existing records.
    await page.getByRole('button', { name: `Désactiver ${RENAMED}` }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    await expect(confirm.innerText()).resolves.toMatch(/dossiers qui l’utilisent déjà le conservent/);
    await expectAccessible(page, 'deactivation confirmation');
    await confirm.getByRole('button', { name: 'Désactiver' }).click();
    await confirm.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => toast(page), WAIT).toContain(`Élément désactivé : ${RENAMED}. Il n’est plus proposé.`);
    await page.getByRole('button', { name: `Réactiver ${RENAMED}` }).waitFor(WAIT);
    await expectAccessible(page, 'after deactivation');

    // The server agrees: still listed, no longer active.
    const listed = await page.request.get(`${server.url}/api/reference/lists/situations`);
    expect((await listed.json()).find((i: { label: string }) => i.label === RENAMED)).toMatchObject({ theme: 'logement', active: false });
    await closeTab(tab);
  });
});
