import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/capabilities/organisations/demo/accounts.js';
import { launchChromium } from '../support/browser.js';

/**
 * The README's first command, as a newcomer runs it: `npm start` on an empty data folder must
 * migrate, load the demo and serve; then every demo account logs in through the real login page.
 */
describe('quick start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-quickstart-'));
  // The demo's aid documents: kept out of the checkout's ./data/files.
  const filesDir = mkdtempSync(join(tmpdir(), 'parcours-quickstart-files-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://localhost:${port}`;
  let server: ChildProcess;
  let output = '';
  let browser: Browser;

  beforeAll(async () => {
    server = spawn('npm', ['start'], { env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, FILES_DIR: filesDir, DATABASE_URL: '' }, detached: true });
    server.stdout?.on('data', (d) => (output += d));
    server.stderr?.on('data', (d) => (output += d));
    const deadline = Date.now() + 120_000;
    for (;;) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.status === 200, () => false);
      if (ok) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('answers the health check on the embedded database and lists the demo accounts', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'pglite' });
    for (const account of DEMO_ACCOUNTS) expect(output).toContain(account.email);
  });

  for (const account of DEMO_ACCOUNTS) {
    it(`logs ${account.email} (${account.role}) in through the login page`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/connexion`);
      await page.getByLabel(/adresse e-mail/i).fill(account.email);
      await page.getByLabel(/mot de passe/i).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /se connecter/i }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
      // The header shows who is signed in once the session has loaded.
      await page.getByRole('banner').getByText(account.displayName).first().waitFor({ timeout: 15_000 });
      await context.close();
    });
  }
});
