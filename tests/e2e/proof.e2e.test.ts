import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { rowsOf } from '../../src/platform/db/engine.js';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { browserTabs, closeTab, expectAccessible, settled, signIn, tabTo, typeDate } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The justification pack (FSE+) as its two readers get it, in Chromium against the real server:
 * the référente picks a period in the person's file, keyboard only, is told when it runs
 * backwards, and downloads the archive; the FSE auditor, who opens no person's file, downloads
 * it beside the contract. Each archive is opened and checked; every state passes axe.
 */

const WAIT = { timeout: 10_000 };
const REFERENT = 'referente@pip-avignon.example';
const AUDITOR = 'controle@vaucluse.example';

let server: TestServer;
const tabs = browserTabs();
/** A person of the référente whose contract in force has its signed scan. */
let person = { id: '', contractId: '' };

beforeAll(async () => {
  server = await startTestServer();
  const [row] = rowsOf<{ id: string; contract_id: string }>(await server.database.db.execute(sql`
    select c.beneficiary_id as id, c.id as contract_id from contracts c
    join beneficiaries b on b.department_id = c.department_id and b.id = c.beneficiary_id
    join users u on u.id = b.referent_id
    where c.status = 'in_force' and c.scan_file_id is not null and u.email = ${REFERENT} limit 1`));
  person = { id: row!.id, contractId: row!.contract_id };
});

afterAll(async () => {
  await tabs.close();
  await server?.close();
});

/** Clicks the download link and opens the archive the browser saved. */
async function downloadPack(page: Page): Promise<Record<string, Uint8Array>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger les justificatifs (zip)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^justificatifs-[a-z0-9-]+\.zip$/);
  return unzipSync(new Uint8Array(await readFile((await download.path())!)));
}

describe('the justification pack', () => {
  it('the référente chooses the period with the keyboard and downloads the archive', async () => {
    const tab = await tabs.openTab();
    const { page } = tab;
    await signIn(page, server.url, REFERENT);
    await page.goto(`${server.url}/beneficiaires/${person.id}`);
    await settled(page);
    await page.getByRole('tab', { name: 'Justificatifs' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.innerText(), WAIT).toContain('Justificatifs FSE+');
    await expectAccessible(page, 'proof tab');

    // A start after the end: no link, a message instead.
    const from = panel.getByRole('group', { name: 'Du' });
    await tabTo(page, from.getByRole('spinbutton').first());
    await typeDate(page, addDays(frenchToday(), 1));
    await expect.poll(() => panel.getByRole('alert').innerText(), WAIT).toBe('Indiquez une période valide : la fin doit suivre le début.');
    expect(await panel.getByRole('link', { name: /Télécharger/ }).count()).toBe(0);
    await expectAccessible(page, 'proof tab, period reversed');

    await tabTo(page, from.getByRole('spinbutton').first(), 'Shift+Tab');
    await typeDate(page, addDays(frenchToday(), -365));
    await tabTo(page, panel.getByRole('link', { name: 'Télécharger les justificatifs (zip)' }));
    const zip = await downloadPack(page);
    const names = Object.keys(zip);
    expect(names).toContain('journal-des-contacts.pdf');
    expect(names.some((n) => n.startsWith('contrats/'))).toBe(true);
    // The byte-order mark first, so a spreadsheet reads the accents (TextDecoder drops it).
    expect([...zip['journal-des-contacts.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(zip['journal-des-contacts.csv']!)).toMatch(/^Date;Modalité;Durée \(minutes\);Intervenant·e;Statut\r\n/);
    await closeTab(tab);
  });

  it('the FSE auditor downloads it beside the contract, never reaching the file', async () => {
    const tab = await tabs.openTab();
    const { page } = tab;
    await signIn(page, server.url, AUDITOR);
    await page.goto(`${server.url}/contrats/${person.contractId}`);
    await settled(page);
    await expect.poll(() => page.getByRole('region', { name: 'Justificatifs FSE+' }).count(), WAIT).toBe(1);
    await expectAccessible(page, 'contract page, auditor');
    const zip = await downloadPack(page);
    expect(Object.keys(zip).some((n) => n.startsWith('contrats/'))).toBe(true);
    await closeTab(tab);
  });
});
