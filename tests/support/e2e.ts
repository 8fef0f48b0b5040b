import { expect } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/capabilities/organisations/demo/accounts.js';
import { launchChromium } from './browser.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** CSP violations and uncaught errors seen so far. */
  problems: string[];
}

/**
 * Chromium tabs for a test file. The browser is launched by the first test that needs it rather
 * than in beforeAll: without Chromium every test then fails with the launch error, instead of
 * being reported as skipped.
 */
export function browserTabs() {
  let browser: Promise<Browser> | undefined;
  return {
    async openTab(): Promise<Tab> {
      browser ??= launchChromium();
      const context = await (await browser).newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.log(`CSP-VIOLATION ${e.violatedDirective} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
        );
      });
      page.on('console', (m) => {
        if (m.text().startsWith('CSP-VIOLATION')) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      return { context, page, problems };
    },
    async close(): Promise<void> {
      await (await browser?.catch(() => undefined))?.close();
    },
  };
}

/** Closes the tab and fails the test on any CSP violation or page error it saw. */
export async function closeTab(tab: Tab): Promise<void> {
  await tab.context.close();
  expect(tab.problems).toEqual([]);
}

/** axe-core on the page as it is now (WCAG 2.1 A and AA): no violation allowed. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${state} (${page.url()})`).toEqual([]);
}

/** Data arrives after the page renders: wait until no loading indicator is left. */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.locator('.state--loading').first().waitFor({ state: 'detached' });
}

/** Signs in through the login page with the demo password, as a person does, and waits for the first page. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  await settled(page);
}

/** Opens an area from the main navigation and waits for its page, whose h1 is the area's name. */
export async function openArea(page: Page, name: string, path: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name, exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
  // Server round trips on a loaded machine take longer than expect.poll's default second.
  await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(name);
  await settled(page);
}

/** Is a focus indicator drawn on the element or the component around it (cards, checkboxes)? */
export function hasVisibleFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    for (let depth = 0; el && depth < 3; depth += 1, el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) return true;
    }
    return false;
  });
}

/** Without waiting: a target not drawn yet (a row being added) is simply not focused yet. */
export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement), undefined, { timeout: 500 }).catch(() => false);

/** Presses Tab until the target has the focus, checking that every stop on the way shows it. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
    const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    expect(await hasVisibleFocus(page), `visible focus on ${where}`).toBe(true);
  }
  throw new Error(`not reached with ${key}: ${String(target)}`);
}

/** A French date typed segment by segment (day, month, year), as a keyboard user fills a date field. */
export async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${day}${month}${year}`);
}

export type Call = <T = unknown>(method: string, path: string, data?: unknown) => Promise<T>;

/** A signed-in API session in its own tab (the CSRF token sent on writes), for a test's own setup and checks. */
export async function apiSession(openTab: () => Promise<Tab>, baseUrl: string, email: string): Promise<{ tab: Tab; call: Call }> {
  const tab = await openTab();
  const login = await tab.page.request.post(`${baseUrl}/api/auth/login`, { data: { email, password: DEMO_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call: Call = async (method, path, data) => {
    const res = await tab.page.request.fetch(`${baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as never;
  };
  return { tab, call };
}

/** The success message an action leaves (the Toaster's live region). */
export const toast = (page: Page): Locator => page.locator('.toast__text');

/** Presses a button that opens a dialog, and answers the dialog once shown. */
export async function openDialog(page: Page, button: string): Promise<Locator> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/** Submits a dialog and waits for it to close and for its success message. */
export async function saved(page: Page, dialog: Locator, submit: string, message: string): Promise<void> {
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => toast(page).innerText(), { timeout: 10_000 }).toBe(message);
}
