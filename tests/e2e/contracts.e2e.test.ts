import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { apiSession, browserTabs, closeTab, expectAccessible, isFocused, settled, signIn as signInAs, tabTo, typeDate, type Call } from '../support/e2e.js';
import { userId } from '../support/people.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The contract (CER here) as its users live it, in Chromium against the real server: the référente
 * prepares it from the person's file and fills the editor with the keyboard alone, prints it,
 * attaches the scan, records the signatures and sends it; the département's officer validates it;
 * the référente evaluates its objectives. The auditor reads it. Every state and dialog passes axe,
 * and a save over someone else's keeps what was typed.
 */

const WAIT = { timeout: 10_000 };
const ADMIN = 'admin@vaucluse.example';
const OFFICER = 'insertion@vaucluse.example';
const MANAGER = 'coordination@pip-avignon.example';
const REFERENT = 'referente@pip-avignon.example';
const AUDITOR = 'controle@vaucluse.example';
const today = () => frenchToday();

let server: TestServer;
const tabs = browserTabs();
const openTab = () => tabs.openTab();
const people: Record<'journey' | 'conflict', string> = { journey: '', conflict: '' };
/** The draft the conflict test edits, reused by the next test. */
let draftId = '';

const apiAs = (email: string) => apiSession(openTab, server.url, email);

/** A new person of Avignon, oriented to the demo PIP and assigned to the demo référente: no contract yet. */
async function personOfJulie(officer: Call, manager: Call, firstNames: string, cafNumber: string): Promise<string> {
  const { id } = await officer<{ id: string }>('POST', '/api/beneficiaries', {
    lastName: 'Vernet', firstNames, birthDate: '1986-04-12', cafNumber, communeCode: '84007', postalCode: '84000',
  });
  const { lots } = await officer<{ lots: { lotId: string }[] }>('GET', `/api/beneficiaries/${id}/orientation-proposal`);
  await officer('POST', '/api/orientations', {
    beneficiaryIds: [id], kind: 'professional', decidedOn: today(), reason: 'Projet professionnel identifié', lotId: lots[0]!.lotId, overCapacityReason: 'Test des contrats',
  });
  await manager('PUT', `/api/beneficiaries/${id}/referent`, { referentId: await userId(server.database, REFERENT) });
  return id;
}

