import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportFileRefusedError } from './errors.js';
import { parseTabularFile } from './tabular.js';

const today = new Date('2026-01-15T10:00:00Z');

async function workbook(rows: ExcelJS.CellValue[][], sheetName = 'Bénéficiaires'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  wb.addWorksheet('Autre').addRow(['ignorée']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XLSX files', () => {
  it('reads the first sheet, with Date cells, numbers, rich text, links and formulas', async () => {
    const content = await workbook([
      ['N° allocataire', 'Nom', 'Prénom(s)', 'Date de naissance', 'Portable', 'Courriel', 'Code postal', "Date d'entrée dans les droits et devoirs"],
      [1234567, { richText: [{ text: 'Lefè' }, { text: 'vre' }] }, 'Zoé', new Date(Date.UTC(1990, 1, 1)), 612345678, { text: 'Zoe@Exemple.fr', hyperlink: 'mailto:Zoe@Exemple.fr' }, 84000, '15/03/2024'],
      [],
      ['0765432', 'Martin', 'Paul', '31/02/1990', '', '', { formula: '84000+10', result: 84010 }, new Date(Date.UTC(2024, 2, 15))],
      ['2345678', 'Durand', 'Luc', '03/04/1985', '', '', '84000', ''],
    ]);
    const result = await parseTabularFile(content, 'export.xlsx', { today });
    expect(result).toMatchObject({ format: 'xlsx', encoding: null, separator: null, missingFields: [], totalLines: 3 });
    expect(result.records[0]).toMatchObject({
      line: 2,
      cafNumber: '1234567',
      lastName: 'Lefèvre',
      birthDate: '1990-02-01',
      phone: '+33612345678',
      email: 'zoe@exemple.fr',
      postalCode: '84000',
      dutiesEntryDate: '2024-03-15',
    });
    expect(result.records[1]).toMatchObject({ line: 5, lastName: 'Durand', birthDate: '1985-04-03' });
    // The empty row 3 is skipped; the file's row numbers are kept.
    expect(result.rejections).toEqual([
      {
        line: 4,
        column: 'Date de naissance',
        field: 'birthDate',
        reason: 'Ligne 4, colonne « Date de naissance » : date invalide « 31/02/1990 » (attendu jj/mm/aaaa).',
      },
    ]);
  });

  it('refuses a workbook with a NIR column', async () => {
    const content = await workbook([
      ['Nom', 'Prénom', 'DDN', 'Numéro de sécurité sociale'],
      ['Martin', 'Léa', '01/01/1990', 2900184007123],
    ]);
    const error = await parseTabularFile(content, 'export.xlsx', { today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileRefusedError);
    expect((error as ImportFileRefusedError).column).toBe('Numéro de sécurité sociale');
  });
});
