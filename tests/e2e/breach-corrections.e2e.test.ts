import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { frenchToday } from '../../src/shared/calendar.js';
import { apiSession, browserTabs, closeTab, expectAccessible, openDialog, saved, settled, signIn } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A breach report the PIP manager returned, in Chromium: the referent corrects it and sends it
 * back, then adds a piece of evidence to it. axe on the page and on each dialog.
 */

const WAIT = { timeout: 10_000 };
const REFERENT = 'referente@pip-avignon.example';
const MANAGER = 'coordination@pip-avignon.example';

let server: TestServer;
const tabs = browserTabs();
let reportId: string;

beforeAll(async () => {
  server = await startTestServer();
  const referent = await apiSession(() => tabs.openTab(), server.url, REFERENT);
  const { items } = await referent.call<{ items: { id: string }[] }>('GET', '/api/beneficiaries?status=active&sort=name&pageSize=50');
  ({ id: reportId } = await referent.call<{ id: string }>('POST', `/api/beneficiaries/${items[1]!.id}/breach-reports`, {
    kind: 'other', facts: 'Ne répond plus.', factsFrom: frenchToday(), factsTo: frenchToday(),
  }));
  await closeTab(referent.tab);
  const manager = await apiSession(() => tabs.openTab(), server.url, MANAGER);
  await manager.call('POST', `/api/breach-reports/${reportId}/approval`, { decision: 'return', comment: 'Précisez les relances faites et leurs dates.' });
  await closeTab(manager.tab);
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

const main = (page: Page) => page.locator('main').innerText();

describe('a returned breach report', () => {
  it('the referent corrects it, sends it back to the manager, then adds a piece of evidence', async () => {
    const { page } = await tabs.openTab();
    await signIn(page, server.url, REFERENT);
    await page.goto(`${server.url}/manquements/${reportId}`);
    await settled(page);
    await expect.poll(() => main(page), WAIT).toContain('Précisez les relances faites et leurs dates.');
    await expectAccessible(page, 'returned report');

    const correction = await openDialog(page, 'Corriger et renvoyer');
    const facts = correction.getByRole('textbox', { name: /Faits constatés/ });
    await expect.poll(() => facts.inputValue(), WAIT).toBe('Ne répond plus.');
    await facts.fill('Ne répond plus depuis un mois, malgré deux courriers de relance (le 2 et le 16).');
    await expectAccessible(page, 'correction dialog');
    await saved(page, correction, 'Corriger et renvoyer', 'Signalement corrigé et renvoyé.');
    await expect.poll(() => main(page), WAIT).toContain('À valider par le coordinateur');
    expect(await main(page)).toContain('malgré deux courriers de relance');
    expect(await main(page)).toContain('Corrigé et renvoyé');

    const upload = await openDialog(page, 'Ajouter une pièce');
    await upload.locator('input[type=file]').setInputFiles({ name: 'relance.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%relance\n') });
    await expectAccessible(page, 'evidence dialog');
    await saved(page, upload, 'Joindre', 'Pièce jointe au signalement.');
    await expect.poll(() => page.getByRole('link', { name: 'relance.pdf' }).count(), WAIT).toBe(1);
    await expectAccessible(page, 'report with its evidence');
  }, 120_000);
});
