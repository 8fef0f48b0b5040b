import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { rowsOf } from '../../src/platform/db/engine.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail } from '../support/fixtures.js';
import { generateCsv } from '../fixtures/csv-generator.js';
import { frenchToday } from '../../src/shared/calendar.js';

/** The fixtures' ages and 'future' birth dates are relative to the day the parser checks against. */
const TODAY = frenchToday();

describe.each(testEngines())('beneficiary imports on %s', (engine) => {
  let t: TestApp;
  let officer: Session;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.login(demoEmail('dept_officer'));
  });
  afterAll(() => t.close());

  const upload = (fileName: string, content: Buffer, mapping?: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/imports?fileName=${encodeURIComponent(fileName)}${mapping ? `&mapping=${encodeURIComponent(JSON.stringify(mapping))}` : ''}`,
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': 'application/octet-stream' },
      payload: content,
    });
  const apply = (id: string) => t.request('POST', `/api/imports/${id}/apply`, officer);
  const people = async () => rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from beneficiaries`))[0]!.n;
  const versions = async () => rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from beneficiary_versions`))[0]!.n;

  it('shows each line’s fate before writing, with French reasons naming line and column', async () => {
    const { content, ledger } = generateCsv({ referenceDate: TODAY, lines: 120, seed: 1, defectEvery: 15, emptyLineEvery: 40 });
    const before = await people();
    const res = await upload('beneficiaires.csv', content);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.status).toBe('dry_run');
    expect(report.counts.create).toBe(ledger.validLines.length);
    expect(report.counts.rejected).toBe(ledger.rejected.length);
    for (const r of ledger.rejected) {
      const line = report.lines.find((l: { line: number; fate: string }) => l.line === r.line && l.fate === 'rejected');
      expect(line, `line ${r.line} (${r.defect})`).toBeDefined();
      expect(line.reason).toMatch(new RegExp(`[Ll]igne ${r.line}`));
    }
    expect(await people()).toBe(before);
  });

  it('applies a file, and applying the same file again changes nothing', async () => {
    const { content, ledger } = generateCsv({ referenceDate: TODAY, lines: 150, seed: 2, encoding: 'windows-1252', separator: ',', dateFormat: 'dd.mm.yyyy', headers: 'variant' });
    const before = await people();
    const dry = (await upload('export-sdd.csv', content)).json();
    expect(dry.counts.create).toBe(ledger.validLines.length);
    const applied = await apply(dry.id);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(await people()).toBe(before + ledger.validLines.length);
    expect((await apply(dry.id)).statusCode).toBe(409);

    const versionsBefore = await versions();
    const again = (await upload('export-sdd.csv', content)).json();
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: ledger.validLines.length });
    await apply(again.id);
    expect(await people()).toBe(before + ledger.validLines.length);
    expect(await versions()).toBe(versionsBefore);
    const accents = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from beneficiaries where last_name ~ '[éèëçï]' or first_names ~ '[éèëçï]'`));
    expect(accents[0]!.n).toBeGreaterThan(0);
  });

  it('reports the changed fields of a known person, and keeps the change in the history', async () => {
    const created = await t.request('POST', '/api/beneficiaries', officer, { lastName: 'Mise-à-jour', firstNames: 'Léon', birthDate: '1983-09-14', cafNumber: '5550001', phone: '0611223344' });
    expect(created.statusCode).toBe(201);
    const csv = 'Numéro allocataire;Nom;Prénom;Date de naissance;Téléphone\n5550001;MISE A JOUR;Léon;14/09/1983;04 90 11 22 33\n';
    const dry = (await upload('maj.csv', Buffer.from(csv))).json();
    expect(dry.lines[0].fate).toBe('update');
    expect(dry.lines[0].changedFields).toContain('phone');
    expect(dry.lines[0].changedFields).not.toContain('lastName');
    await apply(dry.id);
    const [version] = rowsOf<{ source: string; changes: Record<string, unknown> }>(await t.database.db.execute(sql`
      select source, changes from beneficiary_versions v join beneficiaries b on b.id = v.beneficiary_id where b.caf_number = '5550001' order by v.version desc limit 1`));
    expect(version).toMatchObject({ source: 'import', changes: { phone: { to: '+33490112233' } } });
    expect(version!.changes).not.toHaveProperty('lastName');
  });

  it('never merges an ambiguous match', async () => {
    await t.request('POST', '/api/beneficiaries', officer, { lastName: 'Homonyme', firstNames: 'Jean', birthDate: '1970-07-07' });
    // A second record of the same name and birth date, as an older system may have left.
    await t.database.db.execute(sql`insert into beneficiaries (department_id, last_name, first_names, birth_date)
      select department_id, last_name, first_names, birth_date from beneficiaries where last_name = 'Homonyme'`);
    const people2 = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from beneficiaries where last_name = 'Homonyme'`))[0]!.n;
    const csv = 'Nom;Prénom;Date de naissance\nHOMONYME;Jean;07/07/1970\n';
    const dry = (await upload('homonymes.csv', Buffer.from(csv))).json();
    expect(dry.lines[0].fate).toBe('rejected');
    expect(dry.lines[0].reason).toMatch(/correspondent/);
    expect(people2).toBe(2);
    await apply(dry.id);
    expect(rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from beneficiaries where last_name = 'Homonyme'`))[0]!.n).toBe(2);
  });

  it('reads XLSX files, and asks for a mapping when a required column is missing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Export');
    sheet.addRow(['N° allocataire', 'Nom', 'Prénoms', 'Col D', 'Ville']);
    sheet.addRow(['7654321', 'Xlsx', 'Camille', new Date(Date.UTC(1991, 1, 3)), 'Avignon']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const first = (await upload('export.xlsx', content)).json();
    expect(first.status).toBe('needs_mapping');
    expect(first.missingFields).toContain('birthDate');
    const mapped = (await upload('export.xlsx', content, { 'Col D': 'birthDate' })).json();
    expect(mapped.status).toBe('dry_run');
    expect(mapped.lines[0]).toMatchObject({ fate: 'create', person: 'XLSX Camille' });
  });

  it('streams its progress while applying, then the report', async () => {
    const { content, ledger } = generateCsv({ referenceDate: TODAY, lines: 1200, seed: 5 });
    const dry = (await upload('progression.csv', content)).json();
    const res = await t.request('POST', `/api/imports/${dry.id}/apply-stream`, officer);
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = res.body.trim().split('\n').map((l) => JSON.parse(l));
    const progress = lines.filter((l) => 'progress' in l).map((l) => l.progress as number);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(lines.at(-1).result).toMatchObject({ status: 'applied', counts: { create: ledger.validLines.length } });
  });

  it('refuses a file carrying the NIR, saying why', async () => {
    const { content } = generateCsv({ referenceDate: TODAY, lines: 10, seed: 3, nirColumn: true });
    const res = await upload('avec-nir.csv', content);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/NIR/);
  });

  it('writes nothing when the apply fails half-way', async () => {
    const { content, ledger } = generateCsv({ referenceDate: TODAY, lines: 200, seed: 4 });
    const dry = (await upload('crash.csv', content)).json();
    expect(dry.counts.create).toBe(ledger.validLines.length);
    const victim = dry.lines.filter((l: { fate: string }) => l.fate === 'create')[120].person.split(' ')[0];
    await t.database.db.execute(sql.raw(`
      create function crash_on_victim() returns trigger language plpgsql as $$
      begin if upper(new.last_name) = '${victim.replace(/'/g, "''")}' then raise exception 'injected failure'; end if; return new; end $$`));
    await t.database.db.execute(sql`create trigger crash_on_victim before insert on beneficiaries for each row execute function crash_on_victim()`);
    const before = [await people(), await versions()];
    const failed = await apply(dry.id);
    expect(failed.statusCode).toBe(500);
    expect(failed.body).not.toMatch(/injected|trigger|insert/i);
    expect([await people(), await versions()]).toEqual(before);
    await t.database.db.execute(sql`drop trigger crash_on_victim on beneficiaries`);
    const retried = await apply(dry.id);
    expect(retried.statusCode).toBe(200);
    expect(await people()).toBe(before[0]! + ledger.validLines.length);
  });

  it('imports the CAF/MSA monthly flux and never stores a NIR', async () => {
    const content = readFileSync('tests/fixtures/caf-flux-300.xml');
    const nirs = [...content.toString('latin1').matchAll(/<NIR>\s*([0-9A-B ]+?)\s*<\/NIR>/g)].map((m) => m[1]!.replace(/\s/g, ''));
    expect(nirs.length).toBeGreaterThan(100);
    const dry = (await upload('RSABEM-2026-11.xml', content)).json();
    expect(dry.kind).toBe('caf_flux');
    expect(dry.counts.create).toBeGreaterThan(250);
    const applied = (await apply(dry.id)).json();
    expect(applied.status).toBe('applied');
    const statuses = rowsOf<{ rights_status: string }>(await t.database.db.execute(sql`select distinct rights_status from beneficiaries where rights_status is not null`));
    expect(statuses.map((s) => s.rights_status).sort()).toEqual(['awaiting', 'closed', 'open', 'refused', 'suspended']);
    const dump = rowsOf<{ t: string }>(await t.database.db.execute(sql`
      select string_agg(row_to_json(b)::text, '') as t from beneficiaries b union all select string_agg(row_to_json(i)::text, '') from imports i
      union all select string_agg(row_to_json(a)::text, '') from audit_log a`)).map((r) => r.t).join('');
    for (const nir of nirs) expect(dump).not.toContain(nir);
  });
});
