import { describe, expect, it } from 'vitest';
import {
  parseBirthDate,
  parseCivility,
  parseDate,
  parseEmail,
  parseGender,
  parsePhone,
  parsePostalCode,
  parseRightsStatus,
  parseRomeCode,
  parseYesNo,
  quote,
} from './values.js';

const today = new Date('2026-01-15T10:00:00Z');
const value = <T>(p: { ok: true; value: T } | { ok: false; problem: string }) => (p.ok ? p.value : `KO: ${p.problem}`);

describe('dates', () => {
  it.each([
    ['01/02/1990', '1990-02-01'],
    ['1/2/1990', '1990-02-01'],
    ['01-02-1990', '1990-02-01'],
    ['01.02.1990', '1990-02-01'],
    ['1990-02-01', '1990-02-01'],
    [' 29/02/2000 ', '2000-02-29'],
    ['01/02/1990 00:00:00', '1990-02-01'],
    ['1990-02-01T00:00:00Z', '1990-02-01'],
  ])('reads %s', (raw, iso) => expect(value(parseDate(raw))).toBe(iso));

  it('reads spreadsheet Date cells in UTC', () => {
    expect(value(parseDate(new Date(Date.UTC(1985, 11, 31))))).toBe('1985-12-31');
  });

  it.each(['31/02/1990', '29/02/2001', '00/01/1990', '12/13/1990', '1990/02/01', '01/02/90', 'demain', '1990-02-30'])(
    'refuses %s with the French expectation',
    (raw) => expect(value(parseDate(raw))).toBe(`KO: date invalide « ${raw} » (attendu jj/mm/aaaa)`),
  );

  it('refuses birth dates in the future or more than 120 years ago', () => {
    expect(value(parseBirthDate('16/01/2026', today))).toBe('KO: date de naissance dans le futur « 16/01/2026 »');
    expect(value(parseBirthDate('15/01/2026', today))).toBe('2026-01-15');
    expect(value(parseBirthDate('14/01/1906', today))).toBe('KO: date de naissance trop ancienne « 14/01/1906 » (plus de 120 ans)');
    expect(value(parseBirthDate('15/01/1906', today))).toBe('1906-01-15');
  });
});

describe('contact details', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['612345678', '+33612345678'], // a spreadsheet dropped the leading zero
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)4 90 12 34 56', '+33490123456'],
    ['0033 4 90 12 34 56', '+33490123456'],
    ['0692 12 34 56', '+262692123456'],
    ['+41 22 123 45 67', '+41 22 123 45 67'],
  ])('normalises the phone %s', (raw, expected) => expect(value(parsePhone(raw))).toBe(expected));

  it('refuses a phone that is no number', () => {
    expect(value(parsePhone('inconnu'))).toBe('KO: numéro de téléphone invalide « inconnu »');
  });

  it('lower-cases and validates e-mails', () => {
    expect(value(parseEmail(' Zoe.Lefevre@Exemple.FR '))).toBe('zoe.lefevre@exemple.fr');
    expect(value(parseEmail('mailto:a@b.fr'))).toBe('a@b.fr');
    expect(value(parseEmail('zoe@@exemple'))).toBe('KO: adresse e-mail invalide « zoe@@exemple »');
  });

  it('wants five-digit postal codes, restoring a zero a spreadsheet dropped', () => {
    expect(value(parsePostalCode('84 000'))).toBe('84000');
    expect(value(parsePostalCode('1000'))).toBe('01000');
    expect(value(parsePostalCode('840'))).toBe('KO: code postal invalide « 840 » (attendu 5 chiffres)');
  });
});

describe('codes and words', () => {
  it('reads ROME codes, with or without their label', () => {
    expect(value(parseRomeCode('m1607'))).toBe('M1607');
    expect(value(parseRomeCode('M1607 - Secrétariat'))).toBe('M1607');
    expect(value(parseRomeCode('Boulanger'))).toMatch(/^KO: code ROME invalide « Boulanger »/);
    expect(value(parseRomeCode('Z9999', new Set(['M1607'])))).toBe('KO: code ROME inconnu « Z9999 »');
  });

  it('reads civilities, sexes and yes/no the way people write them', () => {
    expect(['M.', 'Monsieur', 'MR', 'm'].map((v) => value(parseCivility(v)))).toEqual(['m', 'm', 'm', 'm']);
    expect(['Mme', 'Madame', 'MME', 'Mlle'].map((v) => value(parseCivility(v)))).toEqual(['mme', 'mme', 'mme', 'mme']);
    expect(value(parseCivility('Dr'))).toBe('KO: civilité non reconnue « Dr » (attendu M. ou Mme)');
    expect(['F', 'femme', 'Féminin', 'H', 'Homme', 'M'].map((v) => value(parseGender(v)))).toEqual(['woman', 'woman', 'woman', 'man', 'man', 'man']);
    expect(['oui', 'O', '1', 'X', 'Non', 'n', '0'].map((v) => value(parseYesNo(v)))).toEqual([true, true, true, true, false, false, false]);
  });

  it('reads a rights status as a CAF code or as words', () => {
    const status = (raw: string) => {
      const p = parseRightsStatus(raw);
      return p.ok ? `${p.value.status}/${p.value.code}` : 'KO';
    };
    expect(['0', '1', '2', '3', '4', '5', '6'].map(status)).toEqual([
      'awaiting/0', 'refused/1', 'open/2', 'suspended/3', 'suspended/4', 'closed/5', 'closed/6',
    ]);
    expect(['Droit ouvert et versable', 'Ouvert - versement suspendu', 'Clôturé', 'En attente de décision', 'Refusé'].map(status)).toEqual([
      'open/null', 'suspended/null', 'closed/null', 'awaiting/null', 'refused/null',
    ]);
    expect(status('peut-être')).toBe('KO');
  });

  it('never quotes a NIR back in a message', () => {
    expect(quote('1 85 05 78 006 084 36')).toBe('(valeur masquée : elle ressemble à un NIR)');
    expect(quote('ABC')).toBe('« ABC »');
  });
});
