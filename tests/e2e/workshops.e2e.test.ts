import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/engine.js';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { parisDateTime } from '../../src/web/pages/contacts/dateTime.js';
import { apiSession, browserTabs, closeTab, expectAccessible, openArea, openDialog, saved, settled, signIn, toast } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The PIP's collective workshops, in Chromium against the real server: the manager creates a
 * session that began earlier today, registers two people of the PIP, prints the attendance sheet,
 * records one present and one absent, attaches the signed sheet; the present person's file holds a
 * collective contact and loses its « Sans contact récent » alert, the absent one's keeps it. A session to come cannot take attendance. axe on every state and dialog.
 */

const WAIT = { timeout: 10_000 };
const MANAGER = 'coordination@pip-avignon.example';

let server: TestServer;
const tabs = browserTabs();
const openTab = () => tabs.openTab();
const apiAs = (email: string) => apiSession(openTab, server.url, email);

type Person = { id: string; lastName: string; firstNames: string };
type Detail = { registrations: { id: string; beneficiaryId: string; status: string; attendance: string | null }[]; hasSheetScan: boolean };
type Contacts = { contacts: { status: string; modality: string | null; subject: string; happenedOn: string | null }[] };
let people: Person[] = [];

beforeAll(async () => {
  server = await startTestServer();
  // Two people of the PIP late on contacts whose last face-to-face is recent: a collective contact
  // brings them back within the rule. Their last names tell them apart in a search.
  const items = rowsOf<Person>(await server.database.db.execute(sql`
    select b.id, b.last_name as "lastName", b.first_names as "firstNames" from beneficiaries b
    join providers p on p.department_id = b.department_id and p.id = b.provider_id
    where p.name = 'PIP Tremplin Emploi Avignon' and b.pathway_status = 'active' and 'no_recent_contact' = any(b.alerts)
      and (b.last_contact_by_modality->>'face_to_face')::date >= ${addDays(frenchToday(), -60)}::date
    order by b.last_name, b.first_names`));
  people = items.filter((p, i) => items.findIndex((q) => q.lastName === p.lastName) === i).slice(0, 2);
  expect(people).toHaveLength(2);
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});


async function typeTime(dialog: Locator, page: Page, label: RegExp, digits: string): Promise<void> {
  await dialog.getByRole('group', { name: label }).getByRole('spinbutton').first().click();
  await page.keyboard.type(digits);
}

