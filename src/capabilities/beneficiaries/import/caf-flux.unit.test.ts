import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cafFluxParts, generateCafFlux } from '../../../../tests/fixtures/caf-generator.js';
import { WANTED } from './caf-blocks.js';
import { parseCafFlux, readCafFlux } from './caf-flux.js';
import { encodeWindows1252 } from './encoding.js';
import { CafFluxError } from './errors.js';
import { ImportedPerson } from './records.js';

const today = new Date('2026-01-15T10:00:00Z');
const samples = 'data/reference/caf';
const FIXTURE = 'tests/fixtures/caf-flux-300.xml';
const SAMPLE_NIRS = ['2820251108030', '1770393050005', '2730799404078', '1810693050030'];

/** Bytes in small chunks, so values and multi-byte characters straddle chunk boundaries. */
function chunked(bytes: Buffer, size: number): Readable {
  return Readable.from((function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  })());
}

async function failure(promise: Promise<unknown>): Promise<CafFluxError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CafFluxError);
  return error as CafFluxError;
}

describe('the reference samples', () => {
  it('RSABEM.xml: two households, closed and payment-suspended, all partners (CJT)', async () => {
    const flux = await readCafFlux(createReadStream(`${samples}/RSABEM.xml`), { today });
    expect(flux.header).toEqual({
      application: 'CRI', organism: 'CAF', applicationVersion: '6200', fluxType: 'M', fluxNature: 'D',
      createdOn: '2022-03-05', createdAt: '01:18:36.0000', referenceDate: '2022-02-28',
    });
    expect(flux.totals).toEqual({ households: 2, persons: 3, skippedPersons: 0, rejections: 0 });
    // The sample's trailer says 1 household for 2: reported, not fatal.
    expect(flux.warnings).toEqual(['Le flux annonce 1 foyer(s) (NBTOTDOSRSATRANSM) mais en contient 2.']);
    expect(flux.records.map((p) => [p.line, p.lastName, p.firstNames, p.birthDate, p.householdRole, p.rightsStatus, p.dutiesApplicable])).toEqual([
      [1, 'TIFOUR', 'SOPHIE', '1982-02-01', 'partner', 'closed', true],
      [1, 'KELLER', 'NOEL', '1977-03-23', 'partner', 'closed', false],
      [2, 'BULLOCK', 'ETA', '1973-07-21', 'partner', 'suspended', true],
    ]);
    expect(flux.records[0]).toEqual({
      line: 1, cafNumber: '205599000000000', cafOrganism: 'CAF', franceTravailId: '1253359X', civility: 'mme',
      lastName: 'TIFOUR', birthName: 'TIFOUR', firstNames: 'SOPHIE', birthDate: '1982-02-01', gender: 'woman',
      phone: null, email: null, addressLine: '25 RUE HENRI BARBUSSE', postalCode: '92300', communeName: 'LEVALLOIS PERRET',
      communeCode: '92044', noFixedAddress: false, householdKey: 'CAF:205599000000000', householdRole: 'partner',
      rightsStatus: 'closed', rightsStatusCode: '5', suspensionReason: null, closureReason: 'PCG', closedOn: '2021-11-30',
      rightsRequestedOn: '2018-08-06', dutiesApplicable: true, dutiesEntryDate: null, educationLevel: null, targetRomeCode: null,
    });
    expect(flux.records[2]).toMatchObject({ rightsStatusCode: '4', suspensionReason: '06', closureReason: null, closedOn: null });
  });

  it('RSABEM-ouvert.xml: one open household', async () => {
    const flux = await readCafFlux(createReadStream(`${samples}/RSABEM-ouvert.xml`), { today });
    expect(flux.warnings).toEqual([]);
    expect(flux.records).toHaveLength(1);
    expect(flux.records[0]).toMatchObject({ lastName: 'BULLOCK', rightsStatus: 'open', rightsStatusCode: '2', dutiesApplicable: true });
  });

  it('RSABEI_invalid.xml (no DonneesAdministratives nor PrestationRSA): the person is kept, the gaps are warned', async () => {
    const flux = await readCafFlux(createReadStream(`${samples}/RSABEI_invalid.xml`), { today });
    expect(flux.header?.fluxType).toBe('I');
    expect(flux.records[0]).toMatchObject({
      lastName: 'xxxxx', birthDate: '1981-06-10', householdRole: 'partner', dutiesApplicable: false,
      rightsStatus: null, rightsStatusCode: null, addressLine: null, postalCode: null,
    });
    expect(flux.rejections).toEqual([]);
    expect(flux.warnings).toEqual([
      'Foyer n° 1 : état du dossier RSA absent (ETATDOSRSA).',
      'Foyer n° 1 : adresse actuelle absente (Adresse de rang 01).',
    ]);
  });

  it('captures no NIR element by construction', () => {
    const captured = Object.values(WANTED).flatMap((set) => [...set]);
    expect(captured.length).toBeGreaterThan(30);
    expect(captured.filter((path) => /NIR|Rattachement/.test(path))).toEqual([]);
  });

  it('drops every NIR while parsing', async () => {
    for (const file of ['RSABEM.xml', 'RSABEM-ouvert.xml', 'RSABEI_invalid.xml']) {
      const items = [];
      for await (const item of parseCafFlux(createReadStream(`${samples}/${file}`), { today })) items.push(item);
      const json = JSON.stringify(items);
      for (const nir of SAMPLE_NIRS) expect(json).not.toContain(nir);
    }
  });
});

