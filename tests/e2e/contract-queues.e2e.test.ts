import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/capabilities/organisations/demo/accounts.js';
import { frenchToday } from '../../src/shared/calendar.js';
import { browserTabs, closeTab, expectAccessible, openArea, settled, signIn } from '../support/e2e.js';
import { OTHER_PIP_MANAGER } from '../support/fixtures.js';
import { userId } from '../support/people.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { contractContent } from '../integration/route-matrix.js';

/**
 * The contracts' work queues in Chromium against the real server: the référente goes through her
 * queues with the keyboard, the département's officer validates a selection in bulk — first with a
 * stale selection the server refuses, then for real — and axe finds no WCAG 2.1 AA violation on
 * any queue, empty state or dialog. The API then confirms what the pages showed.
 */

const WAIT = { timeout: 10_000 };
const OFFICER = 'insertion@vaucluse.example';
const MANAGER = 'coordination@pip-avignon.example';
const REFERENT = 'referente@pip-avignon.example';
const COMMENT = 'Contrats conformes au règlement départemental.';

interface Summary {
  id: string;
  beneficiaryId: string;
  personName: string;
  status: string;
}

let server: TestServer;
const tabs = browserTabs();
const apis: APIRequestContext[] = [];
/** The demo's contracts of the référente: her draft, and the one waiting for the département. */
let demoDraft: Summary;
let demoSubmitted: Summary;
/** Contracts submitted for this test, for people of the référente (names no demo person carries). */
const created: { id: string; name: string }[] = [];

type Api = Awaited<ReturnType<typeof apiAs>>;

