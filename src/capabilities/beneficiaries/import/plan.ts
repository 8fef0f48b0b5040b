import { comparableName, type ImportedPerson, type ImportRejection } from './records.js';

/** The columns an import may set on a person, named as in the beneficiaries table. */
export interface ImportedFields {
  civility: 'mme' | 'm' | null;
  lastName: string;
  birthName: string | null;
  firstNames: string;
  birthDate: string;
  gender: 'woman' | 'man' | null;
  cafNumber: string | null;
  cafOrganism: 'CAF' | 'MSA' | null;
  franceTravailId: string | null;
  phone: string | null;
  email: string | null;
  addressLine: string | null;
  postalCode: string | null;
  communeCode: string | null;
  noFixedAddress: boolean | null;
  householdKey: string | null;
  householdRole: ImportedPerson['householdRole'];
  rightsStatus: ImportedPerson['rightsStatus'];
  rightsSuspensionReason: string | null;
  rightsClosureReason: string | null;
  rightsClosedOn: string | null;
  dutiesApplicable: boolean | null;
  dutiesEntryDate: string | null;
}

/** What a person is recognised by (the CAF number in its short form). */
export type MatchKeys = Pick<ImportedFields, 'cafNumber' | 'franceTravailId' | 'lastName' | 'firstNames' | 'birthDate'>;

/** An existing person as the matcher sees them. */
export interface Candidate extends ImportedFields {
  id: string;
}

export type Fate =
  | { line: number; fate: 'create'; fields: ImportedFields; record: ImportedPerson }
  | { line: number; fate: 'update'; id: string; changes: Partial<ImportedFields>; record: ImportedPerson }
  | { line: number; fate: 'unchanged'; id: string }
  | { line: number; fate: 'rejected'; reason: string; column: string | null };

/**
 * CAF matricules come zero-padded: the flux writes 15 digits (the 7-digit number and eight
 * zeros in the samples), CSV files the bare number. Both are compared in the short form.
 */
export function normaliseCafNumber(raw: string | null): string | null {
  if (!raw) return null;
  const value = raw.trim();
  const padded = /^(\d{7})0{8}$/.exec(value);
  return padded ? padded[1]! : value.replace(/^0+(?=\d{7})/, '');
}

export interface CommuneIndex {
  /** INSEE code of a commune known by its code, or by postal code and name. */
  resolve(record: Pick<ImportedPerson, 'communeCode' | 'postalCode' | 'communeName'>): string | null;
}

export function toFields(r: ImportedPerson, communes: CommuneIndex): ImportedFields {
  return {
    civility: r.civility, lastName: r.lastName, birthName: r.birthName, firstNames: r.firstNames, birthDate: r.birthDate, gender: r.gender,
    cafNumber: normaliseCafNumber(r.cafNumber), cafOrganism: r.cafOrganism, franceTravailId: r.franceTravailId, phone: r.phone, email: r.email,
    addressLine: r.addressLine, postalCode: r.postalCode, communeCode: communes.resolve(r), noFixedAddress: r.noFixedAddress,
    householdKey: r.householdKey, householdRole: r.householdRole, rightsStatus: r.rightsStatus, rightsSuspensionReason: r.suspensionReason,
    rightsClosureReason: r.closureReason, rightsClosedOn: r.closedOn, dutiesApplicable: r.dutiesApplicable, dutiesEntryDate: r.dutiesEntryDate,
  };
}

/** The person's existing candidates, indexed for the three matching keys. */
export class CandidateIndex {
  private byCaf = new Map<string, Candidate[]>();
  private byFranceTravail = new Map<string, Candidate[]>();
  private byNames = new Map<string, Candidate[]>();

  constructor(candidates: Candidate[]) {
    for (const c of candidates) this.add(c);
  }

  add(c: Candidate): void {
    const push = (map: Map<string, Candidate[]>, key: string | null) => key && map.set(key, [...(map.get(key) ?? []), c]);
    push(this.byCaf, c.cafNumber ? `${normaliseCafNumber(c.cafNumber)}|${c.birthDate}` : null);
    push(this.byFranceTravail, c.franceTravailId);
    push(this.byNames, `${comparableName(c.lastName)}|${comparableName(c.firstNames)}|${c.birthDate}`);
  }

  /**
   * CAF/MSA number + birth date, then France Travail id, then names + birth date; a same-name
   * person with another CAF number is someone else. Several candidates at a level: ambiguous.
   */
  match(f: MatchKeys): { kind: 'none' } | { kind: 'one'; candidate: Candidate } | { kind: 'ambiguous'; count: number } {
    const levels = [
      f.cafNumber ? this.byCaf.get(`${f.cafNumber}|${f.birthDate}`) : undefined,
      f.franceTravailId ? this.byFranceTravail.get(f.franceTravailId) : undefined,
      this.byNames.get(`${comparableName(f.lastName)}|${comparableName(f.firstNames)}|${f.birthDate}`)?.filter(
        (c) => !f.cafNumber || !c.cafNumber || normaliseCafNumber(c.cafNumber) === f.cafNumber,
      ),
    ];
    for (const found of levels) {
      if (!found?.length) continue;
      return found.length === 1 ? { kind: 'one', candidate: found[0]! } : { kind: 'ambiguous', count: found.length };
    }
    return { kind: 'none' };
  }
}

const NAMES = new Set<keyof ImportedFields>(['lastName', 'firstNames', 'birthName']);

/**
 * What the file would change: a value absent from the file never erases a known one, and a
 * name written differently (the CAF writes them in capitals, without accents) is the same name.
 */
export function changesOf(existing: ImportedFields, incoming: ImportedFields): Partial<ImportedFields> {
  const changes: Partial<Record<keyof ImportedFields, unknown>> = {};
  for (const key of Object.keys(incoming) as (keyof ImportedFields)[]) {
    const value = incoming[key];
    if (value === null || value === undefined) continue;
    const current = key === 'cafNumber' ? normaliseCafNumber(existing.cafNumber) : existing[key];
    if (NAMES.has(key) && typeof current === 'string' && comparableName(current) === comparableName(String(value))) continue;
    if (current !== value) changes[key] = value;
  }
  return changes as Partial<ImportedFields>;
}

/** Each line's fate, before anything is written. */
export function planImport(records: ImportedPerson[], rejections: ImportRejection[], index: CandidateIndex, communes: CommuneIndex): Fate[] {
  const fates: Fate[] = rejections.map((r) => ({ line: r.line, fate: 'rejected' as const, reason: r.reason, column: r.column }));
  for (const record of records) {
    const fields = toFields(record, communes);
    const match = index.match(fields);
    if (match.kind === 'ambiguous') {
      fates.push({ line: record.line, fate: 'rejected', column: null, reason: `Ligne ${record.line} : ${match.count} personnes connues correspondent ; rapprochement à faire à la main, rien n’a été fusionné.` });
    } else if (match.kind === 'none') {
      fates.push({ line: record.line, fate: 'create', fields, record });
      index.add({ id: `new:${record.line}`, ...fields });
    } else if (match.candidate.id.startsWith('new:')) {
      fates.push({ line: record.line, fate: 'rejected', column: null, reason: `Ligne ${record.line} : même personne que la ligne ${match.candidate.id.slice(4)} du fichier.` });
    } else {
      const changes = changesOf(match.candidate, fields);
      fates.push(Object.keys(changes).length ? { line: record.line, fate: 'update', id: match.candidate.id, changes, record } : { line: record.line, fate: 'unchanged', id: match.candidate.id });
    }
  }
  return fates.sort((a, b) => a.line - b.line);
}
