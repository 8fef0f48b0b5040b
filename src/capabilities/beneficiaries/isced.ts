import type { ISCED_LEVELS } from '../../shared/beneficiaries.js';

type Isced = (typeof ISCED_LEVELS)[number];

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The FSE+ education band (ISCED 0-2, 3-4, 5-8) of a diploma as French files write it: the 2019
 * nomenclature (niveau 1 to 8), the older one (VI to I), or the diploma's name. Null when the
 * text says nothing recognisable: the referent then picks the band.
 */
export function iscedOfDiploma(text: string | null | undefined): Isced | null {
  if (!text) return null;
  const t = fold(text);
  const level = /niveau\s*([1-8])\b/.exec(t)?.[1];
  if (level) return Number(level) <= 2 ? 'isced_0_2' : Number(level) <= 4 ? 'isced_3_4' : 'isced_5_8';
  const roman = /niveau\s*(vi|v\s*bis|v|iv|iii|ii|i)\b/.exec(t)?.[1]?.replace(/\s/g, '');
  if (roman) return roman === 'vi' || roman === 'vbis' ? 'isced_0_2' : roman === 'v' || roman === 'iv' ? 'isced_3_4' : 'isced_5_8';
  if (/doctorat|master|licence|bac\s*\+\s*[2-8]|bts|dut|but\b|deug|dees|ingenieur|maitrise|dess|dea\b/.test(t)) return 'isced_5_8';
  if (/\bbac|baccalaureat|brevet professionnel|\bbp\b|\bbt\b|\bcap\b|\bbep\b|mention complementaire|titre professionnel|daeu/.test(t)) return 'isced_3_4';
  if (/sans diplome|aucun diplome|non diplome|brevet des colleges|\bdnb\b|\bbepc\b|certificat d.etudes|\bcfg\b|3e|3eme|troisieme|primaire|college|non scolarise/.test(t)) return 'isced_0_2';
  return null;
}