describe('workshops', () => {
  it('the PIP manager runs a session from its creation to the attendance, which reaches the person’s file', async () => {
    const tab = await openTab();
    const { page } = tab;
    await signIn(page, server.url, MANAGER);
    await openArea(page, 'Ateliers', '/ateliers');
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Aucun atelier pour l’instant.');
    await expectAccessible(page, 'workshops, empty');

    // 1. A session that began at midnight and ends before the next one: attendance is open at once.
    const create = await openDialog(page, 'Nouvel atelier');
    await expectAccessible(page, 'new workshop dialog');
    await create.getByRole('button', { name: /Thème/ }).click();
    await page.getByRole('option', { name: 'CV et lettre de motivation' }).click();
    await create.getByRole('textbox', { name: /^Intitulé/ }).fill('Refaire son CV');
    await typeTime(create, page, /^Heure de début/, '0000');
    await typeTime(create, page, /^Heure de fin/, '2359');
    await create.getByRole('textbox', { name: /^Lieu/ }).fill('Salle 2, 12 rue Carreterie');
    await create.getByRole('textbox', { name: /^Animateur·rice/ }).fill('Camille Roux');
    await saved(page, create, 'Créer l’atelier', 'Atelier créé.');
    await page.waitForURL(/\/ateliers\/[0-9a-f-]{36}$/);
    const sessionId = page.url().split('/').pop()!;
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Refaire son CV');
    await settled(page);
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Personne n’est encore inscrit à cet atelier.');
    await expectAccessible(page, 'workshop page, nobody registered');

    // 2. Two people of the PIP, found by their names.
    for (const [i, person] of people.entries()) {
      const register = await openDialog(page, 'Inscrire une personne');
      await register.getByRole('searchbox', { name: 'Rechercher une personne' }).fill(person.lastName);
      const option = register.locator('label.radio').filter({ hasText: person.firstNames }).filter({ hasText: person.lastName.toUpperCase() }).first();
      await option.waitFor(WAIT);
      if (i === 0) await expectAccessible(page, 'register dialog');
      await option.click();
      await saved(page, register, 'Inscrire', `${person.firstNames} ${person.lastName} est inscrit·e à l’atelier.`);
    }
    await expect.poll(() => page.getByRole('radiogroup', { name: /^Présence de/ }).count(), WAIT).toBe(2);

    // 3. The attendance sheet opens as a PDF.
    const sheet = page.getByRole('link', { name: /^Imprimer la feuille d’émargement/ });
    expect(await sheet.getAttribute('target')).toBe('_blank');
    const pdf = await page.request.get(new URL((await sheet.getAttribute('href'))!, server.url).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // 4. One present, one absent.
    const groups = page.getByRole('radiogroup', { name: /^Présence de/ });
    await groups.nth(0).locator('label.radio').filter({ hasText: /^Présent·e$/ }).click();
    await groups.nth(1).locator('label.radio').filter({ hasText: /^Absent·e$/ }).click();
    await expectAccessible(page, 'workshop page, attendance being recorded');
    await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await expect.poll(() => toast(page).innerText(), WAIT).toBe('2 présences enregistrées.');
    // The presence is final: its group is disabled once read again.
    await expect.poll(() => groups.nth(0).getByRole('radio', { name: 'Présent·e', checked: true }).isDisabled(), WAIT).toBe(true);

    // 5. The signed sheet.
    const scan = await openDialog(page, 'Joindre la feuille signée');
    await expectAccessible(page, 'scan dialog');
    await scan.getByLabel(/^Feuille d’émargement signée/).setInputFiles({ name: 'emargement.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await saved(page, scan, 'Joindre', 'Feuille signée jointe à l’atelier.');
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Jointe');
    await expectAccessible(page, 'workshop page, attendance recorded');

    // 6. The list shows the session; the present person's file holds a collective contact.
    await openArea(page, 'Ateliers', '/ateliers');
    const row = page.getByRole('row').filter({ hasText: 'Refaire son CV' });
    await expect.poll(() => row.innerText(), WAIT).toContain('CV et lettre de motivation');
    expect(await row.innerText()).toMatch(/2 \/ 12/);
    await expectAccessible(page, 'workshops, one session');

    const api = await apiAs(MANAGER);
    const detail = await api.call<Detail>('GET', `/api/workshops/${sessionId}`);
    expect(detail.hasSheetScan).toBe(true);
    const present = detail.registrations.find((r) => r.attendance === 'present')!;
    const absent = detail.registrations.find((r) => r.attendance === 'absent')!;
    expect(present).toBeDefined();
    expect(absent).toBeDefined();
    const presentFile = await api.call<Contacts>('GET', `/api/beneficiaries/${present.beneficiaryId}/contacts`);
    expect(presentFile.contacts).toContainEqual(expect.objectContaining({ status: 'held', modality: 'collective', subject: 'Atelier collectif : Refaire son CV', happenedOn: frenchToday() }));
    const absentFile = await api.call<Contacts>('GET', `/api/beneficiaries/${absent.beneficiaryId}/contacts`);
    expect(absentFile.contacts.filter((c) => c.subject === 'Atelier collectif : Refaire son CV')).toEqual([]);
    await closeTab(api.tab);

    // 7. The present person is within the rule again: « Sans contact récent » leaves the file; not the absent one's.
    const alertsOf = async (id: string) => {
      await page.goto(`${server.url}/beneficiaires/${id}`);
      await settled(page);
      return page.locator('.summary__alerts').innerText().catch(() => '');
    };
    await expect.poll(() => alertsOf(present.beneficiaryId), WAIT).not.toContain('Sans contact récent');
    expect(await alertsOf(absent.beneficiaryId)).toContain('Sans contact récent');
    await expectAccessible(page, 'file of a person back within the rule');
    await closeTab(tab);
  });

  it('a session to come takes no attendance yet', async () => {
    const api = await apiAs(MANAGER);
    const tomorrow = addDays(frenchToday(), 1);
    const { id } = await api.call<{ id: string }>('POST', '/api/workshops', {
      theme: 'mobility', title: 'Se déplacer pour travailler', startsAt: parisDateTime(tomorrow, '09:00:00'), endsAt: parisDateTime(tomorrow, '11:00:00'),
      place: 'Salle 1', capacity: 1, facilitator: 'Camille Roux',
    });
    await api.call('POST', `/api/workshops/${id}/registrations`, { beneficiaryId: people[0]!.id });
    const second = await api.call<{ status: string }>('POST', `/api/workshops/${id}/registrations`, { beneficiaryId: people[1]!.id });
    expect(second.status).toBe('waiting');
    const tab = await openTab();
    const { page } = tab;
    await signIn(page, server.url, MANAGER);
    await page.goto(`${server.url}/ateliers/${id}`);
    await settled(page);
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('L’atelier n’a pas encore commencé');
    expect(await page.getByRole('radiogroup', { name: /^Présence de/ }).count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'Présent·e' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Enregistrer les présences' }).isDisabled()).toBe(true);
    expect(await page.locator('main').innerText()).toContain('Liste d’attente (1)');
    await expectAccessible(page, 'workshop page, to come, one waiting');
    await closeTab(api.tab);
    await closeTab(tab);
  });
});
