import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from '../../src/capabilities/organisations/demo/accounts.js';
import type { Role } from '../../src/shared/roles.js';
import { browserTabs, closeTab, expectAccessible, hasVisibleFocus, settled } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The built web app against the real server: every demo account signs in through the login page,
 * opens every page its navigation offers and the overlays on them, and axe finds no WCAG 2.1 A/AA
 * violation anywhere. Keyboard-only use, logout, session expiry, 404/403 and the language switch
 * are driven as a person would. Any Content-Security-Policy violation fails the test.
 */

const account = (role: Role): DemoAccount => DEMO_ACCOUNTS.find((a) => a.role === role)!;

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

async function login(page: Page, email: string, labels = { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' }) {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  await settled(page);
}

async function openUserMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Menu utilisateur|User menu/ }).click();
  await page.getByRole('menu').waitFor();
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.getAttribute('aria-label') ?? el?.labels?.[0]?.innerText ?? el?.innerText ?? '').trim();
  });

/** Presses Tab until the focused element's name matches, checking each stop shows its focus. */
async function tabTo(page: Page, name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press(key);
    expect(await hasVisibleFocus(page), `visible focus on "${await focusedName(page)}"`).toBe(true);
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`${name} not reached with ${key}`);
}

/** Role-specific overlays, opened on the page just visited. */
const openedStates: Partial<Record<string, (page: Page) => Promise<void>>> = {
  '/utilisateurs': async (page) => {
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'create user dialog');
    await dialog.getByRole('button', { name: /Rôle/ }).click();
    await page.getByRole('listbox').waitFor();
    await expectAccessible(page, 'role select open');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  },
  '/organisation/marches': async (page) => {
    await page.getByRole('button', { name: 'Nouveau marché' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'create tender dialog');
    await dialog.getByRole('button', { name: /Calendrier/ }).first().click();
    await page.locator('.calendar__grid').waitFor();
    await expectAccessible(page, 'date picker open');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  },
  '/organisation/territoires': async (page) => {
    await page.getByRole('button', { name: 'Nouveau territoire' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'create territory dialog');
    await page.keyboard.press('Escape');
  },
  '/organisation/pip': async (page) => {
    await page.getByRole('button', { name: /^Ajouter un site/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('combobox').fill('Ca');
    await page.getByRole('listbox').waitFor();
    await expectAccessible(page, 'commune combo box open');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  },
  '/parametres': async (page) => {
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await settled(page);
      await expectAccessible(page, `settings tab ${await tab.innerText()}`);
    }
    await page.getByRole('tabpanel').getByRole('button', { name: /Lot/ }).click();
    await page.getByRole('option').first().click();
    await settled(page);
    await expectAccessible(page, 'lot settings');
  },
  '/referentiels': async (page) => {
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.getByRole('tabpanel').getByRole('grid').first().waitFor();
    await expectAccessible(page, 'reference list grouped by theme');
    await page.getByRole('button', { name: 'Ajouter une action' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'add reference item dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  },
  '/equipe-pluridisciplinaire': async (page) => {
    // The officer plans sessions; the administrator only reads them.
    const create = page.getByRole('button', { name: 'Nouvelle séance' });
    if ((await create.count()) === 0) return;
    await create.click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'new EP session dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  },
  '/journal': async (page) => {
    await page.getByRole('button', { name: 'Vérifier l’intégrité du journal' }).click();
    await page.getByText(/Chaîne intègre|Chaîne rompue/).waitFor();
    await expectAccessible(page, 'audit chain verified');
    await page.getByRole('button', { name: /Calendrier/ }).first().click();
    await page.locator('.calendar__grid').waitFor();
    await expectAccessible(page, 'audit date picker open');
    await page.keyboard.press('Escape');
  },
};

async function visit(page: Page, link: { name: string; href: string }, visited: Set<string>): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link.name, exact: true }).first().click();
  await page.waitForURL((url) => url.pathname.startsWith(link.href));
  // The page title names the page ("Utilisateurs — Parcours …"); home keeps "Accueil" under its
  // greeting. Polled: the URL changes a moment before the new page is drawn.
  await expect
    .poll(() => page.evaluate(() => [document.querySelector('h1')?.textContent ?? '', document.title]))
    .toSatisfy(([h1 = '', title = '']) => (h1.startsWith('Bonjour') ? title.startsWith('Accueil — ') : title.startsWith(`${h1} — `)));
  await settled(page);
  const path = new URL(page.url()).pathname;
  if (visited.has(path)) return; // Organisation opens on its first section, visited again from the local navigation.
  expect(await page.locator('h1').count(), `one h1 on ${path}`).toBe(1);
  await expectAccessible(page, path);
  visited.add(path);
  await openedStates[path]?.(page);
}

describe('web app', () => {
  for (const demo of DEMO_ACCOUNTS) {
    it(`${demo.role}: every page and opened state has no axe violation`, async () => {
      const tab = await openTab();
      const { page } = tab;
      await page.goto(`${server.url}/connexion`);
      await settled(page);
      await expectAccessible(page, 'login page');
      await login(page, demo.email);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
      await expect(page.getByRole('banner').innerText()).resolves.toContain(demo.displayName);
      await expectAccessible(page, 'home');
      await openUserMenu(page);
      await expectAccessible(page, 'user menu open');
      await page.keyboard.press('Escape');

      const main = page.getByRole('navigation', { name: 'Navigation principale' });
      const links = await main.getByRole('link').evaluateAll((as) =>
        as.map((a) => ({ name: (a as HTMLElement).innerText.trim(), href: a.getAttribute('href') ?? '' })),
      );
      expect(links.length).toBeGreaterThan(1);
      const visited = new Set<string>();
      for (const link of links) {
        await visit(page, link, visited);
        const local = page.getByRole('navigation', { name: 'Sections de l’organisation' });
        if (link.href === '/organisation') {
          const sections = await local.getByRole('link').evaluateAll((as) =>
            as.map((a) => ({ name: (a as HTMLElement).innerText.trim(), href: a.getAttribute('href') ?? '' })),
          );
          for (const section of sections) await visit(page, section, visited);
        }
      }
      const expected: Record<Role, string[]> = {
        dept_admin: ['/', '/organisation/territoires', '/organisation/marches', '/organisation/pip', '/utilisateurs', '/parametres', '/referentiels', '/beneficiaires', '/imports', '/journal', '/aides', '/budget-aides', '/catalogue-aides', '/manquements', '/equipe-pluridisciplinaire', '/regularite'],
        dept_officer: ['/', '/beneficiaires', '/orientations', '/validation-contrats', '/imports', '/tableaux-de-bord', '/aides', '/budget-aides', '/manquements', '/equipe-pluridisciplinaire', '/regularite'],
        pip_manager: ['/', '/file-attente', '/portefeuilles', '/referents', '/tableau-de-bord', '/contrats', '/ateliers', '/aides', '/manquements', '/agenda', '/regularite', '/messages'],
        referent: ['/', '/portefeuille', '/contrats', '/ateliers', '/aides', '/manquements', '/agenda', '/messages'],
        auditor: ['/', '/journal', '/aides', '/budget-aides'],
      };
      expect([...visited].sort()).toEqual([...expected[demo.role]].sort());
      await closeTab(tab);
      // The administrator's tour is some fifteen pages, each scanned by axe with its opened states.
    }, 600_000);
  }

  it('works with the keyboard alone, with a visible focus at every stop', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/connexion`);
    await settled(page);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Aller au contenu');
    expect(await hasVisibleFocus(page)).toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Adresse e-mail/);
    await page.keyboard.type(account('dept_admin').email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/`);
    await settled(page);

    // Main navigation, then focus lands on the new page's heading.
    await tabTo(page, /^Utilisateurs$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/utilisateurs`);
    await settled(page);
    // The app moves the focus to the new page's heading once it has rendered.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 5_000 }).toBe('H1');

    // A dialog traps the focus, Escape closes it and the focus returns to its button.
    await tabTo(page, /^Nouvel utilisateur$/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role=dialog]')))).toBe(true);
      expect(await hasVisibleFocus(page)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focusedName(page), { timeout: 5_000 }).toBe('Nouvel utilisateur');

    // The user menu opens with Enter, moves with arrows, closes with Escape back to its button.
    await tabTo(page, /^Menu utilisateur/, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')), { timeout: 5_000 }).toMatch(/menuitem/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    // react-aria gives the focus back to the trigger once the menu's exit has finished.
    await expect.poll(() => focusedName(page), { timeout: 5_000 }).toMatch(/^Menu utilisateur/);

    // Sign out from the keyboard.
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/connexion`);
    await closeTab(tab);
  });

  it('logout ends the session on the server: protected pages send back to the login page', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/connexion`);
    await login(page, account('referent').email);
    await page.getByRole('navigation').getByRole('link', { name: 'Mon portefeuille' }).click();
    await settled(page);
    await openUserMenu(page);
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${server.url}/connexion`);
    await page.getByText('Vous êtes déconnecté·e.').waitFor();
    expect((await page.request.get(`${server.url}/api/session`)).status()).toBe(401);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/connexion');
    await page.goto(`${server.url}/portefeuille`);
    await page.waitForURL((url) => url.pathname === '/connexion' && url.searchParams.get('retour') === '/portefeuille');
    await expectAccessible(page, 'login after logout');
    await closeTab(tab);
  });

  it('an expired session leads to the login page with a message, then back to the page', async () => {
    const tab = await openTab();
    const { page, context } = tab;
    await page.goto(`${server.url}/connexion`);
    await login(page, account('pip_manager').email);
    await context.clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: 'Référents' }).click();
    await page.waitForURL((url) => url.pathname === '/connexion' && url.searchParams.get('retour') === '/referents');
    await page.getByText('Votre session a expiré', { exact: false }).waitFor();
    await expectAccessible(page, 'login after expiry');
    await login(page, account('pip_manager').email);
    expect(new URL(page.url()).pathname).toBe('/referents');
    await closeTab(tab);
  });

  it('shows "Page introuvable" for an unknown address and "Accès refusé" outside the role', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/nulle-part`);
    await settled(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Page introuvable');
    await expectAccessible(page, '404 signed out');
    await page.goto(`${server.url}/connexion`);
    await login(page, account('referent').email);
    await page.goto(`${server.url}/nulle-part`);
    await settled(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Page introuvable');
    await expect.poll(() => page.title()).toMatch(/^Page introuvable — /);
    await expectAccessible(page, '404 signed in');
    await page.goto(`${server.url}/utilisateurs`);
    await settled(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Accès refusé');
    await expectAccessible(page, '403');
    await closeTab(tab);
  });

  it('switches the language to English and back, <html lang> included', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/connexion`);
    await settled(page);
    await page.getByRole('button', { name: /^English/ }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Sign in');
    await expect.poll(() => page.title()).toMatch(/^Sign in — /);
    await expectAccessible(page, 'login in English');
    const savedToAccount = page.waitForResponse((r) => r.url().endsWith('/api/session/locale') && r.status() === 204);
    await login(page, account('auditor').email, { email: 'Email address', password: 'Password', submit: 'Sign in' });
    await savedToAccount;
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('h1').innerText()).toBe(`Hello ${account('auditor').displayName}`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(`${server.url}/journal`);
    await expect.poll(() => page.title()).toMatch(/^Audit log — /);
    await settled(page);
    await expectAccessible(page, 'audit log in English');
    // The choice made before login was saved to the account: without this device's memory of it,
    // a reload still shows English.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await settled(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Audit log');
    await openUserMenu(page);
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/session/locale') && r.status() === 204),
      page.getByRole('menuitemradio', { name: 'Français' }).click(),
    ]);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Journal d’audit');
    await closeTab(tab);
  });

  it('an administrator creates a user, sees the server’s message on the field, then deactivates it after confirming', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/connexion`);
    await login(page, account('dept_admin').email);
    await page.getByRole('navigation').getByRole('link', { name: 'Utilisateurs' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Adresse e-mail').fill('agnes.test@vaucluse.example');
    await dialog.getByLabel('Nom affiché').fill('Agnès Test');
    await dialog.getByRole('button', { name: /Rôle/ }).click();
    await page.getByRole('option', { name: 'Auditeur·rice' }).click();
    await dialog.getByLabel('Mot de passe provisoire').fill('motdepasse12');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    const password = dialog.getByLabel('Mot de passe provisoire');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    await expectAccessible(page, 'server error on a field');
    await password.fill('Garrigue-Sorgue-Mistral-84');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Compte créé : Agnès Test.');
    await page.getByRole('button', { name: 'Désactiver Agnès Test' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    await expectAccessible(page, 'confirmation dialog');
    await confirm.getByRole('button', { name: 'Désactiver' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Compte désactivé : Agnès Test.');
    await expect.poll(() => page.getByRole('button', { name: 'Réactiver Agnès Test' }).count()).toBe(1);
    await expectAccessible(page, 'after deactivation');
    await closeTab(tab);
  });
});
