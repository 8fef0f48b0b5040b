import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { rowsOf } from '../../src/platform/db/engine.js';
import { readPdf } from '../../src/platform/pdf/read-back.js';
import { addDays, frenchToday } from '../../src/shared/calendar.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_REFERENT } from '../support/fixtures.js';
import { workshopSession } from './route-matrix.js';

const today = () => frenchToday();
const SCAN = Buffer.from('%PDF-1.4\n% feuille d’émargement signée\n');

describe.each(testEngines())('the justification pack (FSE+) on %s', (engine) => {
  let t: TestApp;
  let referent: Session;
  let person: string;
  let contractScan: { sha256: string; content: Buffer };
  beforeAll(async () => {
    t = await startTestApp(engine);
    referent = await t.login(demoEmail('referent'));
    // The demo référente's person whose contract in force has its signed scan.
    const [row] = rowsOf<{ beneficiary_id: string; sha256: string; content: Buffer }>(await t.database.db.execute(sql`
      select c.beneficiary_id, f.sha256, f.content from contracts c
      join stored_files f on f.department_id = c.department_id and f.id = c.scan_file_id
      join beneficiaries b on b.department_id = c.department_id and b.id = c.beneficiary_id
      join users u on u.id = b.referent_id
      where c.status = 'in_force' and b.pathway_status = 'active' and u.email = ${demoEmail('referent')}
      order by b.id limit 1`));
    person = row!.beneficiary_id;
    contractScan = { sha256: row!.sha256, content: Buffer.from(row!.content) };
  });
  afterAll(() => t.close());

  const proof = (who: Session | null, from: string, to: string, id = person) =>
    t.request('GET', `/api/beneficiaries/${id}/proof?from=${from}&to=${to}`, who);

  it('packs the contact log, the signed attendance sheet and the signed contract of the period, without personal notes', async () => {
    const recorded = await t.request('POST', `/api/beneficiaries/${person}/contacts`, referent, {
      on: addDays(today(), -2), modality: 'phone', durationMinutes: 20, subject: 'Appel de suivi', summary: 'Note confidentielle sur la santé',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const workshop = (await t.request('POST', '/api/workshops', referent, workshopSession(-1))).json().id as string;
    const registration = (await t.request('POST', `/api/workshops/${workshop}/registrations`, referent, { beneficiaryId: person })).json().id as string;
    await t.request('POST', `/api/workshops/${workshop}/attendance`, referent, { attendance: [{ registrationId: registration, attendance: 'present' }] });
    expect((await t.request('PUT', `/api/workshops/${workshop}/sheet-scan?fileName=emargement.pdf`, referent, SCAN)).statusCode).toBe(200);

    const res = await proof(referent, addDays(today(), -400), today());
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="justificatifs-[a-z0-9-]+-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.zip"$/);
    const zip = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(zip);
    const sheet = names.find((n) => n.startsWith('feuilles-emargement/'));
    const contract = names.find((n) => n.startsWith('contrats/'));
    expect(Buffer.from(zip[sheet!]!).equals(SCAN)).toBe(true);
    expect(Buffer.from(zip[contract!]!).equals(contractScan.content)).toBe(true);

    const csv = strFromU8(zip['journal-des-contacts.csv']!);
    expect(csv).toContain(`${addDays(today(), -2)};Téléphone;20;Julie Fabre;Réalisé`);
    expect(csv).toContain(`${addDays(today(), -1)};Activité collective (atelier);180;Julie Fabre;Réalisé`);
    const log = await readPdf(zip['journal-des-contacts.pdf']!);
    expect(log.text).toContain(`SHA-256 ${contractScan.sha256}`);
    expect(log.text).toContain(sheet!);
    expect(log.text).toContain('Fonds social européen plus (FSE+)');
    for (const text of [csv, log.text]) {
      expect(text).not.toContain('Note confidentielle');
      expect(text).not.toContain('Appel de suivi');
    }
    const [audit] = rowsOf<{ details: Record<string, unknown> }>(await t.database.db.execute(sql`
      select details from audit_log where action = 'proof.export' and entity_id = ${person} order by id desc limit 1`));
    expect(audit!.details).toMatchObject({ from: addDays(today(), -400), to: today(), workshops: 1, files: 2 });
  });

  it('keeps to the period asked for', async () => {
    const zip = unzipSync(new Uint8Array((await proof(referent, addDays(today(), -2), addDays(today(), -2))).rawPayload));
    const csv = strFromU8(zip['journal-des-contacts.csv']!).trim().split('\r\n');
    expect(csv.slice(1)).toEqual([`${addDays(today(), -2)};Téléphone;20;Julie Fabre;Réalisé`]);
    expect(Object.keys(zip).some((n) => n.startsWith('feuilles-emargement/'))).toBe(false);
  });

  it('refuses a period that ends before it starts, or is missing, in French', async () => {
    const reversed = await proof(referent, today(), addDays(today(), -1));
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().issues).toEqual([{ path: 'period.to', message: 'La fin de la période doit suivre son début' }]);
    const missing = await t.request('GET', `/api/beneficiaries/${person}/proof`, referent);
    expect(missing.statusCode).toBe(400);
  });

  it('is open to the FSE auditor and the département, and to no other PIP', async () => {
    for (const role of ['auditor', 'dept_officer'] as const) {
      expect((await proof(await t.login(demoEmail(role)), addDays(today(), -30), today())).statusCode).toBe(200);
    }
    expect((await proof(await t.login(demoEmail('dept_admin')), addDays(today(), -30), today())).statusCode).toBe(403);
    expect((await proof(await t.login(OTHER_PIP_REFERENT), addDays(today(), -30), today())).statusCode).toBe(404);
  });
});
