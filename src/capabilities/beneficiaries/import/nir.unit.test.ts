import { describe, expect, it } from 'vitest';
import { headerLooksLikeNir, looksLikeNir, valuesLookLikeNir } from './nir.js';

// 1 85 05 78 006 084 + key 97 - (1850578006084 mod 97)
const body = '1850578006084';
const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');

describe('NIR values', () => {
  it('recognises 13- and 15-character NIRs, spaced or not, Corsican ones too', () => {
    expect(looksLikeNir(body)).toBe(true);
    expect(looksLikeNir(`${body}${key}`)).toBe(true);
    expect(looksLikeNir(`1 85 05 78 006 084 ${key}`)).toBe(true);
    expect(looksLikeNir('2 73 07 2A 404 078')).toBe(true);
    expect(looksLikeNir('7 85 05 78 006 084')).toBe(true);
  });

  it('does not mistake CAF matricules, phones or postcodes for NIRs', () => {
    expect(looksLikeNir('205599000000000')).toBe(false); // 15 digits, but key 00 is impossible
    expect(looksLikeNir('1234567')).toBe(false);
    expect(looksLikeNir('0612345678')).toBe(false);
    expect(looksLikeNir('+33612345678')).toBe(false);
    expect(looksLikeNir('84000')).toBe(false);
    expect(looksLikeNir('3850578006084')).toBe(false); // first digit 3
    expect(looksLikeNir('1851378006084')).toBe(false); // month 13
  });

  it('calls a column a NIR column when most of its filled values are NIRs', () => {
    expect(valuesLookLikeNir([body, `${body}${key}`, '', 'inconnu'])).toBe(true);
    expect(valuesLookLikeNir([body, ''])).toBe(true);
    expect(valuesLookLikeNir([body, 'a'])).toBe(false);
    expect(valuesLookLikeNir(['', ' '])).toBe(false);
  });
});

describe('NIR headers', () => {
  it.each(['NIR', 'N° sécurité sociale', 'Numéro de sécurité sociale', 'NNI', 'N° SS', 'Numéro de sécu', 'N° INSEE', 'num_secu', 'NIR (clé)', 'Social security number'])(
    'flags « %s »',
    (header) => expect(headerLooksLikeNir(header)).toBe(true),
  );

  it.each(['Code INSEE', 'Code INSEE commune', 'Nom', "Projet d'avenir", 'Numéro allocataire', 'Code ROME', 'Commune (INSEE)'])(
    'leaves « %s » alone',
    (header) => expect(headerLooksLikeNir(header)).toBe(false),
  );
});