describe('the 300-household fixture', () => {
  it('is what the generator makes today (regenerate with: npx tsx tests/fixtures/caf-generator.ts)', () => {
    expect(generateCafFlux({ households: 300 }).bytes.equals(readFileSync(FIXTURE))).toBe(true);
  });

  it('yields the planned households, persons and statuses, and no NIR', async () => {
    const { ledger } = generateCafFlux({ households: 300 });
    const flux = await readCafFlux(createReadStream(FIXTURE, { highWaterMark: 4096 }), { today });
    expect(flux.totals).toEqual({
      households: 300,
      persons: ledger.applicants + ledger.partners,
      skippedPersons: ledger.children + ledger.others,
      rejections: 0,
    });
    expect(flux.warnings).toEqual([]);
    const byStatus: Record<string, number> = {};
    for (const h of flux.households) byStatus[h.rightsStatusCode ?? '?'] = (byStatus[h.rightsStatusCode ?? '?'] ?? 0) + 1;
    expect(byStatus).toEqual(ledger.byStatus);
    expect(Object.keys(byStatus).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    const personsByStatus: Record<string, number> = {};
    for (const p of flux.records) personsByStatus[p.rightsStatusCode ?? '?'] = (personsByStatus[p.rightsStatusCode ?? '?'] ?? 0) + 1;
    expect(personsByStatus).toEqual(ledger.personsByStatus);
    expect(flux.households.filter((h) => h.organism === 'MSA')).toHaveLength(ledger.organisms.MSA);
    expect(flux.households.filter((h) => h.noFixedAddress)).toHaveLength(ledger.noFixedAddress);
    for (const p of flux.records) expect(ImportedPerson.parse(p)).toEqual(p);
    expect(flux.records.every((p) => p.communeCode?.startsWith('84') && p.postalCode?.startsWith('84'))).toBe(true);
    expect(flux.records.some((p) => /[ÉÈÊËÏÎÔÖÜÇŒ]/.test(p.lastName + p.firstNames))).toBe(true);
    // Suspended and closed households carry their reasons.
    expect(flux.households.filter((h) => ['3', '4'].includes(h.rightsStatusCode ?? '')).every((h) => h.suspensionReason)).toBe(true);
    expect(flux.households.filter((h) => ['5', '6'].includes(h.rightsStatusCode ?? '')).every((h) => h.closureReason && h.closedOn)).toBe(true);

    const json = JSON.stringify(flux);
    expect(ledger.nirs.length).toBeGreaterThan(300);
    for (const nir of ledger.nirs) {
      expect(json).not.toContain(nir);
      expect(json).not.toContain(nir.slice(0, 13));
    }
  });

  it('streams a larger flux without holding it: households come out while the input is still being produced', async () => {
    let produced = 0;
    const parts = cafFluxParts({ households: 3000, seed: 3 });
    const input = Readable.from((function* () {
      for (const part of parts) {
        produced++;
        yield encodeWindows1252(part);
      }
    })());
    let households = 0;
    let producedAtFirst = -1;
    for await (const item of parseCafFlux(input, { today })) {
      if (item.kind !== 'household') continue;
      if (households++ === 0) producedAtFirst = produced;
    }
    expect(households).toBe(3000);
    expect(producedAtFirst).toBeLessThan(100);
  });
});

describe('household rules', () => {
  it('rejects a person missing a required field, keeps the rest of the household', async () => {
    const { bytes, ledger } = generateCafFlux({ households: 40, defectEvery: 10, seed: 5 });
    const flux = await readCafFlux(chunked(bytes, 97), { today });
    expect(ledger.defectiveHouseholds).toBe(4);
    expect(flux.rejections.map((r) => [r.line, r.column, r.field])).toEqual([
      [10, 'PRENOM', 'firstNames'],
      [20, 'DTNAI', 'birthDate'],
      [30, 'PRENOM', 'firstNames'],
      [40, 'DTNAI', 'birthDate'],
    ]);
    expect(flux.rejections[0]?.reason).toMatch(/^Foyer n° 10 \((CAF|MSA) \d{15}\), personne n° 1 : valeur obligatoire manquante : prénom \(PRENOM\)\.$/);
    expect(flux.rejections[1]?.reason).toMatch(/: date de naissance invalide « \d{4}-02-30 » \(DTNAI, attendu AAAA-MM-JJ\)\.$/);
    expect(flux.totals.persons).toBe(ledger.applicants + ledger.partners - 4);
  });

  it("prefers the person's duties flag, the current address (RGADR 01) and the latest suspension", async () => {
    const xml = `<?xml version="1.0" encoding="windows-1252"?>
<Racine><IdentificationFlux><APPLIEME>AGO</APPLIEME><TYPEFLUX>M</TYPEFLUX><DTCREAFLUX>2025-01-05</DTCREAFLUX><DTREF>2024-12-31</DTREF></IdentificationFlux>
<InfosFoyerRSA><IdentificationRSA><Organisme><FONORG>MSA</FONORG><NUMORG>084</NUMORG><MATRICULE>000123400000000</MATRICULE></Organisme></IdentificationRSA>
<Personne><Identification><QUAL>MME</QUAL><NOM> CŒUR  </NOM><NOMNAI>DUPRÉ</NOMNAI><PRENOM>ANAÏS</PRENOM><PRENOM2>MARIE</PRENOM2><PRENOM3>LÉA</PRENOM3><DTNAI>1990-05-06</DTNAI><NIR>2900584007123</NIR><SEXE>2</SEXE></Identification>
<Prestations><NATPREST>PFA</NATPREST><ROLEPERS>CJT</ROLEPERS></Prestations><Prestations><NATPREST>RSA</NATPREST><ROLEPERS>DEM</ROLEPERS></Prestations>
<Rattachement><NOMNAI>AUTRE</NOMNAI><PRENOM>X</PRENOM><DTNAI>1950-01-01</DTNAI><NIR>1500184007123</NIR></Rattachement></Personne>
<Personne><Identification><NOM>CŒUR</NOM><PRENOM>THÉO</PRENOM><DTNAI>1988-01-01</DTNAI><SEXE>1</SEXE></Identification>
<Prestations><NATPREST>RSA</NATPREST><ROLEPERS>CJT</ROLEPERS></Prestations><MontantCalculDroitRSAPersonne><TOPPERSDRODEVORSA>0</TOPPERSDRODEVORSA></MontantCalculDroitRSAPersonne></Personne>
<Personne><Identification><NOM>CŒUR</NOM><PRENOM>LOU</PRENOM><DTNAI>2015-01-01</DTNAI></Identification><Prestations><NATPREST>RSA</NATPREST><ROLEPERS>ENF</ROLEPERS></Prestations></Personne>
<DonneesAdministratives>
<Adresse><TroncCommunAdresse><RGADR>02</RGADR></TroncCommunAdresse><AdresseDetailleeFrance><NUMVOIE>1</NUMVOIE><NOMVOIE>ANCIENNE</NOMVOIE><NUMCOM>13055</NUMCOM><CODEPOS>13001</CODEPOS><NOMCOM>MARSEILLE</NOMCOM></AdresseDetailleeFrance></Adresse>
<Adresse><TroncCommunAdresse><RGADR>01</RGADR></TroncCommunAdresse><AdresseDetailleeFrance><COMPLADR>BAT  B</COMPLADR><NUMVOIE>0012</NUMVOIE><LIBTYPEVOIE>RUE</LIBTYPEVOIE><NOMVOIE>DES LAVANDES</NOMVOIE><LIEUDIST /><NUMCOM>84007</NUMCOM><CODEPOS>84000</CODEPOS><NOMCOM>AVIGNON</NOMCOM></AdresseDetailleeFrance></Adresse>
</DonneesAdministratives>
<PrestationRSA><SituationDossierRSA><EtatDossierRSA><ETATDOSRSA>4</ETATDOSRSA></EtatDossierRSA>
<SuspensionVersement><MOTISUSVERSRSA>01</MOTISUSVERSRSA><DDSUSVERSRSA>2024-01-01</DDSUSVERSRSA></SuspensionVersement>
<SuspensionVersement><MOTISUSVERSRSA>CG</MOTISUSVERSRSA><DDSUSVERSRSA>2024-11-01</DDSUSVERSRSA></SuspensionVersement></SituationDossierRSA>
<DetailDroitRSA><TroncCommunDroitRSA><TOPSANSDOMFIXE>1</TOPSANSDOMFIXE><TOPFOYDRODEVORSA>1</TOPFOYDRODEVORSA></TroncCommunDroitRSA></DetailDroitRSA></PrestationRSA>
</InfosFoyerRSA></Racine>`;
    const flux = await readCafFlux(chunked(encodeWindows1252(xml), 13), { today });
    expect(flux.header?.organism).toBe('MSA');
    expect(flux.totals).toMatchObject({ persons: 2, skippedPersons: 1 });
    const [applicant, partner] = flux.records;
    expect(applicant).toMatchObject({
      lastName: 'CŒUR', birthName: 'DUPRÉ', firstNames: 'ANAÏS MARIE LÉA', householdRole: 'applicant', civility: 'mme',
      cafOrganism: 'MSA', cafNumber: '000123400000000', householdKey: 'MSA:000123400000000',
      addressLine: '12 RUE DES LAVANDES BAT B', postalCode: '84000', communeCode: '84007', communeName: 'AVIGNON',
      noFixedAddress: true, suspensionReason: 'CG', dutiesApplicable: true, birthDate: '1990-05-06',
    });
    expect(partner).toMatchObject({ firstNames: 'THÉO', civility: null, gender: 'man', householdRole: 'partner', dutiesApplicable: false });
    expect(JSON.stringify(flux)).not.toMatch(/2900584007123|1500184007123|AUTRE|1950-01-01/);
  });

  it('reads a flux that declares UTF-8', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><Racine><InfosFoyerRSA><Personne><Identification><NOM>ÉLOÏSE</NOM><PRENOM>ZOÉ</PRENOM><DTNAI>1990-01-01</DTNAI></Identification><Prestations><NATPREST>RSA</NATPREST><ROLEPERS>DEM</ROLEPERS></Prestations></Personne></InfosFoyerRSA></Racine>';
    const flux = await readCafFlux(chunked(Buffer.from(xml, 'utf8'), 5), { today });
    expect(flux.records[0]).toMatchObject({ lastName: 'ÉLOÏSE', firstNames: 'ZOÉ' });
    expect(flux.warnings).toContain("Le flux n'a pas d'en-tête (IdentificationFlux) : sa date de référence est inconnue.");
  });
});

