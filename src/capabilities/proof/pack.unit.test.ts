import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { proofPack } from './document/fixtures.js';
import { attachmentPaths, contactLogCsv, slug, zipPack } from './pack.js';

describe('the justification pack archive', () => {
  it('names files in plain ASCII', () => {
    expect(slug('Benoît-Lefèvre Aïcha')).toBe('benoit-lefevre-aicha');
    expect(slug('« Atelier » CV & lettre !')).toBe('atelier-cv-lettre');
    expect(slug('★★★')).toBe('document');
  });

  it('puts each scan in its folder, numbered when two share a date and a title', () => {
    const pack = proofPack();
    pack.workshops.push({ ...pack.workshops[0]!, sheet: { fileId: 'f-other', mediaType: 'image/png', sha256: 'c'.repeat(64) } });
    pack.workshops.push({ ...pack.workshops[0]!, sheet: { fileId: 'f-third', mediaType: 'application/pdf', sha256: 'd'.repeat(64) } });
    expect([...attachmentPaths(pack).values()]).toEqual([
      'feuilles-emargement/2026-10-14-atelier-cv.pdf',
      'feuilles-emargement/2026-10-14-atelier-cv.png',
      'feuilles-emargement/2026-10-14-atelier-cv-2.pdf',
      'contrats/2026-09-10-cer-n-1.jpg',
    ]);
  });

  it('writes the log as a French spreadsheet expects it, quoting what must be and never handing it a formula', async () => {
    const pack = proofPack({
      contacts: [
        { on: '2026-09-03', modality: 'Téléphone', durationMinutes: 15, staff: 'Dubois; Claire "CD"', status: 'Réalisé' },
        { on: '2026-09-10', modality: null, durationMinutes: null, staff: '=HYPERLINK("http://x";"y")', status: '@SUM(A1)' },
      ],
    });
    expect((await contactLogCsv(pack)).toString('utf8')).toBe(
      '\uFEFFDate;Modalité;Durée (minutes);Intervenant·e;Statut\r\n'
      + '2026-09-03;Téléphone;15;"Dubois; Claire ""CD""";Réalisé\r\n'
      + '2026-09-10;;;"\'=HYPERLINK(""http://x"";""y"")";\'@SUM(A1)\r\n',
    );
  });

  it('holds the log, its CSV and every cited scan byte for byte', async () => {
    const sheet = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]);
    const contract = new Uint8Array([0xff, 0xd8, 0xff, 9, 9]);
    const zip = unzipSync(await zipPack(proofPack(), new Uint8Array([1, 2]), new Map([['f-sheet', sheet], ['f-contract', contract]])));
    expect(Object.keys(zip).sort()).toEqual([
      'contrats/2026-09-10-cer-n-1.jpg', 'feuilles-emargement/2026-10-14-atelier-cv.pdf', 'journal-des-contacts.csv', 'journal-des-contacts.pdf',
    ]);
    expect(zip['feuilles-emargement/2026-10-14-atelier-cv.pdf']).toEqual(sheet);
    expect(zip['contrats/2026-09-10-cer-n-1.jpg']).toEqual(contract);
    expect(strFromU8(zip['journal-des-contacts.csv']!)).toContain('2026-10-08;;;Claire Dubois;Absence non excusée');
  });

  it('refuses to leave out a scan the log cites', async () => {
    await expect(zipPack(proofPack(), new Uint8Array(), new Map())).rejects.toThrow(/f-sheet/);
  });
});
