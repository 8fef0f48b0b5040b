import { MAPPABLE_FIELDS } from '../../../shared/contracts/imports.js';
import { z } from 'zod';
import { CIVILITIES, HOUSEHOLD_ROLES, RIGHTS_STATUSES } from '../../../shared/beneficiaries.js';

/**
 * One person as every import format yields it, before any matching against the database.
 * There is deliberately no NIR field: the flux carries it and Parcours never keeps it.
 */
const isoDate = z.iso.date();

export const ImportedPerson = z.object({
  line: z.number().int().positive(),
  cafNumber: z.string().min(1).nullable(),
  cafOrganism: z.enum(['CAF', 'MSA']).nullable(),
  franceTravailId: z.string().min(1).nullable(),
  civility: z.enum(CIVILITIES).nullable(),
  lastName: z.string().min(1),
  birthName: z.string().min(1).nullable(),
  firstNames: z.string().min(1),
  birthDate: isoDate,
  // The flux knows two sexes only; a non-binary gender is recorded later, by the person.
  gender: z.enum(['woman', 'man']).nullable(),
  phone: z.string().min(1).nullable(),
  email: z.email().nullable(),
  addressLine: z.string().min(1).nullable(),
  postalCode: z.string().regex(/^\d{5}$/).nullable(),
  communeName: z.string().min(1).nullable(),
  communeCode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/).nullable(),
  noFixedAddress: z.boolean().nullable(),
  householdKey: z.string().min(1).nullable(),
  householdRole: z.enum(HOUSEHOLD_ROLES).nullable(),
  rightsStatus: z.enum(RIGHTS_STATUSES).nullable(),
  rightsStatusCode: z.string().min(1).nullable(),
  suspensionReason: z.string().min(1).nullable(),
  closureReason: z.string().min(1).nullable(),
  closedOn: isoDate.nullable(),
  rightsRequestedOn: isoDate.nullable(),
  dutiesApplicable: z.boolean().nullable(),
  dutiesEntryDate: isoDate.nullable(),
  educationLevel: z.string().min(1).nullable(),
  targetRomeCode: z.string().regex(/^[A-Z]\d{4}$/).nullable(),
});
export type ImportedPerson = z.infer<typeof ImportedPerson>;

export type PersonField = Exclude<keyof ImportedPerson, 'line'>;

// The list lives in shared/ so the web app's mapping screen offers exactly these fields.
export { MAPPABLE_FIELDS } from '../../../shared/contracts/imports.js';
// Every mappable field is a field of the record.
MAPPABLE_FIELDS satisfies readonly PersonField[];
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

export const REQUIRED_FIELDS = ['lastName', 'firstNames', 'birthDate'] as const satisfies readonly MappableField[];
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** French names of the fields, for messages and for the column-mapping screen. */
export const FIELD_LABELS: Record<MappableField, string> = {
  cafNumber: 'numéro allocataire CAF/MSA',
  cafOrganism: 'organisme (CAF ou MSA)',
  franceTravailId: 'identifiant France Travail',
  civility: 'civilité',
  lastName: 'nom',
  birthName: 'nom de naissance',
  firstNames: 'prénom(s)',
  birthDate: 'date de naissance',
  gender: 'sexe',
  phone: 'téléphone',
  email: 'adresse e-mail',
  addressLine: 'adresse',
  postalCode: 'code postal',
  communeName: 'commune',
  communeCode: 'code INSEE de la commune',
  noFixedAddress: 'sans domicile fixe',
  householdRole: 'rôle dans le foyer',
  rightsStatus: 'état du droit RSA',
  suspensionReason: 'motif de suspension',
  closureReason: 'motif de clôture',
  closedOn: 'date de clôture du droit',
  rightsRequestedOn: 'date de demande RSA',
  dutiesApplicable: 'soumis aux droits et devoirs',
  dutiesEntryDate: "date d'entrée dans les droits et devoirs",
  educationLevel: 'niveau de formation',
  targetRomeCode: 'emploi recherché (code ROME)',
};

/**
 * One problem on one line (CSV/XLSX) or one household (XML). A line with several problems gets
 * one rejection per problem, so the person fixing the file sees them all at once.
 */
export const ImportRejection = z.object({
  line: z.number().int().positive(),
  /** The header as written in the file (CSV/XLSX) or the XML element name; null for a whole line. */
  column: z.string().nullable(),
  field: z.enum(MAPPABLE_FIELDS).nullable(),
  reason: z.string().min(1),
});
export type ImportRejection = z.infer<typeof ImportRejection>;

/** An empty person, so builders only set what their source knows. */
export function blankPerson(line: number): ImportedPerson {
  return {
    line,
    cafNumber: null,
    cafOrganism: null,
    franceTravailId: null,
    civility: null,
    lastName: '',
    birthName: null,
    firstNames: '',
    birthDate: '',
    gender: null,
    phone: null,
    email: null,
    addressLine: null,
    postalCode: null,
    communeName: null,
    communeCode: null,
    noFixedAddress: null,
    householdKey: null,
    householdRole: null,
    rightsStatus: null,
    rightsStatusCode: null,
    suspensionReason: null,
    closureReason: null,
    closedOn: null,
    rightsRequestedOn: null,
    dutiesApplicable: null,
    dutiesEntryDate: null,
    educationLevel: null,
    targetRomeCode: null,
  };
}

/**
 * Names as compared for duplicates and matching: upper case, no accents, no punctuation, single
 * spaces. "Lefèvre-Dupont" and "LEFEVRE DUPONT" are the same person's name in two systems.
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/Œ/g, 'OE')
    .replace(/œ/g, 'oe')
    .replace(/Æ/g, 'AE')
    .replace(/æ/g, 'ae')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}
