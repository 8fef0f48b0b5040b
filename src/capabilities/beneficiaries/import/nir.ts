/**
 * Recognising the NIR (numéro de sécurité sociale) so that it is refused, never kept (CNIL
 * référentiel for social accompaniment). Nothing here returns or stores a NIR: only yes/no.
 */

// sex (1/2, 7/8 for temporary numbers), year, month, département (2A/2B for Corsica), commune,
// order, then an optional 2-digit key.
const NIR_SHAPE = /^([1278])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})?$/;

function plausibleMonth(month: number): boolean {
  // 20-42 and 50-99 are the fictitious months INSEE gives when the birth month is unknown.
  return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
}

function keyMatches(body: string, key: string): boolean {
  const numeric = body.replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(numeric) % 97n) === Number(key);
}

/**
 * A 13- or 15-character NIR, spaces allowed. A 15-digit value without spaces must also carry a
 * valid key: CAF matricules are 15 zero-padded digits too and must not pass for NIRs.
 */
export function looksLikeNir(raw: string): boolean {
  const trimmed = raw.trim();
  if (trimmed.length < 13 || trimmed.length > 24) return false;
  const compact = trimmed.replace(/[\s.\u00a0-]/g, '').toUpperCase();
  const m = NIR_SHAPE.exec(compact);
  if (!m) return false;
  if (!plausibleMonth(Number(m[3]))) return false;
  const key = m[7];
  if (key === undefined) return true;
  if (keyMatches(compact.slice(0, 13), key)) return true;
  // Written in the usual groups ("1 85 05 78 006 084 36"): someone typed a NIR, key or not.
  return compact.length !== trimmed.length;
}

function headerTokens(header: string): string[] {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const NUMBER_WORDS = new Set(['n', 'no', 'num', 'numero', 'nr', 'matricule', 'identifiant', 'id']);
const PLACE_WORDS = new Set(['code', 'commune', 'ville', 'cog', 'localite', 'lieu', 'naissance']);

/** NIR, N° sécurité sociale, numéro de sécu, NNI, N° SS, numéro INSEE (of a person)… */
export function headerLooksLikeNir(header: string): boolean {
  const tokens = headerTokens(header);
  const compact = tokens.join('');
  if (tokens.some((t) => ['nir', 'nirpp', 'nni', 'nss', 'ssn', 'secu', 'numsecu'].includes(t))) return true;
  if (/securitesociale|secusociale|socialsecurity|numerodesecu/.test(compact)) return true;
  if (tokens.includes('ss') && tokens.some((t) => NUMBER_WORDS.has(t))) return true;
  if (tokens.includes('insee') && tokens.some((t) => NUMBER_WORDS.has(t)) && !tokens.some((t) => PLACE_WORDS.has(t))) {
    return true;
  }
  return false;
}

/** "Mostly": more than half of the non-empty values, so one stray value does not refuse a file. */
export function valuesLookLikeNir(values: Iterable<string>): boolean {
  let filled = 0;
  let nirs = 0;
  for (const v of values) {
    if (v.trim() === '') continue;
    filled++;
    if (looksLikeNir(v)) nirs++;
  }
  return nirs * 2 > filled;
}

export function nirColumnMessage(header: string): string {
  return `La colonne « ${header} » semble contenir le NIR (numéro de sécurité sociale) : Parcours ne le conserve jamais. Retirez cette colonne et recommencez.`;
}
