import type { HouseholdRole } from '../../../shared/beneficiaries.js';
import { blankPerson, type ImportRejection, type ImportedPerson, type MappableField } from './records.js';
import { cleanText, parseBirthDate, quote, rightsStatusFromCode } from './values.js';

/**
 * Turning one collected `InfosFoyerRSA` into a household and its persons of interest. The SAX
 * layer (caf-flux.ts) only hands over the whitelisted values below: the NIR never reaches here.
 */
export type BlockKind =
  | 'root'
  | 'header'
  | 'household'
  | 'trailer'
  | 'person'
  | 'benefit'
  | 'address'
  | 'suspensionPayment'
  | 'suspensionRight';

export interface RawBlock {
  kind: BlockKind;
  /** Trimmed text of wanted leaves, keyed by their path inside the block ("Identification/NOM"). */
  values: Record<string, string>;
  children: RawBlock[];
}

export interface CafAddress {
  addressLine: string | null;
  postalCode: string | null;
  communeName: string | null;
  communeCode: string | null;
  country: string | null;
}

export interface CafHousehold {
  /** 1-based rank of the household in the file: the "line" of its persons and rejections. */
  ordinal: number;
  organism: 'CAF' | 'MSA' | null;
  organismNumber: string | null; // NUMORG
  matricule: string | null;
  householdKey: string | null;
  rightsRequestedOn: string | null;
  requestNumber: string | null; // NUMDEMRSA
  familySituation: string | null; // SITFAM
  rightsStatus: ImportedPerson['rightsStatus'];
  rightsStatusCode: string | null;
  suspensionReason: string | null;
  closureReason: string | null;
  closedOn: string | null;
  noFixedAddress: boolean | null;
  /** TOPFOYDRODEVORSA; each person's own flag wins over it. */
  dutiesApplicable: boolean | null;
  address: CafAddress | null;
  personCount: number;
}

export interface BuiltHousehold {
  household: CafHousehold;
  persons: ImportedPerson[];
  rejections: ImportRejection[];
  /** Children and other members (ENF, AUT, RDO): left out on purpose, not rejected. */
  skippedPersons: number;
  /** Optional values that were unreadable and left empty. */
  warnings: string[];
}

const value = (block: RawBlock | undefined, path: string): string | null => {
  const v = block?.values[path];
  return v === undefined || v === '' ? null : v;
};