describe('malformed files', () => {
  it('stops with the line of a broken tag', async () => {
    const xml = '<?xml version="1.0" encoding="windows-1252"?>\n<Racine>\n<InfosFoyerRSA>\n<Personne>\n</InfosFoyerRSA>\n</Racine>\n';
    const error = await failure(readCafFlux(Readable.from([Buffer.from(xml)])));
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/^Le fichier XML est mal formé à la ligne 5, colonne \d+ \(.+\)\. Demandez un nouvel envoi du flux à la CAF ou à la MSA\.$/);
  });

  it('stops on a truncated file, after yielding the households before the cut', async () => {
    const bytes = readFileSync(FIXTURE);
    let households = 0;
    const error = await failure((async () => {
      for await (const item of parseCafFlux(chunked(bytes.subarray(0, Math.floor(bytes.length / 2)), 65536), { today })) {
        if (item.kind === 'household') households++;
      }
    })());
    expect(households).toBeGreaterThan(100);
    expect(error.message).toMatch(/^Le fichier XML est mal formé/);
  });

  it('refuses another XML document, an empty file, an unknown encoding', async () => {
    expect((await failure(readCafFlux(Readable.from([Buffer.from('<html><body/></html>')])))).message).toBe(
      "Ce fichier n'est pas un flux bénéficiaires RSA de la CAF ou de la MSA : son élément racine est « html » au lieu de « Racine ».",
    );
    expect((await failure(readCafFlux(Readable.from([Buffer.from('  \n')])))).message).toBe('Le fichier est vide : aucun flux CAF/MSA à lire.');
    expect((await failure(readCafFlux(Readable.from([Buffer.from('<?xml version="1.0" encoding="EBCDIC"?><Racine/>')])))).message).toMatch(/^Encodage « EBCDIC » non pris en charge/);
  });
});
