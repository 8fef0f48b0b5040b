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

/** Built once per file by rowContext(). */
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

/** Reads one cell into the person; returns the French problem, or null when the value is good. */
type Reader = (cell: Cell, person: ImportedPerson, ctx: RowContext) => string | null;

const asText = (cell: Cell): string => (cell instanceof Date ? frenchDate(cell.toISOString().slice(0, 10)) : cell);
const into =
  <T>(parse: (raw: string) => Parsed<T>, set: (person: ImportedPerson, value: T) => void): Reader =>
  (cell, person) => {
    const parsed = parse(asText(cell));
    if (!parsed.ok) return parsed.problem;
    set(person, parsed.value);
    return null;
  };
const text = (set: (person: ImportedPerson, value: string) => void): Reader => (cell, person) => {
  set(person, cleanText(asText(cell)));
  return null;
};
// Date readers take the cell itself: an Excel Date cell is read without going through text.
const date =
  (set: (person: ImportedPerson, value: string) => void): Reader =>
  (cell, person) => {
    const parsed = parseDate(cell);
    if (!parsed.ok) return parsed.problem;
    set(person, parsed.value);
    return null;
  };

const READERS: Record<MappableField, Reader> = {
  cafNumber: into(parseCafNumber, (p, v) => (p.cafNumber = v)),
  cafOrganism: into(parseOrganism, (p, v) => (p.cafOrganism = v)),
  franceTravailId: into(parseFranceTravailId, (p, v) => (p.franceTravailId = v)),
  civility: into(parseCivility, (p, v) => (p.civility = v)),
  lastName: text((p, v) => (p.lastName = v)),
  birthName: text((p, v) => (p.birthName = v)),
  firstNames: text((p, v) => (p.firstNames = v)),
  birthDate: (cell, person, ctx) => {
    const parsed = parseBirthDate(cell, ctx.today);
    if (!parsed.ok) return parsed.problem;
    person.birthDate = parsed.value;
    return null;
  },
  gender: into(parseGender, (p, v) => (p.gender = v)),
  phone: into(parsePhone, (p, v) => (p.phone = v)),
  email: into(parseEmail, (p, v) => (p.email = v)),
  addressLine: text((p, v) => (p.addressLine = v)),
  postalCode: into(parsePostalCode, (p, v) => (p.postalCode = v)),
  communeName: text((p, v) => (p.communeName = v)),
  communeCode: into(parseCommuneCode, (p, v) => (p.communeCode = v)),
  noFixedAddress: into(parseYesNo, (p, v) => (p.noFixedAddress = v)),
  householdRole: into(parseHouseholdRole, (p, v) => (p.householdRole = v)),
  rightsStatus: into(parseRightsStatus, (p, v) => {
    p.rightsStatus = v.status;
    p.rightsStatusCode = v.code;
  }),
  suspensionReason: text((p, v) => (p.suspensionReason = v)),
  closureReason: text((p, v) => (p.closureReason = v)),
  closedOn: date((p, v) => (p.closedOn = v)),
  rightsRequestedOn: date((p, v) => (p.rightsRequestedOn = v)),
  dutiesApplicable: into(parseYesNo, (p, v) => (p.dutiesApplicable = v)),
  dutiesEntryDate: date((p, v) => (p.dutiesEntryDate = v)),
  educationLevel: text((p, v) => (p.educationLevel = v)),
  targetRomeCode: (cell, person, ctx) => {
    const parsed = parseRomeCode(asText(cell), ctx.knownRomeCodes);
    if (!parsed.ok) return parsed.problem;
    person.targetRomeCode = parsed.value;
    return null;
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

/** Bindings in reading order: the role first, so a child's line is skipped whatever else is wrong. */
export function rowContext(bindings: readonly FieldBinding[], today: Date, knownRomeCodes?: ReadonlySet<string>): RowContext {
  const ordered = [...bindings].sort((a, b) => Number(b.field === 'householdRole') - Number(a.field === 'householdRole'));
  return { bindings: ordered, today, knownRomeCodes };
}

function rejection(line: number, header: string | null, field: MappableField, problem: string): ImportRejection {
  return { line, column: header, field, reason: `Ligne ${line}${header === null ? '' : `, colonne « ${header} »`} : ${problem}.` };
}

export function readRow(row: RawRow, ctx: RowContext): RowOutcome {
  const person = blankPerson(row.line);
  const rejections: ImportRejection[] = [];
  for (const binding of ctx.bindings) {
    const picked = pick(binding, row.cells);
    if (!picked) continue;
    const problem = READERS[binding.field](picked.cell, person, ctx);
    if (problem !== null) rejections.push(rejection(row.line, picked.header, binding.field, problem));
    else if (person.householdRole === 'child' || person.householdRole === 'other') return { kind: 'skipped' };
  }
  for (const field of REQUIRED_FIELDS) {
    if (person[field] !== '' || rejections.some((r) => r.field === field)) continue;
    const header = ctx.bindings.find((b) => b.field === field)?.columns[0]?.header ?? null;
    rejections.push(rejection(row.line, header, field, `valeur obligatoire manquante (${FIELD_LABELS[field]})`));
  }
  if (rejections.length > 0) return { kind: 'rejected', rejections };
  person.householdKey = person.cafNumber;
  return { kind: 'person', person };
}
