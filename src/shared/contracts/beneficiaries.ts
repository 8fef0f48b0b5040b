import { z } from 'zod';
import {
  ALERT_KINDS, CIVILITIES, EXIT_CATEGORIES, GENDERS, HOUSEHOLD_ROLES, ISCED_LEVELS, ORIENTATION_KINDS, PATHWAY_STATUSES, RIGHTS_STATUSES,
} from '../beneficiaries.js';
import { IsoDate, PageQuery } from './common.js';

const text = (max: number) => z.string().trim().max(max);
const inseeCode = z.string().regex(/^\d[\dAB]\d{3}$/, 'Code INSEE invalide');
export const RomeCode = z.string().regex(/^[A-N]\d{4}$/, 'Code ROME invalide (une lettre et quatre chiffres)');
const phone = z.string().trim().regex(/^\+?[0-9 .-]{6,20}$/, 'Numéro de téléphone invalide');

/** Diagnostic, constraints and professional project. Health is restricted to the person's PIP. */
const profileShape = {
  highestDiploma: text(160).nullable(),
  iscedLevel: z.enum(ISCED_LEVELS).nullable(),
  workExperience: text(4000).nullable(),
  drivingLicence: z.boolean().nullable(),
  vehicle: z.boolean().nullable(),
  mobilityRadiusKm: z.number().int().min(0).max(500).nullable(),
  digitalAutonomy: z.enum(['none', 'assisted', 'autonomous']).nullable(),
  languages: z.array(text(60)).max(20),
  situations: z.array(text(200)).max(100),
  availability: text(1000).nullable(),
  childcareConstraint: text(1000).nullable(),
  housingConstraint: text(1000).nullable(),
  /** Health data (RQTH, constraints): only the referent's PIP and the person see it. */
  healthConstraint: text(1000).nullable(),
  targetJobs: z.array(z.object({ romeCode: RomeCode, label: text(200) })).max(10),
  searchZone: text(200).nullable(),
  expectedSalary: text(100).nullable(),
  contractTypesSought: z.array(z.enum(['cdi', 'cdd', 'interim', 'alternance', 'creation', 'other'])).max(6),
};
const LISTS = new Set(['languages', 'situations', 'targetJobs', 'contractTypesSought']);

/** The whole profile, every field present (empty ones null or []): how it is stored and read. */
export const Profile = z.object(
  Object.fromEntries(Object.entries(profileShape).map(([k, v]) => [k, (v as z.ZodType).default(LISTS.has(k) ? [] : null)])) as {
    [K in keyof typeof profileShape]: z.ZodDefault<(typeof profileShape)[K]>;
  },
);
/** The fields an edit sends: absent ones are left as they are. */
export const ProfilePatch = z.object(profileShape).partial();
export type Profile = z.infer<typeof Profile>;

const identityShape = {
  civility: z.enum(CIVILITIES).nullable(),
  lastName: text(120).min(1),
  birthName: text(120).nullable(),
  firstNames: text(160).min(1),
  birthDate: IsoDate,
  gender: z.enum(GENDERS).nullable(),
  cafNumber: z.string().trim().regex(/^[0-9A-Z]{1,15}$/, 'Numéro allocataire invalide').nullable(),
  cafOrganism: z.enum(['CAF', 'MSA']).nullable(),
  franceTravailId: z.string().trim().regex(/^[0-9A-Z]{5,15}$/, 'Identifiant France Travail invalide').nullable(),
  phone: phone.nullable(),
  email: z.email().max(254).nullable(),
  addressLine: text(300).nullable(),
  postalCode: z.string().regex(/^\d{5}$/, 'Code postal à 5 chiffres').nullable(),
  communeCode: inseeCode.nullable(),
  noFixedAddress: z.boolean(),
  householdRole: z.enum(HOUSEHOLD_ROLES).nullable(),
  rightsStatus: z.enum(RIGHTS_STATUSES).nullable(),
  dutiesApplicable: z.boolean().nullable(),
  dutiesEntryDate: IsoDate.nullable(),
};

/** Identity and contact as stored; on creation only names and birth date are required. */
export const Identity = z.object(identityShape);
const IdentityCreate = Identity.partial().required({ lastName: true, firstNames: true, birthDate: true });


export const BeneficiaryInput = IdentityCreate.extend({ profile: Profile.default(Profile.parse({})) });
export type BeneficiaryInput = z.infer<typeof BeneficiaryInput>;

/** A partial update; `version` is the one the editor loaded (optimistic locking). */
export const BeneficiaryUpdate = z.object({
  version: z.number().int().min(1),
  identity: Identity.partial().optional(),
  profile: ProfilePatch.optional(),
});
export type BeneficiaryUpdate = z.infer<typeof BeneficiaryUpdate>;

export const Alert = z.object({ kind: z.enum(ALERT_KINDS), dueOn: z.string() });

export const BeneficiarySummary = z.object({
  id: z.uuid(),
  lastName: z.string(),
  firstNames: z.string(),
  birthDate: z.string(),
  cafNumber: z.string().nullable(),
  communeName: z.string().nullable(),
  pathwayStatus: z.enum(PATHWAY_STATUSES),
  orientationKind: z.enum(ORIENTATION_KINDS).nullable(),
  providerName: z.string().nullable(),
  referentName: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  alerts: z.array(z.enum(ALERT_KINDS)),
});
export type BeneficiarySummary = z.infer<typeof BeneficiarySummary>;

export const SORTS = ['name', 'birthDate', 'status', 'lastContact', 'alerts'] as const;
export const BeneficiaryListQuery = PageQuery.extend({
  q: z.string().trim().max(120).optional(),
  status: z.enum(PATHWAY_STATUSES).optional(),
  alert: z.enum(ALERT_KINDS).optional(),
  referentId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  lotId: z.uuid().optional(),
  territoryId: z.uuid().optional(),
  sort: z.enum(SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type BeneficiaryListQuery = z.infer<typeof BeneficiaryListQuery>;

export const TimelineEvent = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  kind: z.string(),
  actorName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const BeneficiaryFile = z.object({
  id: z.uuid(),
  version: z.number().int(),
  identity: Identity,
  profile: Profile,
  /** False when the reader may not see health data: `profile.healthConstraint` is then null. */
  healthVisible: z.boolean(),
  communeName: z.string().nullable(),
  pathway: z.object({
    status: z.enum(PATHWAY_STATUSES),
    orientationKind: z.enum(ORIENTATION_KINDS).nullable(),
    orientedOn: z.string().nullable(),
    lotId: z.uuid().nullable(),
    providerId: z.uuid().nullable(),
    providerName: z.string().nullable(),
    referentId: z.uuid().nullable(),
    referentName: z.string().nullable(),
    assignedOn: z.string().nullable(),
    firstContactOn: z.string().nullable(),
    lastContactOn: z.string().nullable(),
    exitReason: z.string().nullable(),
    exitCategory: z.enum(EXIT_CATEGORIES).nullable(),
    exitPositive: z.boolean().nullable(),
    endedOn: z.string().nullable(),
  }),
  alerts: z.array(Alert),
  timeline: z.array(TimelineEvent),
});
export type BeneficiaryFile = z.infer<typeof BeneficiaryFile>;
