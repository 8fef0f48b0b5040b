import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCsv, type CsvFixtureOptions } from '../../../../tests/fixtures/csv-generator.js';
import { encodeWindows1252 } from './encoding.js';
import { ImportFileRefusedError } from './errors.js';
import { ImportedPerson } from './records.js';
import { parseTabularFile } from './tabular.js';
import { romeCodesFromReference } from './values.js';

const today = new Date('2026-01-15T10:00:00Z');
const csv = (lines: string[], encoding: 'utf8' | 'windows-1252' = 'utf8') =>
  encoding === 'utf8' ? Buffer.from(lines.join('\r\n')) : encodeWindows1252(lines.join('\r\n'));
const HEADER = 'Numéro allocataire;Nom;Prénom(s);Date de naissance;Email;Code postal';

async function refusal(promise: Promise<unknown>): Promise<ImportFileRefusedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileRefusedError);
  return error as ImportFileRefusedError;
}

describe('CSV files from the generator', () => {
  const variants: CsvFixtureOptions[] = [
    { lines: 120, defectEvery: 6, emptyLineEvery: 25 },
    { lines: 120, defectEvery: 5, encoding: 'windows-1252', separator: ',', dateFormat: 'd/m/yyyy', headers: 'variant' },
    { lines: 120, defectEvery: 7, bom: true, separator: '\t', dateFormat: 'yyyy-mm-dd', lineBreak: '\n', seed: 7 },
    { lines: 120, defectEvery: 9, encoding: 'windows-1252', dateFormat: 'dd.mm.yyyy', emptyLineEvery: 10, seed: 13 },
    { lines: 120, defectEvery: 4, dateFormat: 'dd-mm-yyyy', headers: 'variant', seed: 21 },
  ];

  it.each(variants)('finds exactly the planned records and rejections (%o)', async (options) => {
    const { content, fileName, ledger } = generateCsv(options);
    const result = await parseTabularFile(content, fileName, { today });
    expect(result.format).toBe('csv');
    expect(result.encoding).toBe(options.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8');
    expect(result.separator).toBe(options.separator ?? ';');
    expect(result.missingFields).toEqual([]);
    expect(result.unknownColumns).toEqual(options.headers === 'variant' ? ['Observations'] : []);
    expect(result.totalLines).toBe(options.lines);
    expect(result.records.map((r) => r.line)).toEqual(ledger.validLines);
    expect(result.rejections.map((r) => [r.line, r.column])).toEqual(ledger.rejected.map((r) => [r.line, r.column]));
    for (const planned of ledger.rejected.filter((r) => r.duplicateOf)) {
      expect(result.rejections.find((r) => r.line === planned.line)?.reason).toBe(
        `Ligne ${planned.line} : doublon de la ligne ${planned.duplicateOf} (même numéro allocataire et même date de naissance).`,
      );
    }
    for (const record of result.records) expect(ImportedPerson.parse(record)).toEqual(record);
    // Couples share a CAF number: that is the household.
    expect(result.records.every((r) => r.householdKey === r.cafNumber)).toBe(true);
    expect(result.records.some((r) => r.householdRole === 'partner')).toBe(true);
  });

  it('decodes windows-1252 accents, apostrophes and ligatures', async () => {
    const content = csv([HEADER, '0123456;Cœurderoy;Zoé d’Arc;01/02/1990;;84000'], 'windows-1252');
    const result = await parseTabularFile(content, 'liste.csv', { today });
    expect(result.encoding).toBe('windows-1252');
    expect(result.records[0]).toMatchObject({ cafNumber: '0123456', lastName: 'Cœurderoy', firstNames: 'Zoé d’Arc', birthDate: '1990-02-01' });
  });
});

describe('line rejections', () => {
  const lines = (extra: string[]) => [HEADER, ...Array.from({ length: 10 }, (_, i) => `00000${i + 10};Martin;Léa;01/${String(i + 1).padStart(2, '0')}/1990;;84000`), ...extra];

  it('names the line and the column, in French', async () => {
    const result = await parseTabularFile(csv(lines(['7654321;Durand;Paul;31/02/1990;;84000'])), 'a.csv', { today });
    expect(result.rejections).toEqual([
      {
        line: 12,
        column: 'Date de naissance',
        field: 'birthDate',
        reason: 'Ligne 12, colonne « Date de naissance » : date invalide « 31/02/1990 » (attendu jj/mm/aaaa).',
      },
    ]);
  });

  it('gives one rejection per problem of a line', async () => {
    const result = await parseTabularFile(csv(lines([';;Paul;1990-13-01;paul@;8400'])), 'a.csv', { today });
    expect(result.rejections.map((r) => r.reason)).toEqual([
      'Ligne 12, colonne « Date de naissance » : date invalide « 1990-13-01 » (attendu jj/mm/aaaa).',
      'Ligne 12, colonne « Email » : adresse e-mail invalide « paul@ ».',
      'Ligne 12, colonne « Nom » : valeur obligatoire manquante (nom).',
    ]);
    expect(result.rejections.map((r) => r.field).sort()).toEqual(['birthDate', 'email', 'lastName']);
  });

  it('skips empty lines silently and keeps the file line numbers, even past a quoted line break', async () => {
    const content = csv([HEADER, '', '1111111;Martin;Léa;01/01/1990;;84000', ';;;;;', '"2222222";"Dupont', 'Jean";Paul;01/01/1991;;84000', '3333333;;Luc;01/01/1992;;84000']);
    const result = await parseTabularFile(content, 'a.csv', { today });
    expect(result.totalLines).toBe(3);
    expect(result.records.map((r) => [r.line, r.lastName])).toEqual([[3, 'Martin'], [5, 'Dupont Jean']]);
    expect(result.rejections.map((r) => r.line)).toEqual([7]);
  });

  it('rejects the second of two lines for the same person, naming the first', async () => {
    const content = csv([HEADER, '1111111;Lefèvre;Zoé;01/01/1990;;84000', '2222222;LEFEVRE;zoe;01/01/1990;;84000']);
    const result = await parseTabularFile(content, 'a.csv', { today });
    expect(result.records).toHaveLength(1);
    expect(result.rejections[0]?.reason).toBe('Ligne 3 : doublon de la ligne 2 (mêmes nom, prénom(s) et date de naissance).');
  });

  it('skips children and other household members, counting them', async () => {
    const content = csv(['N° allocataire;Nom;Prénom;DDN;Rôle', '1111111;Martin;Léa;01/01/1990;Demandeur', '1111111;Martin;Théo;01/01/2015;Enfant', '1111111;Martin;Paul;01/01/1988;Conjoint']);
    const result = await parseTabularFile(content, 'a.csv', { today });
    expect(result.records.map((r) => r.householdRole)).toEqual(['applicant', 'partner']);
    expect(result.skippedLines).toBe(1);
    expect(result.totalLines).toBe(3);
  });

  it('checks ROME codes against the reference list when given', async () => {
    const known = romeCodesFromReference(readFileSync('data/reference/rome-appellations.csv', 'utf8'));
    expect(known.has('M1607')).toBe(true);
    const content = csv(['Nom;Prénom;DDN;Code ROME', 'Martin;Léa;01/01/1990;m1607', 'Martin;Paul;01/01/1990;Z9999']);
    const result = await parseTabularFile(content, 'a.csv', { today, knownRomeCodes: known });
    expect(result.records.map((r) => r.targetRomeCode)).toEqual(['M1607']);
    expect(result.rejections[0]?.reason).toBe('Ligne 3, colonne « Code ROME » : code ROME inconnu « Z9999 ».');
  });
});

describe('column mapping', () => {
  it('reads nothing while a required field has no column, then follows the user mapping', async () => {
    const content = csv(['Matricule;Nom;Prénom usuel;Né(e) le;Observations', '1111111;Martin;Léa;01/01/1990;RAS']);
    const first = await parseTabularFile(content, 'a.csv', { today });
    expect(first.missingFields).toEqual(['firstNames']);
    expect(first.unknownColumns).toEqual(['Prénom usuel', 'Observations']);
    expect(first.records).toEqual([]);
    expect(first.rejections).toEqual([]);

    const second = await parseTabularFile(content, 'a.csv', { today, mapping: { 'Prénom usuel': 'firstNames', Observations: 'ignore' } });
    expect(second.missingFields).toEqual([]);
    expect(second.unknownColumns).toEqual([]);
    expect(second.records[0]).toMatchObject({ cafNumber: '1111111', firstNames: 'Léa', birthDate: '1990-01-01' });
  });

  it('joins address columns and takes the first filled phone column', async () => {
    const content = csv(['Nom;Prénom;DDN;N° de voie;Adresse;Complément adresse;Portable;Téléphone', 'Martin;Léa;01/01/1990;12;rue  des Lilas;Bât. B;;04 90 00 00 00']);
    const result = await parseTabularFile(content, 'a.csv', { today });
    expect(result.records[0]).toMatchObject({ addressLine: '12 rue des Lilas Bât. B', phone: '+33490000000' });
  });
});

describe('the NIR is refused, never kept', () => {
  const nir = '185057800608491'; // a fictitious NIR with a valid key
  const message = (h: string) =>
    `La colonne « ${h} » semble contenir le NIR (numéro de sécurité sociale) : Parcours ne le conserve jamais. Retirez cette colonne et recommencez.`;

  it('refuses a file with a NIR-named column', async () => {
    const error = await refusal(parseTabularFile(csv(['Nom;Prénom;DDN;N° sécurité sociale', 'Martin;Léa;01/01/1990;']), 'a.csv', { today }));
    expect(error.refusal).toBe('nir_column');
    expect(error.message).toBe(message('N° sécurité sociale'));
  });

  it('refuses a column whose values are NIRs, whatever its name or mapping', async () => {
    const content = csv(['Nom;Prénom;DDN;Référence', `Martin;Léa;01/01/1990;${nir}`, 'Durand;Paul;01/01/1990;1 85 05 78 006 084']);
    const error = await refusal(parseTabularFile(content, 'a.csv', { today, mapping: { Référence: 'ignore' } }));
    expect(error.message).toBe(message('Référence'));
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(nir);
  });

  it('refuses a generated file with a NIR column', async () => {
    const { content, fileName } = generateCsv({ lines: 20, nirColumn: true });
    expect((await refusal(parseTabularFile(content, fileName, { today }))).column).toBe('NIR');
  });

  it('never echoes a stray NIR in a rejection', async () => {
    const content = csv(['Nom;Prénom;DDN;Email;Observations', `Martin;Léa;01/01/1990;${nir};`, 'Durand;Paul;01/01/1990;paul@exemple.fr;a', 'Petit;Luc;01/01/1990;;b']);
    const result = await parseTabularFile(content, 'a.csv', { today });
    expect(result.rejections[0]?.reason).toBe('Ligne 2, colonne « Email » : adresse e-mail invalide (valeur masquée : elle ressemble à un NIR).');
    expect(JSON.stringify(result)).not.toContain(nir);
    expect(JSON.stringify(result)).not.toContain(nir.slice(0, 13));
  });
});

describe('whole-file refusals', () => {
  it('refuses old Excel, ODS and PDF files with a way out', async () => {
    expect((await refusal(parseTabularFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'liste.xls'))).refusal).toBe('unsupported_format');
    expect((await refusal(parseTabularFile(Buffer.from('PK'), 'liste.ods'))).message).toMatch(/\.ods n'est pas pris en charge/);
    expect((await refusal(parseTabularFile(Buffer.from('%PDF-1.7'), 'liste.pdf'))).refusal).toBe('unsupported_format');
  });

  it('refuses broken CSV quoting, an empty file and a corrupt XLSX', async () => {
    const broken = await refusal(parseTabularFile(csv([HEADER, '1;"Martin;Léa;01/01/1990;;84000']), 'a.csv'));
    expect(broken.refusal).toBe('unreadable');
    expect(broken.message).toMatch(/^Le fichier CSV est illisible/);
    expect((await refusal(parseTabularFile(Buffer.from('\r\n\r\n'), 'a.csv'))).refusal).toBe('empty');
    expect((await refusal(parseTabularFile(Buffer.from('PK\u0003\u0004garbage'), 'a.xlsx'))).refusal).toBe('unreadable');
  });
});
