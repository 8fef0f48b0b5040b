import { FIELD_LABELS, REQUIRED_FIELDS, blankPerson, type ImportRejection, type ImportedPerson, type MappableField } from './records.js';
import { type Cell, isBlank, type RawRow } from './raw-table.js';
import {
  cleanText,
  frenchDate,
  parseBirthDate,
  parseCafNumber,
  parseCivility,
  parseCommuneCode,
  parseDate,
  parseEmail,
  parseFranceTravailId,
  parseGender,
  parseHouseholdRole,
  parseOrganism,
  parsePhone,
  parsePostalCode,
  parseRightsStatus,
  parseRomeCode,
  parseYesNo,
  type Parsed,
} from './values.js';

/** The columns that feed one field, in file order: the first filled one wins (address: all, joined). */
export interface FieldBinding {
  field: MappableField;
  columns: { index: number; header: string }[];
}

export interface RowContext {
  bindings: readonly FieldBinding[];
  today: Date;
  knownRomeCodes?: ReadonlySet<string> | undefined;
}

export type RowOutcome =
  | { kind: 'person'; person: ImportedPerson }
  | { kind: 'rejected'; rejections: ImportRejection[] }
  // A child or another household member: not a person the accompaniment is about.
  | { kind: 'skipped' };

type Update = Partial<ImportedPerson>;
type Reader = (cell: Cell, ctx: RowContext) => Parsed<Update>;

const asText = (cell: Cell): string => (cell instanceof Date ? frenchDate(cell.toISOString().slice(0, 10)) : cell);
const into =
  <T>(parse: (raw: string) => Parsed<T>, set: (value: T) => Update): Reader =>
  (cell) => {
    const parsed = parse(asText(cell));
    return parsed.ok ? { ok: true, value: set(parsed.value) } : parsed;
  };
const text = (set: (value: string) => Update): Reader => into((raw) => ({ ok: true, value: cleanText(raw) }), set);
const date =
  (set: (value: string) => Update): Reader =>
  (cell) => {
    const parsed = parseDate(cell);
    return parsed.ok ? { ok: true, value: set(parsed.value) } : parsed;
  };

const READERS: Record<MappableField, Reader> = {
  cafNumber: into(parseCafNumber, (cafNumber) => ({ cafNumber })),
  cafOrganism: into(parseOrganism, (cafOrganism) => ({ cafOrganism })),
  franceTravailId: into(parseFranceTravailId, (franceTravailId) => ({ franceTravailId })),
  civility: into(parseCivility, (civility) => ({ civility })),
  lastName: text((lastName) => ({ lastName })),
  birthName: text((birthName) => ({ birthName })),
  firstNames: text((firstNames) => ({ firstNames })),
  birthDate: (cell, ctx) => {
    const parsed = parseBirthDate(cell, ctx.today);
    return parsed.ok ? { ok: true, value: { birthDate: parsed.value } } : parsed;
  },
  gender: into(parseGender, (gender) => ({ gender })),
  phone: into(parsePhone, (phone) => ({ phone })),
  email: into(parseEmail, (email) => ({ email })),
  addressLine: text((addressLine) => ({ addressLine })),
  postalCode: into(parsePostalCode, (postalCode) => ({ postalCode })),
  communeName: text((communeName) => ({ communeName })),
  communeCode: into(parseCommuneCode, (communeCode) => ({ communeCode })),
  noFixedAddress: into(parseYesNo, (noFixedAddress) => ({ noFixedAddress })),
  householdRole: into(parseHouseholdRole, (householdRole) => ({ householdRole })),
  rightsStatus: into(parseRightsStatus, (s) => ({ rightsStatus: s.status, rightsStatusCode: s.code })),
  suspensionReason: text((suspensionReason) => ({ suspensionReason })),
  closureReason: text((closureReason) => ({ closureReason })),
  closedOn: date((closedOn) => ({ closedOn })),
  rightsRequestedOn: date((rightsRequestedOn) => ({ rightsRequestedOn })),
  dutiesApplicable: into(parseYesNo, (dutiesApplicable) => ({ dutiesApplicable })),
  dutiesEntryDate: date((dutiesEntryDate) => ({ dutiesEntryDate })),
  educationLevel: text((educationLevel) => ({ educationLevel })),
  targetRomeCode: (cell, ctx) => {
    const parsed = parseRomeCode(asText(cell), ctx.knownRomeCodes);
    return parsed.ok ? { ok: true, value: { targetRomeCode: parsed.value } } : parsed;
  },
};

/** The value a field gets from its columns, and the header to name in a message. */
function pick(binding: FieldBinding, cells: readonly Cell[]): { cell: Cell; header: string } | null {
  const filled = binding.columns.filter((c) => !isBlank(cells[c.index]));
  const first = filled[0];
  if (!first) return null;
  if (binding.field !== 'addressLine') return { cell: cells[first.index] as Cell, header: first.header };
  // Number, street and complement are often separate columns: the address is all of them.
  return { cell: filled.map((c) => asText(cells[c.index] as Cell)).join(' '), header: first.header };
}

export function readRow(row: RawRow, ctx: RowContext): RowOutcome {
  const person = blankPerson(row.line);
  const rejections: ImportRejection[] = [];
  const reject = (header: string | null, field: MappableField, problem: string) =>
    rejections.push({
      line: row.line,
      column: header,
      field,
      reason: `Ligne ${row.line}${header === null ? '' : `, colonne « ${header} »`} : ${problem}.`,
    });

  // The role first: a child's line is skipped whatever else is wrong with it.
  const ordered = [...ctx.bindings].sort((a, b) => Number(b.field === 'householdRole') - Number(a.field === 'householdRole'));
  for (const binding of ordered) {
    const picked = pick(binding, row.cells);
    if (!picked) continue;
    const parsed = READERS[binding.field](picked.cell, ctx);
    if (!parsed.ok) {
      reject(picked.header, binding.field, parsed.problem);
      continue;
    }
    Object.assign(person, parsed.value);
    if (person.householdRole === 'child' || person.householdRole === 'other') return { kind: 'skipped' };
  }
  for (const field of REQUIRED_FIELDS) {
    if (person[field] !== '' || rejections.some((r) => r.field === field)) continue;
    const header = ctx.bindings.find((b) => b.field === field)?.columns[0]?.header ?? null;
    reject(header, field, `valeur obligatoire manquante (${FIELD_LABELS[field]})`);
  }
  if (rejections.length > 0) return { kind: 'rejected', rejections };
  person.householdKey = person.cafNumber;
  return { kind: 'person', person };
}
