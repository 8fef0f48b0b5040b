import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { apiSession, browserTabs, closeTab, expectAccessible, openDialog, saved, settled, signIn } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The exit, in Chromium against the real server: the referent ends an accompaniment, records the
 * situation at exit (a fixed-term job), then the final evaluation that closes the pathway; the
 * « situation à la sortie manquante » alert shows in the referent's caseload. axe on every state.
 */

const WAIT = { timeout: 10_000 };
const REFERENT = 'referente@pip-avignon.example';

let server: TestServer;
const tabs = browserTabs();

type Person = { id: string; lastName: string; firstNames: string };
let leaving: Person;
let late: Person;

beforeAll(async () => {
  server = await startTestServer();
  const referent = await apiSession(() => tabs.openTab(), server.url, REFERENT);
  const { items } = await referent.call<{ items: Person[] }>('GET', '/api/beneficiaries?status=active&sort=name&pageSize=50');
  [leaving, late] = [items[2]!, items[3]!];
  // Another person left 25 days ago: their situation is due within the week.
  await referent.call('POST', `/api/beneficiaries/${late.id}/end`, { on: addDays(frenchToday(), -25), reasonCode: 'cdi' });
  await closeTab(referent.tab);
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

const main = (page: Page) => page.locator('main').innerText();

describe('the exit', () => {
  it('a referent ends an accompaniment, records the situation at exit, then closes the pathway with the final evaluation', async () => {
    const { page } = await tabs.openTab();
    await signIn(page, server.url, REFERENT);

    // The alert in the referent's caseload, filtered on it.
    await page.goto(`${server.url}/portefeuille?alert=exit_situation_missing`);
    await settled(page);
    const row = page.getByRole('row').filter({ hasText: late.lastName.toUpperCase() }).first();
    await expect.poll(() => row.innerText(), WAIT).toContain('Situation à la sortie manquante');
    await expectAccessible(page, 'caseload with the exit alert');

    await page.goto(`${server.url}/beneficiaires/${leaving.id}`);
    await settled(page);
    const end = await openDialog(page, 'Mettre fin à l’accompagnement');
    await end.getByRole('button', { name: /Motif de sortie/ }).click();
    await page.getByRole('option', { name: 'CDD ou intérim de 6 mois et plus' }).click();
    await end.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await end.waitFor({ state: 'detached' });
    await expect.poll(() => main(page), WAIT).toContain('Sortie du parcours');
    await expect.poll(() => main(page), WAIT).toContain('À enregistrer au plus tard le');
    await expectAccessible(page, 'exit block, situation to record');

    const situation = await openDialog(page, 'Enregistrer la situation à la sortie');
    await situation.getByRole('radio', { name: 'En emploi, y compris indépendant' }).check({ force: true });
    await situation.getByRole('button', { name: /Type de contrat/ }).click();
    await page.getByRole('option', { name: 'CDD' }).click();
    await situation.getByRole('textbox', { name: /Durée du contrat/ }).fill('8');
    await expectAccessible(page, 'situation dialog');
    await saved(page, situation, 'Enregistrer', 'Situation à la sortie enregistrée.');
    await expect.poll(() => main(page), WAIT).toContain('8 mois');
    await expectAccessible(page, 'exit block, situation recorded');

    const evaluation = await openDialog(page, 'Rédiger l’évaluation finale');
    await evaluation.getByRole('textbox', { name: /Évaluation finale/ }).fill('CDD de 8 mois signé ; objectifs du contrat atteints.');
    await expectAccessible(page, 'final evaluation dialog');
    await saved(page, evaluation, 'Clôturer le parcours', 'Parcours clôturé.');
    await expect.poll(() => main(page), WAIT).toContain('Parcours clôturé le');
    const text = await main(page);
    expect(text).toContain('CDD de 8 mois signé');
    expect(text).not.toContain('Corriger la situation à la sortie');
    await expectAccessible(page, 'exit block, pathway closed');
  }, 180_000);
});
