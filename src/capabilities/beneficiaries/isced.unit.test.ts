import { describe, expect, it } from 'vitest';
import { iscedOfDiploma } from './isced.js';

describe('ISCED band of a French diploma', () => {
  it.each([
    ['Sans diplôme', 'isced_0_2'],
    ['Brevet des collèges', 'isced_0_2'],
    ['Niveau 3ème', 'isced_0_2'],
    ['Niveau VI', 'isced_0_2'],
    ['CAP/BEP', 'isced_3_4'],
    ['Baccalauréat', 'isced_3_4'],
    ['Niveau 4 (bac)', 'isced_3_4'],
    ['Niveau V', 'isced_3_4'],
    ['Titre professionnel agent de propreté', 'isced_3_4'],
    ['Bac+2', 'isced_5_8'],
    ['BTS comptabilité', 'isced_5_8'],
    ['Licence', 'isced_5_8'],
    ['Niveau 7', 'isced_5_8'],
    ['Niveau III', 'isced_5_8'],
  ])('%s → %s', (text, band) => {
    expect(iscedOfDiploma(text)).toBe(band);
  });

  it('says nothing when the text is not a diploma it knows', () => {
    expect(iscedOfDiploma('Permis B')).toBeNull();
    expect(iscedOfDiploma('')).toBeNull();
    expect(iscedOfDiploma(null)).toBeNull();
  });
});
