import { z } from 'zod';
import { MAPPABLE_FIELDS, type MappableField } from './records.js';

/**
 * Which column feeds which field. Every département's export names its columns differently
 * ("N° allocataire", "Matricule CAF", "numero_caf"…), so headers are compared without accents,
 * case, spaces or punctuation against a synonym table; what is left is for the user to map.
 */
export const ColumnTarget = z.enum([...MAPPABLE_FIELDS, 'ignore']);
export type ColumnTarget = z.infer<typeof ColumnTarget>;

/** The user's choices on the mapping screen, keyed by the header as shown; they win over the guess. */
export const ColumnMapping = z.record(z.string(), ColumnTarget);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export function compactHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Written as people write them; compacted once below.
const SYNONYMS: Record<MappableField, string[]> = {
  cafNumber: [
    'Numéro allocataire CAF/MSA', 'Numéro allocataire', "Numéro d'allocataire", 'N° allocataire', "N° d'allocataire",
    'No allocataire', 'Num allocataire', 'Matricule', 'Matricule CAF', 'Matricule MSA', 'Matricule CAF/MSA',
    'numero_caf', 'N° CAF', 'Numéro CAF', 'Num CAF', 'N° CAF/MSA', 'Numéro CAF/MSA', 'N° dossier CAF',
    'Numéro de dossier CAF', 'Numéro allocataire CAF', 'N° allocataire CAF', 'affiliation_number',
  ],
  cafOrganism: ['Organisme', 'Organisme payeur', 'CAF/MSA', 'Organisme CAF/MSA', 'FONORG'],
  franceTravailId: [
    'Identifiant France Travail', 'ID France Travail', 'ID FT', 'Identifiant FT', 'N° France Travail',
    'Numéro France Travail', 'Identifiant Pôle emploi', 'ID Pôle emploi', 'N° Pôle emploi', 'Numéro Pôle emploi',
    'Identifiant PE', 'ID PE', 'france_travail_id', 'Numéro demandeur d\'emploi', 'IDASSEDIC',
  ],
  civility: ['Civilité', 'Civ', 'Civ.', 'Titre', 'Qualité', 'title'],
  lastName: ["Nom", "Nom d'usage", 'Nom usage', 'Nom usuel', 'Nom marital', 'Nom de famille', 'last_name', 'Nom du bénéficiaire', "Nom de l'allocataire"],
  birthName: ['Nom de naissance', 'Nom naissance', 'Nom de jeune fille', 'birth_name', 'NOMNAI'],
  firstNames: ['Prénom(s)', 'Prénom', 'Prénoms', 'first_name', 'first_names', "Prénom de l'allocataire", 'Prénom du bénéficiaire'],
  birthDate: ['Date de naissance', 'Date naissance', 'DDN', 'Né(e) le', 'Né le', 'Date de naiss.', 'birth_date', 'DTNAI'],
  gender: ['Sexe', 'Genre', 'gender', 'SEXE'],
  phone: [
    'Téléphone', 'Tél', 'Tel', 'Tél.', 'Portable', 'Téléphone portable', 'Tél portable', 'Mobile', 'Téléphone mobile',
    'N° de téléphone', 'Numéro de téléphone', 'phone_number', 'Téléphone 1', 'Tél fixe', 'Téléphone fixe',
  ],
  email: ['Email', 'E-mail', 'Mail', 'Courriel', 'Adresse e-mail', 'Adresse mail', 'Adresse email', 'Adresse électronique', 'Adresse courriel'],
  addressLine: [
    'Adresse', 'Adresse postale', 'Rue', 'Voie', 'Adresse 1', 'Adresse ligne 1', 'Adresse 2', 'Adresse ligne 2',
    "Complément d'adresse", 'Complément adresse', 'N° de voie', 'Numéro de voie', 'Libellé voie', 'address',
  ],
  postalCode: ['Code postal', 'CP', 'Code postale', 'postal_code', 'CODEPOS'],
  communeName: ['Ville', 'Commune', 'Localité', 'Nom commune', 'Libellé commune', 'Commune de résidence', 'Ville de résidence', 'NOMCOM'],
  communeCode: ['Code INSEE', 'Code INSEE commune', 'Code commune', 'Code commune INSEE', 'Code INSEE de la commune', 'COG', 'NUMCOM'],
  noFixedAddress: ['Sans domicile fixe', 'SDF', 'Sans domicile', 'TOPSANSDOMFIXE'],
  householdRole: ['Rôle', 'Rôle dans le foyer', 'Qualité dans le foyer', 'role', 'ROLEPERS'],
  rightsStatus: [
    'Etat du droit', 'État du droit', 'Etat droit', 'Statut RSA', 'Etat du dossier', 'Etat dossier', 'Etat dossier RSA',
    'Etat du droit RSA', 'Statut du droit', 'Situation du droit', 'Etat RSA', 'ETATDOSRSA',
  ],
  suspensionReason: ['Motif de suspension', 'Motif suspension', 'MOTISUSVERSRSA', 'MOTISUSDRORSA'],
  closureReason: ['Motif de clôture', 'Motif clôture', 'Motif de fin de droit', 'Motif fin de droit', 'MOTICLORSA'],
  closedOn: ['Date de clôture', 'Date clôture', 'Date de fin de droit', 'Date fin de droit', 'DTCLORSA'],
  rightsRequestedOn: ['Date de demande RSA', 'Date demande RSA', 'Date de demande', "Date d'ouverture des droits", 'Date ouverture droit', 'rights_opening_date', 'DTDEMRSA'],
  dutiesApplicable: ['Droits et devoirs', 'Soumis aux droits et devoirs', 'Soumis droits et devoirs', 'Soumis DD', 'SDD', 'TOPPERSDRODEVORSA'],
  dutiesEntryDate: [
    "Date d'entrée dans les droits et devoirs", 'Date entrée droits et devoirs', "Date d'entrée droits et devoirs",
    "Date d'entrée SDD", 'Date entrée SDD', 'Date entrée DD',
  ],
  educationLevel: ['Niveau de formation', 'Niveau formation', "Niveau d'études", 'Niveau de diplôme', 'Niveau scolaire', 'Diplôme'],
  targetRomeCode: [
    'Emploi recherché (code ROME)', 'Code ROME', 'ROME', 'Code ROME emploi recherché', 'Métier recherché (code ROME)',
    'Code ROME métier recherché', 'Emploi recherché code ROME',
  ],
};

const BY_COMPACT = new Map<string, MappableField>();
for (const field of MAPPABLE_FIELDS) for (const s of SYNONYMS[field]) BY_COMPACT.set(compactHeader(s), field);

export function guessField(header: string): MappableField | null {
  return BY_COMPACT.get(compactHeader(header)) ?? null;
}

/**
 * Every header gets a target: the user's choice, else the synonym table's guess, else 'ignore'.
 * Headers that were neither chosen nor recognised are `unknownColumns`, for the mapping screen.
 */
export function resolveMapping(
  headers: readonly string[],
  userMapping: ColumnMapping = {},
): { mapping: ColumnMapping; unknownColumns: string[] } {
  const mapping: ColumnMapping = {};
  const unknownColumns: string[] = [];
  for (const header of headers) {
    const chosen = Object.hasOwn(userMapping, header) ? userMapping[header] : undefined;
    const target = chosen ?? guessField(header);
    if (target === null) unknownColumns.push(header);
    mapping[header] = target ?? 'ignore';
  }
  return { mapping, unknownColumns };
}