/** An API session through HTTP, as the web app holds one: cookie plus CSRF token. */
async function apiAs(email: string) {
  const context = await request.newContext({ baseURL: server.url });
  apis.push(context);
  const login = await context.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  const headers = { 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
  const send = async (method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown, status = 200) => {
    const res = await context.fetch(path, { method, headers, data });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(status);
    return res.json() as Promise<Record<string, unknown>>;
  };
  return {
    get: (path: string, status?: number) => send('GET', path, undefined, status),
    post: (path: string, data: unknown = {}, status?: number) => send('POST', path, data, status),
    put: (path: string, data: unknown) => send('PUT', path, data),
    queue: async (queue: string) => ((await send('GET', `/api/contracts?queue=${queue}&pageSize=200`)).items as Summary[]),
  };
}

/** A new person of Avignon, oriented to the demo PIP, assigned to the référente, whose contract is signed and submitted. */
async function submittedContract(firstNames: string, cafNumber: string, as: Record<'officer' | 'manager' | 'referent', Api>) {
  const { officer, manager, referent } = as;
  const today = frenchToday();
  const { id: personId } = (await officer.post('/api/beneficiaries', {
    lastName: 'Valcontrat', firstNames, birthDate: '1986-05-14', cafNumber, communeCode: '84007', postalCode: '84000',
  }, 201)) as { id: string };
  const { lots } = (await officer.get(`/api/beneficiaries/${personId}/orientation-proposal`)) as { lots: { lotId: string }[] };
  await officer.post('/api/orientations', {
    beneficiaryIds: [personId], kind: 'professional', decidedOn: today, reason: 'Projet professionnel', lotId: lots[0]!.lotId, overCapacityReason: 'Test des contrats',
  });
  await manager.put(`/api/beneficiaries/${personId}/referent`, { referentId: await userId(server.database, REFERENT) });
  const { id } = (await referent.post(`/api/beneficiaries/${personId}/contracts`, contractContent(), 201)) as { id: string };
  await referent.post(`/api/contracts/${id}/sign`, { personSignedOn: today, referentSignedOn: today, mode: 'in_person' });
  await referent.post(`/api/contracts/${id}/submit`);
  created.push({ id, name: `VALCONTRAT ${firstNames}` });
}

beforeAll(async () => {
  server = await startTestServer();
  const [officer, manager, referent] = await Promise.all([apiAs(OFFICER), apiAs(MANAGER), apiAs(REFERENT)]);
  [demoDraft] = (await referent.queue('to_sign')) as [Summary];
  const waiting = await referent.queue('to_validate');
  expect(waiting).toHaveLength(1);
  demoSubmitted = waiting[0]!;
  await submittedContract('Aline', '0849901', { officer, manager, referent });
  await submittedContract('Bruno', '0849902', { officer, manager, referent });
});

afterAll(async () => {
  await Promise.all(apis.map((a) => a.dispose()));
  await tabs.close();
  await server?.close();
});

const toast = (page: Page) => page.locator('.toast__text');
const fileParam = (page: Page) => new URL(page.url()).searchParams.get('file');

describe('contract queues', () => {
  it('the référente finds her draft to sign, goes through every queue with the keyboard, empty ones included', async () => {
    const tab = await tabs.openTab();
    const { page } = tab;
    await signIn(page, server.url, REFERENT);
    await page.getByRole('main').getByRole('link', { name: 'Contrats', exact: true }).waitFor();
    await openArea(page, 'Contrats', '/contrats');

    const toSign = page.getByRole('tab', { name: /^À signer/ });
    await expect.poll(() => toSign.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => toSign.textContent(), WAIT).toMatch(/, 1 contrat$/);
    const panel = page.getByRole('tabpanel');
    const grid = panel.getByRole('grid', { name: 'Contrats — À signer' });
    await expect.poll(() => grid.innerText(), WAIT).toContain(demoDraft.personName);
    expect(await grid.innerText()).not.toContain(demoSubmitted.personName);
    // The person opens their file, the contract its own page.
    expect(await grid.getByRole('link', { name: demoDraft.personName }).getAttribute('href')).toBe(`/beneficiaires/${demoDraft.beneficiaryId}`);
    const row = grid.getByRole('row', { name: new RegExp(demoDraft.personName) });
    expect(await row.getByRole('link', { name: /^CER? version 1$/ }).getAttribute('href')).toBe(`/contrats/${demoDraft.id}`);
    await expectAccessible(page, 'queue to sign');

    // The arrows move from queue to queue; the address follows, so a reload keeps the queue.
    await toSign.focus();
    const expected = [
      ['À transmettre', 'a-transmettre', 'Aucun contrat signé n’attend d’être transmis.'],
      ['Renvoyés', 'renvoyes', 'Le département ne vous a renvoyé aucun contrat.'],
      ['À renouveler', 'a-renouveler', null],
      ['À évaluer', 'a-evaluer', null],
      ['À convertir en CE', 'a-convertir', null],
    ] as const;
    for (const [name, slug, empty] of expected) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByRole('tab', { name: new RegExp(`^${name}`) }).getAttribute('aria-selected'), WAIT).toBe('true');
      await expect.poll(() => fileParam(page)).toBe(slug);
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText(), WAIT).toBe(name);
      await settled(page);
      if (empty) await expect.poll(() => panel.innerText(), WAIT).toContain(empty);
      else await panel.locator('.state--empty, [role=grid]').first().waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
      await expectAccessible(page, `queue ${name}`);
    }
    await page.reload();
    await settled(page);
    await expect.poll(() => page.getByRole('tab', { name: /^À convertir en CE/ }).getAttribute('aria-selected'), WAIT).toBe('true');
    await closeTab(tab);
  });

  it('the officer validates a selection in bulk: a stale one is refused and reloaded, then the rest is validated', async () => {
    const tab = await tabs.openTab();
    const { page } = tab;
    await signIn(page, server.url, OFFICER);
    await openArea(page, 'Contrats à valider', '/validation-contrats');
    const grid = page.getByRole('grid', { name: 'Contrats transmis au département' });
    const names = [demoSubmitted.personName, ...created.map((c) => c.name)];
    // Oldest submission first: the demo's contract was submitted two days ago.
    await expect.poll(async () => (await grid.getByRole('rowheader').allInnerTexts()).map((n) => n.trim()), WAIT).toEqual(names);
    await expectAccessible(page, 'contracts to validate');

    // Every row of the page selected at once; meanwhile another officer validates one of them.
    await grid.getByRole('columnheader').locator('.checkbox').click();
    await page.getByRole('status').getByText('3 contrats sélectionnés').waitFor();
    const officer = await apiAs(OFFICER);
    await officer.post(`/api/contracts/${created[1]!.id}/validate`, { comment: null });
    await page.getByRole('button', { name: 'Valider la sélection' }).click();
    let dialog = page.getByRole('dialog', { name: 'Valider 3 contrats' });
    await dialog.waitFor();
    await expectAccessible(page, 'bulk validation dialog');
    await dialog.getByRole('button', { name: 'Valider les 3 contrats' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('alert').getByText(/1 contrat\(s\) de la sélection ne sont plus en attente de validation/).waitFor();
    // The queue is fetched again: the contract validated meanwhile is gone, the rest stay selected.
    await expect.poll(async () => (await grid.getByRole('rowheader').allInnerTexts()).map((n) => n.trim()), WAIT).toEqual(names.slice(0, 2));
    await page.getByRole('status').getByText('2 contrats sélectionnés').waitFor();
    await expectAccessible(page, 'stale selection refused');

    await page.getByRole('button', { name: 'Valider la sélection' }).click();
    dialog = page.getByRole('dialog', { name: 'Valider 2 contrats' });
    await dialog.getByLabel('Commentaire').fill(COMMENT);
    await expectAccessible(page, 'bulk validation dialog with a comment');
    await dialog.getByRole('button', { name: 'Valider les 2 contrats' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The demo's contract starts in a few days: validated now, in force on its start date.
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('2 contrats validés, dont 1 entrera en vigueur à sa date de début.');
    await page.getByText('Aucun contrat n’attend de validation.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), WAIT).toBe('H1');
    await expectAccessible(page, 'queue validated');
    await closeTab(tab);

    // The API says the same: each contract decided with the comment, none left in the queue.
    const [demo, aline] = await Promise.all([officer.get(`/api/contracts/${demoSubmitted.id}`), officer.get(`/api/contracts/${created[0]!.id}`)]);
    expect(aline).toMatchObject({ status: 'in_force', reviews: [expect.objectContaining({ validated: true, comment: COMMENT })] });
    expect(demo).toMatchObject({ status: 'validated', reviews: [expect.objectContaining({ validated: true, comment: COMMENT })] });
    expect(String(demo.startsOn) > frenchToday()).toBe(true);
    expect(await officer.queue('to_validate')).toEqual([]);

    // Another PIP of the département sees none of them, in any queue or by address.
    const ids = [demoSubmitted.id, ...created.map((c) => c.id)];
    const other = await apiAs(OTHER_PIP_MANAGER);
    for (const queue of ['to_sign', 'to_submit', 'returned', 'to_validate', 'to_renew', 'to_evaluate', 'to_convert']) {
      expect((await other.queue(queue)).filter((c) => ids.includes(c.id)), queue).toEqual([]);
    }
    for (const id of ids) await other.get(`/api/contracts/${id}`, 404);
  });
});