export function flag(raw: string | null): boolean | null {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  return null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isoDate(raw: string | null): string | null | undefined {
  if (raw === null) return null;
  const m = ISO.exec(raw);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === raw ? raw : undefined;
}

const ROLES: Record<string, HouseholdRole> = { DEM: 'applicant', CJT: 'partner', ENF: 'child', AUT: 'other', RDO: 'other' };

function currentAddress(addresses: RawBlock[]): CafAddress | null {
  // RGADR 01 is the current address; 02 and 03 are previous ones, in no guaranteed order.
  const current = addresses.find((a) => Number(value(a, 'TroncCommunAdresse/RGADR')) === 1);
  if (!current) return null;
  const fr = (leaf: string) => value(current, `AdresseDetailleeFrance/${leaf}`);
  const abroad = [2, 3, 4, 5, 6, 7].map((n) => value(current, `AdresseHorsFrance/LIBLIG${n}ADR`));
  const street = [fr('NUMVOIE')?.replace(/^0+(?=\d)/, ''), fr('LIBTYPEVOIE'), fr('NOMVOIE'), fr('COMPLADR'), fr('LIEUDIST')];
  const parts = (street.some(Boolean) ? street : abroad).filter((p): p is string => Boolean(p));
  const postalCode = fr('CODEPOS');
  const communeCode = fr('NUMCOM')?.toUpperCase() ?? null;
  return {
    addressLine: parts.length > 0 ? cleanText(parts.join(' ')) : null,
    postalCode: postalCode && /^\d{5}$/.test(postalCode) ? postalCode : null,
    communeName: fr('NOMCOM') ? cleanText(fr('NOMCOM') as string) : null,
    communeCode: communeCode && /^(\d{5}|2[AB]\d{3})$/.test(communeCode) ? communeCode : null,
    country: value(current, 'TroncCommunAdresse/PAYS'),
  };
}

/** The most recent suspension's reason (by its start date). */
function latestReason(blocks: RawBlock[], reasonPath: string, datePath: string): string | null {
  const withReason = blocks.filter((b) => value(b, reasonPath) !== null);
  withReason.sort((a, b) => (value(b, datePath) ?? '').localeCompare(value(a, datePath) ?? ''));
  return value(withReason[0], reasonPath);
}

function readHousehold(raw: RawBlock, ordinal: number, warnings: string[]): CafHousehold {
  const where = `Foyer n° ${ordinal}`;
  const date = (path: string, label: string) => {
    const parsed = isoDate(value(raw, path));
    if (parsed !== undefined) return parsed;
    warnings.push(`${where} : ${label} invalide ${quote(value(raw, path) ?? '')} (${path.split('/').pop()}), ignorée.`);
    return null;
  };
  const organismRaw = value(raw, 'IdentificationRSA/Organisme/FONORG')?.toUpperCase() ?? null;
  const organism = organismRaw === 'CAF' || organismRaw === 'MSA' ? organismRaw : null;
  const matricule = value(raw, 'IdentificationRSA/Organisme/MATRICULE');
  const code = value(raw, 'PrestationRSA/SituationDossierRSA/EtatDossierRSA/ETATDOSRSA');
  const rightsStatus = code === null ? null : rightsStatusFromCode(code);
  if (code !== null && rightsStatus === null) warnings.push(`${where} : état du dossier RSA inconnu ${quote(code)} (ETATDOSRSA).`);
  const kids = (kind: BlockKind) => raw.children.filter((c) => c.kind === kind);
  const rightReason = latestReason(kids('suspensionRight'), 'MOTISUSDRORSA', 'DDSUSDRORSA');
  const paymentReason = latestReason(kids('suspensionPayment'), 'MOTISUSVERSRSA', 'DDSUSVERSRSA');
  const end = 'PrestationRSA/SituationDossierRSA/FinDroit';
  const endBefore = 'PrestationRSA/SituationDossierRSA/FinDroitMoisAnterieur';
  const rights = 'PrestationRSA/DetailDroitRSA/TroncCommunDroitRSA';
  // Parsed anyway, so a schema-invalid flux still yields its people; the gaps are reported.
  if (matricule === null) warnings.push(`${where} : numéro allocataire absent (MATRICULE).`);
  if (code === null) warnings.push(`${where} : état du dossier RSA absent (ETATDOSRSA).`);
  const address = currentAddress(kids('address'));
  if (address === null) warnings.push(`${where} : adresse actuelle absente (Adresse de rang 01).`);
  return {
    ordinal,
    organism,
    organismNumber: value(raw, 'IdentificationRSA/Organisme/NUMORG'),
    matricule,
    householdKey: matricule === null ? null : organism === null ? matricule : `${organism}:${matricule}`,
    rightsRequestedOn: date('IdentificationRSA/DemandeRSA/DTDEMRSA', 'date de demande RSA'),
    requestNumber: value(raw, 'IdentificationRSA/DemandeRSA/NUMDEMRSA'),
    familySituation: value(raw, 'DonneesAdministratives/SituationFamille/SITFAM'),
    rightsStatus,
    rightsStatusCode: code,
    // ETATDOSRSA 3 is the right suspended, 4 the payment: prefer the matching reason.
    suspensionReason: code === '3' ? (rightReason ?? paymentReason) : (paymentReason ?? rightReason),
    closureReason: value(raw, `${end}/MOTICLORSA`) ?? value(raw, `${endBefore}/MOTICLORSA`),
    closedOn: value(raw, `${end}/DTCLORSA`) ? date(`${end}/DTCLORSA`, 'date de clôture') : date(`${endBefore}/DTCLORSA`, 'date de clôture'),
    noFixedAddress: flag(value(raw, `${rights}/TOPSANSDOMFIXE`)),
    dutiesApplicable: flag(value(raw, `${rights}/TOPFOYDRODEVORSA`)),
    address,
    personCount: kids('person').length,
  };
}

function roleOf(person: RawBlock): string | null {
  const benefits = person.children.filter((c) => c.kind === 'benefit');
  // A person has a PFA and an RSA Prestations block; the RSA one says their role in the RSA.
  const rsa = benefits.find((b) => value(b, 'NATPREST')?.toUpperCase() === 'RSA');
  return value(rsa, 'ROLEPERS') ?? benefits.map((b) => value(b, 'ROLEPERS')).find((r) => r !== null) ?? null;
}

export function buildHousehold(raw: RawBlock, ordinal: number, today: Date): BuiltHousehold {
  const warnings: string[] = [];
  const household = readHousehold(raw, ordinal, warnings);
  const built: BuiltHousehold = { household, persons: [], rejections: [], skippedPersons: 0, warnings };
  const label = household.matricule ? ` (${household.organism ?? 'organisme inconnu'} ${household.matricule})` : '';

  raw.children
    .filter((c) => c.kind === 'person')
    .forEach((block, index) => {
      const where = `Foyer n° ${ordinal}${label}, personne n° ${index + 1}`;
      const problems: ImportRejection[] = [];
      const reject = (column: string, field: MappableField, problem: string) =>
        problems.push({ line: ordinal, column, field, reason: `${where} : ${problem}.` });
      const id = (leaf: string) => value(block, `Identification/${leaf}`);

      const roleCode = roleOf(block)?.toUpperCase() ?? null;
      const role = roleCode === null ? null : (ROLES[roleCode] ?? null);
      if (role === 'child' || role === 'other') {
        built.skippedPersons++;
        return;
      }
      if (roleCode === null) reject('ROLEPERS', 'householdRole', 'rôle dans le foyer absent (ROLEPERS)');
      else if (role === null) reject('ROLEPERS', 'householdRole', `rôle non reconnu ${quote(roleCode)} (ROLEPERS, attendu DEM, CJT, ENF, AUT ou RDO)`);

      const person = blankPerson(ordinal);
      person.lastName = cleanText(id('NOM') ?? '');
      if (!person.lastName) reject('NOM', 'lastName', 'valeur obligatoire manquante : nom (NOM)');
      person.firstNames = cleanText([id('PRENOM'), id('PRENOM2'), id('PRENOM3')].filter(Boolean).join(' '));
      if (!id('PRENOM')) reject('PRENOM', 'firstNames', 'valeur obligatoire manquante : prénom (PRENOM)');
      const birth = id('DTNAI');
      if (birth === null) reject('DTNAI', 'birthDate', 'valeur obligatoire manquante : date de naissance (DTNAI)');
      else if (!isoDate(birth)) reject('DTNAI', 'birthDate', `date de naissance invalide ${quote(birth)} (DTNAI, attendu AAAA-MM-JJ)`);
      else {
        const checked = parseBirthDate(birth, today);
        if (checked.ok) person.birthDate = checked.value;
        else reject('DTNAI', 'birthDate', `${checked.problem} (DTNAI)`);
      }
      if (problems.length > 0) {
        built.rejections.push(...problems);
        return;
      }

      const qual = id('QUAL')?.toUpperCase();
      const sex = id('SEXE');
      Object.assign(person, {
        cafNumber: household.matricule,
        cafOrganism: household.organism,
        franceTravailId: value(block, 'DossierPoleEmploi/IDASSEDIC')?.replace(/\s/g, '').toUpperCase() ?? null,
        civility: qual === 'MR' ? 'm' : qual === 'MME' || qual === 'MLE' || qual === 'MLLE' ? 'mme' : null,
        birthName: id('NOMNAI') ? cleanText(id('NOMNAI') as string) : null,
        gender: sex === '1' ? 'man' : sex === '2' ? 'woman' : null,
        addressLine: household.address?.addressLine ?? null,
        postalCode: household.address?.postalCode ?? null,
        communeName: household.address?.communeName ?? null,
        communeCode: household.address?.communeCode ?? null,
        noFixedAddress: household.noFixedAddress,
        householdKey: household.householdKey,
        householdRole: role,
        rightsStatus: household.rightsStatus,
        rightsStatusCode: household.rightsStatusCode,
        suspensionReason: household.suspensionReason,
        closureReason: household.closureReason,
        closedOn: household.closedOn,
        rightsRequestedOn: household.rightsRequestedOn,
        dutiesApplicable: flag(value(block, 'MontantCalculDroitRSAPersonne/TOPPERSDRODEVORSA')) ?? household.dutiesApplicable,
      } satisfies Partial<ImportedPerson>);
      built.persons.push(person);
    });
  return built;
}
