import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPdf } from '../../src/platform/pdf/read-back.js';
import { apiSession, browserTabs, expectAccessible, openArea, openDialog, saved, settled, signIn } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The équipe pluridisciplinaire in Chromium against the real server: the département's officer
 * plans a session, puts on its agenda a report referred to the EP, prints the convocation,
 * records the opinion given at the session, records the suppression on the report's review (the
 * decision stays theirs), and prints the record. axe on every screen and dialog.
 */

const WAIT = { timeout: 10_000 };
const OFFICER = 'insertion@vaucluse.example';

let server: TestServer;
const tabs = browserTabs();
/** The demo report referred to the EP that waits for a session, and its territory. */
let waiting: { id: string; personName: string; territoryName: string };

beforeAll(async () => {
  server = await startTestServer();
  const officer = await apiSession(() => tabs.openTab(), server.url, OFFICER);
  const referred = await officer.call<{ id: string; personName: string; territoryName: string }[]>('GET', '/api/breach-reports?reviewStatus=referred_to_ep');
  const onAgenda = new Set<string>();
  for (const r of referred) {
    if ((await officer.call<unknown[]>('GET', `/api/breach-reports/${r.id}/team-cases`)).length) onAgenda.add(r.id);
  }
  waiting = referred.find((r) => !onAgenda.has(r.id))!;
  expect(waiting).toBeDefined();
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

const main = (page: Page) => page.locator('main').innerText();
const pdfText = async (page: Page, name: RegExp) => {
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  const res = await page.request.get(new URL(href!, server.url).toString());
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  return (await readPdf(new Uint8Array(await res.body()))).text;
};

describe('the équipe pluridisciplinaire', () => {
  it('an officer plans a session, puts a referred report on it, convenes, records the opinion, decides the suppression, prints the record', async () => {
    const { page } = await tabs.openTab();
    await signIn(page, server.url, OFFICER);

    // The compliance dashboard shows the sessions to prepare.
    await openArea(page, 'Manquements', '/manquements');
    await expect.poll(() => main(page), WAIT).toContain('Séances à préparer');
    await expectAccessible(page, 'compliance dashboard with sessions to prepare');

    // 1. The list, its empty state, then a new session in the report's territory, held today.
    await openArea(page, 'Équipe pluridisciplinaire', '/equipe-pluridisciplinaire');
    await expect.poll(() => main(page), WAIT).toContain(waiting.territoryName);
    await expectAccessible(page, 'sessions list');
    await page.getByRole('button', { name: /Séances/ }).click();
    await page.getByRole('option', { name: 'Tenues' }).click();
    await expect.poll(() => main(page), WAIT).toContain('Aucune séance');
    await expectAccessible(page, 'sessions list, empty');

    const create = await openDialog(page, 'Nouvelle séance');
    await create.getByRole('button', { name: /Territoire/ }).click();
    await page.getByRole('option', { name: waiting.territoryName }).click();
    await create.getByRole('textbox', { name: /Lieu/ }).fill('Hôtel du Département, salle Pétrarque');
    await create.getByRole('textbox', { name: /Membres/ }).fill('Claire Martin — Conseillère départementale\nPaul Roche - France Travail');
    await expectAccessible(page, 'new session dialog');
    await create.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(/\/equipe-pluridisciplinaire\/[0-9a-f-]{36}$/);
    await settled(page);
    await expect.poll(() => main(page), WAIT).toContain('Paul Roche — France Travail');
    await expect.poll(() => main(page), WAIT).toContain('Aucun dossier à l’ordre du jour.');
    await expectAccessible(page, 'session page, empty agenda');

    // 2. The referred report goes on the agenda, its summary prefilled.
    const add = await openDialog(page, 'Inscrire un dossier');
    await add.getByRole('button', { name: /Signalement/ }).click();
    await page.getByRole('option', { name: new RegExp(waiting.personName) }).click();
    await expectAccessible(page, 'add case dialog');
    await saved(page, add, 'Inscrire', 'Dossier inscrit à l’ordre du jour.');
    await expect.poll(() => main(page), WAIT).toContain('Saisine de l’équipe pluridisciplinaire');
    await expectAccessible(page, 'session page, one case');
    // Removing asks first; cancelled, the case stays. Editing shows the session as it is.
    await page.getByRole('button', { name: 'Retirer de l’ordre du jour', exact: true }).click();
    const remove = page.getByRole('alertdialog');
    await remove.waitFor();
    await expectAccessible(page, 'removal confirmation');
    await remove.getByRole('button', { name: 'Annuler' }).click();
    await remove.waitFor({ state: 'detached' });
    const edit = await openDialog(page, 'Modifier la séance');
    expect(await edit.getByRole('textbox', { name: /Lieu/ }).inputValue()).toBe('Hôtel du Département, salle Pétrarque');
    await expectAccessible(page, 'edit session dialog');
    await saved(page, edit, 'Enregistrer', 'Séance enregistrée.');

    // 3. The convocation, with the person's rights.
    const convocation = await pdfText(page, /^Convocation de /);
    expect(convocation).toContain('Convocation à l’équipe pluridisciplinaire');
    expect(convocation).toContain('vous faire assister de la personne de votre choix');
    expect(convocation).toContain('Lieu : Hôtel du Département, salle Pétrarque');

    // 4. The opinion given at the session.
    const opinion = await openDialog(page, 'Enregistrer l’avis');
    await opinion.getByRole('textbox', { name: /Avis de l’équipe pluridisciplinaire/ }).fill('Avis favorable à une suppression de 50 % : aucune reprise de contact.');
    await expectAccessible(page, 'opinion dialog');
    await saved(page, opinion, 'Enregistrer', 'Avis enregistré.');
    await expect.poll(() => main(page), WAIT).toContain('Avis favorable à une suppression de 50 %');
    await expectAccessible(page, 'session page, opinion given');

    // 5. The département's decision, on the report's review: the officer's own.
    await page.getByRole('link', { name: 'Enregistrer la décision du Département' }).click();
    await page.waitForURL(/\/manquements\/[0-9a-f-]{36}$/);
    await settled(page);
    await expect.poll(() => main(page), WAIT).toContain('Équipe pluridisciplinaire saisie');
    await expectAccessible(page, 'report before the decision, with its EP case');
    const decision = await openDialog(page, 'Décision : suppression');
    await decision.getByRole('button', { name: /Ligne du barème/ }).click();
    await page.getByRole('option', { name: /suppression après avis/ }).click();
    await decision.getByRole('textbox', { name: /Part du RSA/ }).fill('50');
    await decision.getByRole('textbox', { name: /Motivation/ }).fill('Après avis de l’équipe pluridisciplinaire ; aucune reprise de contact.');
    await saved(page, decision, 'Enregistrer', 'Étape enregistrée.');
    await expect.poll(() => main(page), WAIT).toContain('Suppression décidée');
    await expectAccessible(page, 'report, suppression decided');

    // 6. Back to the session through the report's link: the record of the session.
    await page.getByRole('link', { name: /^Séance du / }).click();
    await page.waitForURL(/\/equipe-pluridisciplinaire\/[0-9a-f-]{36}$/);
    await settled(page);
    await expect.poll(() => main(page), WAIT).toContain('Suppression décidée');
    const record = await pdfText(page, /Compte rendu de la séance/);
    expect(record).toContain('Claire Martin — Conseillère départementale');
    expect(record).toContain('Avis de l’équipe pluridisciplinaire : Avis favorable à une suppression de 50 %');
    await expectAccessible(page, 'session page, decided');
  }, 300_000);
});
