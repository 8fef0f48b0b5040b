import { z } from 'zod';
import type { Civility, HouseholdRole, RightsStatus } from '../../../shared/beneficiaries.js';
import { looksLikeNir } from './nir.js';

/**
 * Reading one cell into one field's normal form. Each reader either gives the value or a French
 * problem phrase ("date invalide « 31/02/1990 » (attendu jj/mm/aaaa)") that the caller prefixes
 * with where it happened (line and column, or household and person).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

/** Quotes a value for a message, unless it could be a NIR: that must never reach a report or log. */
export function quote(raw: string): string {
  return looksLikeNir(raw) ? '(valeur masquée : elle ressemble à un NIR)' : `« ${raw.trim()} »`;
}

/** Trimmed, every run of whitespace (tabs, non-breaking spaces, line breaks) as one space. */
export function cleanText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** Lower case, no accents, letters and digits only: how free-text codes are compared. */
function compact(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function isoFromParts(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * French dates (jj/mm/aaaa, j/m/aaaa, with -, . or /), ISO dates, and spreadsheet Date cells.
 * Spreadsheet dates are read in UTC, as exceljs builds them from the serial day number.
 */
export function parseDate(raw: string | Date): Parsed<string> {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return bad('date invalide dans la cellule (attendu jj/mm/aaaa)');
    return ok(isoFromParts(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate()) as string);
  }
  const text = raw.trim();
  const fr = FRENCH_DATE.exec(text);
  const iso = fr ? null : ISO_DATE.exec(text);
  const parts = fr ? [fr[3], fr[2], fr[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  const value = parts && isoFromParts(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  return value ? ok(value) : bad(`date invalide ${quote(text)} (attendu jj/mm/aaaa)`);
}

/** A birth date must be a real date, not in the future and not more than 120 years ago. */
export function parseBirthDate(raw: string | Date, today: Date): Parsed<string> {
  const parsed = parseDate(raw);
  if (!parsed.ok) return parsed;
  const shown = raw instanceof Date ? frenchDate(parsed.value) : raw.trim();
  const todayIso = today.toISOString().slice(0, 10);
  if (parsed.value > todayIso) return bad(`date de naissance dans le futur « ${shown} »`);
  const oldest = `${today.getUTCFullYear() - 120}${todayIso.slice(4)}`;
  if (parsed.value < oldest) return bad(`date de naissance trop ancienne « ${shown} » (plus de 120 ans)`);
  return parsed;
}

export function frenchDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

// Overseas numbers have their own country codes in E.164, although they are dialled as 0XXX.
const OVERSEAS_PREFIXES: [RegExp, string][] = [
  [/^0(262|263|692|693|269|639)/, '+262'],
  [/^0(590|690|691)/, '+590'],
  [/^0(594|694)/, '+594'],
  [/^0(596|696|697)/, '+596'],
  [/^0(508)/, '+508'],
];

/** French numbers become +33XXXXXXXXX (E.164); other numbers are kept as given. */
export function parsePhone(raw: string): Parsed<string> {
  const given = cleanText(raw);
  const digits = given.replace(/[\s.\-()/]/g, '').replace(/^00/, '+');
  let national: string | null = null;
  if (/^\+330?[1-9]\d{8}$/.test(digits)) national = `0${digits.slice(-9)}`;
  else if (/^0[1-9]\d{8}$/.test(digits)) national = digits;
  // A spreadsheet that stored the number as a number dropped its leading zero.
  else if (/^[1-9]\d{8}$/.test(digits)) national = `0${digits}`;
  if (national) {
    const overseas = OVERSEAS_PREFIXES.find(([prefix]) => prefix.test(national));
    return ok(overseas ? `${overseas[1]}${national.slice(1)}` : `+33${national.slice(1)}`);
  }
  if (/^\+?\d{6,15}$/.test(digits)) return ok(given);
  return bad(`numéro de téléphone invalide ${quote(given)}`);
}

const emailSchema = z.email();

export function parseEmail(raw: string): Parsed<string> {
  const value = raw.trim().replace(/^mailto:/i, '').toLowerCase();
  return emailSchema.safeParse(value).success ? ok(value) : bad(`adresse e-mail invalide ${quote(raw)}`);
}

/** Five digits; four digits means a spreadsheet dropped the leading zero (01000 → 1000). */
export function parsePostalCode(raw: string): Parsed<string> {
  const value = raw.replace(/\s/g, '');
  if (/^\d{5}$/.test(value)) return ok(value);
  if (/^\d{4}$/.test(value)) return ok(`0${value}`);
  return bad(`code postal invalide ${quote(raw)} (attendu 5 chiffres)`);
}

export function parseCommuneCode(raw: string): Parsed<string> {
  const value = raw.replace(/\s/g, '').toUpperCase();
  if (/^(\d{5}|2[AB]\d{3})$/.test(value)) return ok(value);
  if (/^\d{4}$/.test(value)) return ok(`0${value}`);
  return bad(`code INSEE de commune invalide ${quote(raw)} (attendu 5 caractères, par exemple 84007)`);
}

/** "M1607", "m1607" or "M1607 - Secrétaire": one letter and four digits, upper case. */
export function parseRomeCode(raw: string, known?: ReadonlySet<string>): Parsed<string> {
  const m = /^([A-Z]\d{4})(?:\s*[-–:]\s*.*)?$/.exec(raw.trim().toUpperCase());
  if (!m?.[1]) return bad(`code ROME invalide ${quote(raw)} (attendu une lettre et 4 chiffres, par exemple M1607)`);
  if (known && !known.has(m[1])) return bad(`code ROME inconnu ${quote(m[1])}`);
  return ok(m[1]);
}

/** The ROME codes of a "code_rome;appellation" reference file (data/reference/rome-appellations.csv). */
export function romeCodesFromReference(csvText: string): Set<string> {
  const codes = new Set<string>();
  for (const line of csvText.split(/\r?\n/)) {
    const code = /^"?([A-Z]\d{4})"?[;,]/.exec(line)?.[1];
    if (code) codes.add(code);
  }
  return codes;
}

/** CAF/MSA numbers are identifiers: digits (sometimes letters), leading zeros kept. */
export function parseCafNumber(raw: string): Parsed<string> {
  const value = raw.replace(/\s/g, '').toUpperCase();
  return /^[0-9A-Z]{1,20}$/.test(value) ? ok(value) : bad(`numéro allocataire invalide ${quote(raw)}`);
}

export function parseFranceTravailId(raw: string): Parsed<string> {
  const value = raw.replace(/\s/g, '').toUpperCase();
  return /^[0-9A-Z]{5,11}$/.test(value) ? ok(value) : bad(`identifiant France Travail invalide ${quote(raw)}`);
}

function fromTable<T>(table: Record<string, T>, raw: string, problem: string, expected: string): Parsed<T> {
  const hit = table[compact(raw)];
  return hit === undefined ? bad(`${problem} ${quote(raw)} (attendu ${expected})`) : ok(hit);
}

const CIVILITY: Record<string, Civility> = {
  ...Object.fromEntries(['m', 'mr', 'monsieur', 'mons'].map((k) => [k, 'm'])),
  ...Object.fromEntries(['mme', 'madame', 'mlle', 'mle', 'mademoiselle', 'mrs', 'ms'].map((k) => [k, 'mme'])),
};
export const parseCivility = (raw: string) => fromTable(CIVILITY, raw, 'civilité non reconnue', 'M. ou Mme');

const GENDER: Record<string, 'woman' | 'man'> = {
  ...Object.fromEntries(['f', 'femme', 'feminin', 'w', 'woman', 'female', '2'].map((k) => [k, 'woman'])),
  ...Object.fromEntries(['h', 'm', 'homme', 'masculin', 'man', 'male', '1'].map((k) => [k, 'man'])),
};
export const parseGender = (raw: string) => fromTable(GENDER, raw, 'sexe non reconnu', 'F ou H');

const YES_NO: Record<string, boolean> = {
  ...Object.fromEntries(['oui', 'o', 'yes', 'y', '1', 'vrai', 'true', 'x'].map((k) => [k, true])),
  ...Object.fromEntries(['non', 'n', 'no', '0', 'faux', 'false'].map((k) => [k, false])),
};
export const parseYesNo = (raw: string) => fromTable(YES_NO, raw, 'valeur non reconnue', 'oui ou non');

const ROLE: Record<string, HouseholdRole> = {
  ...Object.fromEntries(['demandeur', 'demandeuse', 'dem', 'allocataire', 'responsable'].map((k) => [k, 'applicant'])),
  ...Object.fromEntries(['conjoint', 'conjointe', 'cjt', 'concubin', 'concubine', 'partenaire', 'epoux', 'epouse'].map((k) => [k, 'partner'])),
  ...Object.fromEntries(['enfant', 'enf'].map((k) => [k, 'child'])),
  ...Object.fromEntries(['autre', 'aut', 'rdo', 'autrepersonne'].map((k) => [k, 'other'])),
};
export const parseHouseholdRole = (raw: string) =>
  fromTable(ROLE, raw, 'rôle non reconnu', 'demandeur ou conjoint');

export const parseOrganism = (raw: string) =>
  fromTable<'CAF' | 'MSA'>({ caf: 'CAF', msa: 'MSA' }, raw, 'organisme non reconnu', 'CAF ou MSA');

/** ETATDOSRSA: 0 awaiting, 1 refused, 2 open, 3-4 suspended (right or payment), 5-6 closed. */
export function rightsStatusFromCode(code: string): RightsStatus | null {
  return (['awaiting', 'refused', 'open', 'suspended', 'suspended', 'closed', 'closed'] as const)[Number(code)] ?? null;
}

/** A status column holds either the CAF code (0-6) or words: "Droit ouvert et versable", "Suspendu"… */
export function parseRightsStatus(raw: string): Parsed<{ status: RightsStatus; code: string | null }> {
  const text = compact(raw);
  if (/^[0-6]$/.test(text)) return ok({ status: rightsStatusFromCode(text) as RightsStatus, code: text });
  // Order matters: "ouvert, versement suspendu" is suspended, "clos" beats "ouvert" in "ouvert puis clos".
  const rules: [RegExp, RightsStatus][] = [
    [/suspen/, 'suspended'],
    [/clos|clot|ferme|radie|^fin/, 'closed'],
    [/refus|rejet/, 'refused'],
    [/attente|instruction/, 'awaiting'],
    [/ouvert|versable|actif|encours/, 'open'],
  ];
  const status = rules.find(([pattern]) => pattern.test(text))?.[1];
  return status
    ? ok({ status, code: null })
    : bad(`état du droit non reconnu ${quote(raw)} (attendu en attente, refusé, ouvert, suspendu ou clos)`);
}
