import { z } from 'zod';
import { ROLES, LOCALES } from '../roles.js';
import { IsoDate, trimmed } from './common.js';

export const Commune = z.object({
  inseeCode: z.string(),
  name: z.string(),
  postalCodes: z.array(z.string()),
  territoryId: z.uuid().nullable(),
});
export type Commune = z.infer<typeof Commune>;

export const Territory = z.object({ id: z.uuid(), name: z.string(), communeCount: z.number().int() });
export type Territory = z.infer<typeof Territory>;
export const TerritoryInput = z.object({
  name: trimmed(120),
  communeCodes: z.array(z.string().regex(/^\d[\dAB]\d{3}$/, 'Code INSEE invalide')).max(1000).default([]),
});
export type TerritoryInput = z.infer<typeof TerritoryInput>;

export const Site = z.object({ id: z.uuid(), name: z.string(), address: z.string(), communeCode: z.string().nullable() });
export const SiteInput = z.object({
  name: trimmed(120),
  address: trimmed(300),
  communeCode: z.string().regex(/^\d[\dAB]\d{3}$/, 'Code INSEE invalide').nullable().default(null),
});
export const Provider = z.object({
  id: z.uuid(),
  name: z.string(),
  siret: z.string().nullable(),
  active: z.boolean(),
  sites: z.array(Site),
});
export type Provider = z.infer<typeof Provider>;
export const ProviderInput = z.object({
  name: trimmed(160),
  siret: z.string().regex(/^\d{14}$/, 'Le SIRET compte 14 chiffres').nullable().default(null),
  active: z.boolean().default(true),
});
export type ProviderInput = z.infer<typeof ProviderInput>;

const money = z.number().nonnegative().max(100_000_000);
export const Lot = z.object({
  id: z.uuid(),
  tenderId: z.uuid(),
  number: z.number().int(),
  label: z.string(),
  territoryId: z.uuid(),
  providerId: z.uuid().nullable(),
  capacity: z.number().int(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  pricePerBeneficiaryMonth: z.number().nullable(),
  fixedPrice: z.number().nullable(),
});
export type Lot = z.infer<typeof Lot>;
export const LotInput = z
  .object({
    number: z.number().int().min(1).max(999),
    label: trimmed(160),
    territoryId: z.uuid(),
    providerId: z.uuid().nullable().default(null),
    capacity: z.number().int().min(0).max(1_000_000),
    startsOn: IsoDate,
    endsOn: IsoDate,
    pricePerBeneficiaryMonth: money.nullable().default(null),
    fixedPrice: money.nullable().default(null),
  })
  .refine((l) => l.endsOn >= l.startsOn, { message: 'La date de fin précède la date de début', path: ['endsOn'] });
export type LotInput = z.infer<typeof LotInput>;

export const Tender = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  lots: z.array(Lot),
});
export type Tender = z.infer<typeof Tender>;
export const TenderInput = z
  .object({ reference: trimmed(60), title: trimmed(200), startsOn: IsoDate, endsOn: IsoDate })
  .refine((t) => t.endsOn >= t.startsOn, { message: 'La date de fin précède la date de début', path: ['endsOn'] });
export type TenderInput = z.infer<typeof TenderInput>;

export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  providerId: z.uuid().nullable(),
  active: z.boolean(),
  locale: z.enum(LOCALES),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;
export const UserInput = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  displayName: trimmed(120),
  role: z.enum(ROLES),
  providerId: z.uuid().nullable().default(null),
  password: z.string().min(12, 'Au moins 12 caractères').max(512),
});
export type UserInput = z.infer<typeof UserInput>;
export const UserUpdate = z.object({
  displayName: trimmed(120).optional(),
  role: z.enum(ROLES).optional(),
  providerId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
  password: z.string().min(12, 'Au moins 12 caractères').max(512).optional(),
});
export type UserUpdate = z.infer<typeof UserUpdate>;