beforeAll(async () => {
  server = await startTestServer();
  const officer = await apiAs(OFFICER);
  const manager = await apiAs(MANAGER);
  people.journey = await personOfJulie(officer.call, manager.call, 'Lucie', '7700901');
  people.conflict = await personOfJulie(officer.call, manager.call, 'Paul', '7700902');
  await closeTab(officer.tab);
  await closeTab(manager.tab);
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

const signIn = (page: Page, email: string) => signInAs(page, server.url, email);

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await settled(page);
}

const toast = (page: Page) => page.locator('.toast__text');

describe('contracts', () => {
  it('the référente prepares a CER with the keyboard, prints, signs and sends it; the officer validates it; she evaluates it', async () => {
    const admin = await apiAs(ADMIN);
    const { values } = await admin.call<{ values: { ceStartDate: string } }>('GET', '/api/settings');
    // The CE starts tomorrow for this département: a contract starting today is still a CER.
    await admin.call('PATCH', '/api/settings', { ceStartDate: addDays(today(), 1) });
    try {
      // 1. From the person's file, the référente prepares the first contract.
      const referent = await openTab();
      let page = referent.page;
      await signIn(page, REFERENT);
      await open(page, `/beneficiaires/${people.journey}`);
      await page.getByRole('tab', { name: 'Contrat' }).click();
      const prepare = page.getByRole('button', { name: 'Préparer un contrat' });
      await prepare.waitFor();
      await expect.poll(() => page.getByRole('tabpanel').innerText(), WAIT).toContain('contrat d’engagements réciproques (CER)');
      await expectAccessible(page, 'contract tab, no contract yet');
      await prepare.click();
      await page.waitForURL((url) => /^\/contrats\/[0-9a-f-]{36}\/modifier$/.test(url.pathname));
      await settled(page);
      const contractId = new URL(page.url()).pathname.split('/')[2]!;
      await expect.poll(() => toast(page).innerText(), WAIT).toBe('Contrat préparé : complétez-le puis enregistrez-le.');
      await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('ce contrat sera un contrat d’engagements réciproques (CER)');
      // The app puts the focus on the new page's heading: from there on, the keyboard alone.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), WAIT).toBe('H1');

      // 2. The editor, keyboard only: commitments, then three objectives.
      const form = page.locator('form.contract-editor');
      await tabTo(page, form.getByLabel('Engagements de la personne'));
      await page.keyboard.type('Trois candidatures par semaine, présence aux rendez-vous fixés.');
      await tabTo(page, form.getByLabel('Engagements de la structure'));
      await page.keyboard.type('Un rendez-vous par mois, ateliers CV et aide à la mobilité.');
      const addObjective = form.getByRole('button', { name: 'Ajouter un objectif' });
      await tabTo(page, addObjective);
      await page.keyboard.press('Enter');
      const objective = (n: number) => form.getByRole('group', { name: `Objectif ${n}`, exact: true });
      await expect.poll(() => isFocused(objective(1).getByRole('radio', { name: 'Court terme' })), WAIT).toBe(true);
      // Saving without a wording: the browser's check, in French, on the field, which takes the focus.
      const save = form.getByRole('button', { name: 'Enregistrer le contrat' });
      await tabTo(page, save);
      await page.keyboard.press('Enter');
      const wording1 = objective(1).getByRole('textbox', { name: /Formulation de l’objectif/ });
      await expect.poll(() => wording1.getAttribute('aria-invalid'), WAIT).toBe('true');
      await expect.poll(() => objective(1).innerText(), WAIT).toContain('Ce champ est obligatoire.');
      await expect.poll(() => isFocused(wording1), WAIT).toBe(true);
      await expectAccessible(page, 'editor with a validation error');
      await page.keyboard.type('Mettre à jour son CV');
      await tabTo(page, objective(1).getByRole('checkbox', { name: 'La personne a donné son accord sur cet objectif' }));
      await page.keyboard.press('Space');
      // One action for it: the new row's first control takes the focus.
      await tabTo(page, objective(1).getByRole('button', { name: 'Ajouter une action à l’objectif 1' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => isFocused(objective(1).getByRole('button', { name: /Type d’action/ })), WAIT).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Atelier CV du PIP');
      await page.keyboard.press('Tab');
      await page.keyboard.type('PIP Tremplin Emploi Avignon');

      // Objective 2, medium term by default: mobility, a wording picked from the reference list, a typed deadline.
      await tabTo(page, addObjective);
      await page.keyboard.press('Enter');
      await expect.poll(() => isFocused(objective(2).getByRole('radio', { name: 'Moyen terme' })), WAIT).toBe(true);
      await page.keyboard.press('Tab');
      await expect.poll(() => isFocused(objective(2).getByRole('button', { name: /Domaine/ })), WAIT).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.getByRole('listbox').waitFor();
      await page.keyboard.type('Mob');
      await page.keyboard.press('Enter');
      await expect.poll(() => objective(2).getByRole('button', { name: /Domaine/ }).innerText(), WAIT).toContain('Mobilité');
      await page.keyboard.press('Tab');
      await page.keyboard.type('permis');
      await page.getByRole('option', { name: /permis de conduire/ }).first().waitFor();
      await expectAccessible(page, 'editor, wording suggestions open');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => objective(2).getByRole('textbox', { name: /Formulation/ }).inputValue(), WAIT).toMatch(/permis de conduire/);
      await tabTo(page, objective(2).getByRole('group', { name: /Échéance/ }).getByRole('spinbutton').first());
      const deadline2 = addDays(today(), 120);
      await typeDate(page, deadline2);
      await tabTo(page, objective(2).getByRole('checkbox', { name: /donné son accord/ }));
      await page.keyboard.press('Space');

      // Objective 3, long term: free wording, the deadline the term proposes.
      await tabTo(page, addObjective);
      await page.keyboard.press('Enter');
      await expect.poll(() => isFocused(objective(3).getByRole('radio', { name: 'Long terme' })), WAIT).toBe(true);
      await tabTo(page, objective(3).getByRole('textbox', { name: /Formulation/ }));
      await page.keyboard.type('Trouver un emploi durable de boulanger');
      await tabTo(page, objective(3).getByRole('checkbox', { name: /donné son accord/ }));
      await page.keyboard.press('Space');
      await tabTo(page, save);
      await page.keyboard.press('Enter');
      await expect.poll(() => toast(page).innerText(), WAIT).toBe('Contrat enregistré.');

      const referentApi = await apiAs(REFERENT);
      type View = { kind: string; status: string; objectives: { term: string; domain: string; wording: string; deadline: string; consentOn: string | null; referenceItemId: string | null; status: string; actions: { label: string }[] }[] };
      const saved = await referentApi.call<View>('GET', `/api/contracts/${contractId}`);
      expect(saved.kind).toBe('cer');
      expect(saved.objectives.map((o) => [o.term, o.domain])).toEqual([['short', 'employment'], ['medium', 'mobility'], ['long', 'employment']]);
      expect(saved.objectives.map((o) => o.consentOn)).toEqual([today(), today(), today()]);
      expect(saved.objectives[0]!.actions.map((a) => a.label)).toEqual(['Atelier CV du PIP']);
      expect(saved.objectives[1]!.referenceItemId).not.toBeNull();
      expect(saved.objectives[1]!.deadline).toBe(deadline2);
      expect(saved.objectives[2]!.wording).toBe('Trouver un emploi durable de boulanger');

      // 3. The contract page: print, attach the scan, sign, send.
      await page.getByRole('link', { name: 'Retour au contrat' }).click();
      await page.waitForURL((url) => url.pathname === `/contrats/${contractId}`);
      await settled(page);
      const print = page.getByRole('link', { name: /Imprimer \(PDF\)/ });
      expect(await print.getAttribute('target')).toBe('_blank');
      const pdf = await page.request.get(`${server.url}${await print.getAttribute('href')}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await expectAccessible(page, 'contract page, draft');

      await page.getByRole('button', { name: 'Joindre le scan signé' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await expectAccessible(page, 'scan dialog');
      await dialog.getByLabel(/Contrat signé scanné/).setInputFiles({ name: 'contrat-signe.pdf', mimeType: 'application/pdf', buffer: await pdf.body() });
      await dialog.getByRole('button', { name: 'Joindre le scan' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => toast(page).innerText(), WAIT).toBe('Scan joint au contrat.');

      await page.getByRole('button', { name: 'Enregistrer les signatures' }).click();
      dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await expect.poll(() => dialog.getByRole('radio', { name: 'Sur papier (scan joint)', checked: true }).count(), WAIT).toBe(1);
      await expectAccessible(page, 'signature dialog');
      await dialog.getByRole('button', { name: 'Enregistrer les signatures' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => toast(page).innerText(), WAIT).toBe('Signatures enregistrées.');
      await page.getByRole('button', { name: 'Transmettre au département' }).click();
      await expect.poll(() => toast(page).innerText(), WAIT).toBe('Contrat transmis au département.');
      await expect.poll(() => page.locator('.page-header').innerText(), WAIT).toContain('Transmis au département');
      await closeTab(referent);

      // 4. The officer reads it, looks at sending it back, then validates it: it starts today.
      const officer = await openTab();
      page = officer.page;
      await signIn(page, OFFICER);
      await open(page, `/contrats/${contractId}`);
      await expectAccessible(page, 'contract page, officer');
      await page.getByRole('button', { name: 'Renvoyer avec commentaires' }).click();
      await page.getByRole('dialog').waitFor();
      await expectAccessible(page, 'return dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Valider', exact: true }).click();
      dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await expectAccessible(page, 'validation dialog');
      await dialog.getByLabel(/Commentaire/).fill('Contrat complet et cohérent avec le projet.');
      await dialog.getByRole('button', { name: 'Valider', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => toast(page).innerText(), WAIT).toBe('Contrat validé : en vigueur.');
      await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Contrat complet et cohérent avec le projet.');
      await closeTab(officer);

      // 5. The auditor reads it, with nothing to do but print it.
      const auditor = await openTab();
      page = auditor.page;
      await signIn(page, AUDITOR);
      await open(page, `/contrats/${contractId}`);
      await expect.poll(() => page.locator('.page-header').innerText(), WAIT).toContain('En vigueur');
      expect(await page.getByRole('group', { name: 'Actions sur le contrat' }).getByRole('button').count()).toBe(0);
      await expectAccessible(page, 'contract page, auditor');
      await closeTab(auditor);

      // 6. The référente sees it in force in the person's file, then evaluates its objectives.
      const again = await openTab();
      page = again.page;
      await signIn(page, REFERENT);
      await open(page, `/beneficiaires/${people.journey}`);
      await page.getByRole('tab', { name: 'Contrat' }).click();
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('table', { name: /Objectifs du contrat/ }).waitFor();
      await expect.poll(() => panel.innerText(), WAIT).toContain('Contrat en vigueur');
      await expectAccessible(page, 'contract tab, contract in force');
      for (const [button, name] of [['Suivi', 'follow-up'], ['Mettre fin', 'end'], ['Clore', 'close']] as const) {
        await panel.getByRole('button', { name: button, exact: true }).click();
        await page.getByRole('dialog').waitFor();
        await expectAccessible(page, `${name} dialog`);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
      await panel.getByRole('button', { name: 'Évaluer', exact: true }).click();
      dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await expectAccessible(page, 'evaluation dialog');
      for (const [n, result] of [[1, 'Atteint'], [2, 'Partiellement atteint'], [3, 'Non atteint']] as const) {
        const group = dialog.getByRole('group', { name: new RegExp(`^Objectif ${n} :`) });
        await group.getByRole('button', { name: /Résultat/ }).click();
        await page.getByRole('option', { name: result, exact: true }).click();
        await group.getByLabel('Commentaire').fill(`Bilan de l’objectif ${n}`);
      }
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => toast(page).innerText(), WAIT).toBe('Évaluation enregistrée.');
      const evaluated = await referentApi.call<View>('GET', `/api/contracts/${contractId}`);
      expect(evaluated.status).toBe('in_force');
      expect(evaluated.objectives.map((o) => o.status)).toEqual(['achieved', 'partly_achieved', 'not_achieved']);
      await closeTab(again);
      await closeTab(referentApi.tab);
    } finally {
      await admin.call('PATCH', '/api/settings', { ceStartDate: values.ceStartDate });
      await closeTab(admin.tab);
    }
  });

  it('a save over someone else’s keeps what was typed and asks to reload', async () => {
    const referentApi = await apiAs(REFERENT);
    const { id } = await referentApi.call<{ id: string }>('POST', `/api/beneficiaries/${people.conflict}/contracts`, { startsOn: today(), durationMonths: 6 });
    draftId = id;
    await closeTab(referentApi.tab);
    const tab = await openTab();
    const { page, context } = tab;
    await signIn(page, REFERENT);
    await open(page, `/contrats/${id}/modifier`);
    const other = await context.newPage();
    await open(other, `/contrats/${id}/modifier`);
    // A tab in the background may have its animation frames throttled: actions wait for "stable".
    await page.bringToFront();
    await page.getByLabel('Zone de recherche').fill('Cavaillon');
    await page.getByRole('button', { name: 'Enregistrer le contrat' }).click();
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('Contrat enregistré.');
    await other.bringToFront();
    const zone = other.getByLabel('Zone de recherche');
    await zone.fill('Orange et Bollène');
    await other.getByRole('button', { name: 'Enregistrer le contrat' }).click();
    const reload = other.getByRole('button', { name: 'Recharger le contrat' });
    await reload.waitFor();
    await expect.poll(() => other.getByRole('alert').allInnerTexts(), WAIT).toContainEqual(expect.stringContaining('Quelqu’un a enregistré ce contrat'));
    expect(await zone.inputValue()).toBe('Orange et Bollène');
    await expectAccessible(other, 'save conflict');
    await reload.click();
    await expect.poll(() => other.getByLabel('Zone de recherche').inputValue(), WAIT).toBe('Cavaillon');
    await closeTab(tab);
  });

  it('the server’s refusals land on the fields they name', async () => {
    const referentApi = await apiAs(REFERENT);
    const { version } = await referentApi.call<{ version: number }>('GET', `/api/contracts/${draftId}`);
    await referentApi.call('PUT', `/api/contracts/${draftId}`, {
      startsOn: today(), durationMonths: 6, version,
      objectives: [{ term: 'short', domain: 'employment', wording: 'Mettre à jour son CV', deadline: today(), consentOn: null, actions: [] }],
    });
    await closeTab(referentApi.tab);
    const tab = await openTab();
    const { page } = tab;
    await signIn(page, REFERENT);
    await open(page, `/contrats/${draftId}/modifier`);
    // A later start leaves the objective's deadline before it: the server names objectives.0.deadline.
    await page.getByRole('group', { name: /Date de début/ }).getByRole('spinbutton').first().click();
    await typeDate(page, addDays(today(), 30));
    await page.getByRole('button', { name: 'Enregistrer le contrat' }).click();
    const deadline = page.getByRole('group', { name: 'Objectif 1', exact: true }).getByRole('group', { name: /Échéance/ });
    await expect.poll(() => page.getByRole('group', { name: 'Objectif 1', exact: true }).innerText(), WAIT).toContain('L’échéance précède le début du contrat.');
    await expect.poll(() => isFocused(deadline), WAIT).toBe(true);
    await expect.poll(() => page.getByRole('alert').allInnerTexts(), WAIT).toContainEqual(expect.stringContaining('Le formulaire contient des erreurs'));
    await expectAccessible(page, 'editor, refused by the server');
    await closeTab(tab);
  });
});
