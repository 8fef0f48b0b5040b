import { sql } from 'drizzle-orm';
import {
  boolean, check, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { LOCALES, ROLES } from '../../shared/roles.js';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';

/** A département: the tenant. Its code is the INSEE one ("84" for Vaucluse). */
export const departments = pgTable('departments', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  ...timestamps(),
});

/** Communes come from the official list (@etalab/decoupage-administratif), never typed by hand. */
export const communes = pgTable(
  'communes',
  {
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    inseeCode: text('insee_code').notNull(),
    name: text('name').notNull(),
    postalCodes: text('postal_codes').array().notNull(),
    population: integer('population'),
    territoryId: uuid('territory_id'),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.inseeCode] }),
    foreignKey({ columns: [t.departmentId, t.territoryId], foreignColumns: [territories.departmentId, territories.id] }),
    index('communes_territory_idx').on(t.departmentId, t.territoryId),
  ],
);

export const territories = pgTable(
  'territories',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId], foreignColumns: [departments.id] }),
    uniqueIndex('territories_name_uq').on(t.departmentId, t.name),
  ],
);

/** A Pôle Insertion Professionnelle: a provider designated by tender. */
export const providers = pgTable(
  'providers',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    siret: text('siret'),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId], foreignColumns: [departments.id] }),
    uniqueIndex('providers_name_uq').on(t.departmentId, t.name),
    check('providers_siret_ck', sql`${t.siret} ~ '^[0-9]{14}$'`),
  ],
);

export const sites = pgTable(
  'provider_sites',
  {
    ...tenantColumns(),
    providerId: uuid('provider_id').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    communeCode: text('commune_code'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    foreignKey({ columns: [t.departmentId, t.communeCode], foreignColumns: [communes.departmentId, communes.inseeCode] }),
    index('provider_sites_provider_idx').on(t.departmentId, t.providerId),
  ],
);

/** A public tender (marché) designating the PIPs; split in lots, usually one per territory. */
export const tenders = pgTable(
  'tenders',
  {
    ...tenantColumns(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId], foreignColumns: [departments.id] }),
    uniqueIndex('tenders_reference_uq').on(t.departmentId, t.reference),
    check('tenders_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const lots = pgTable(
  'lots',
  {
    ...tenantColumns(),
    tenderId: uuid('tender_id').notNull(),
    number: integer('number').notNull(),
    label: text('label').notNull(),
    territoryId: uuid('territory_id').notNull(),
    providerId: uuid('provider_id'),
    /** Contracted capacity, in beneficiaries accompanied at once. */
    capacity: integer('capacity').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    pricePerBeneficiaryMonth: numeric('price_per_beneficiary_month', { precision: 12, scale: 2, mode: 'number' }),
    fixedPrice: numeric('fixed_price', { precision: 14, scale: 2, mode: 'number' }),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId, t.tenderId], foreignColumns: [tenders.departmentId, tenders.id] }),
    foreignKey({ columns: [t.departmentId, t.territoryId], foreignColumns: [territories.departmentId, territories.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    uniqueIndex('lots_number_uq').on(t.departmentId, t.tenderId, t.number),
    index('lots_provider_idx').on(t.departmentId, t.providerId),
    check('lots_capacity_ck', sql`${t.capacity} >= 0`),
    check('lots_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/**
 * Staff accounts. Login is by e-mail across the installation, so the e-mail is unique globally;
 * under Citus this table would be a reference table (it is small), see docs/decisions.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    departmentId: uuid('department_id').notNull(),
    providerId: uuid('provider_id'),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    locale: text('locale', { enum: LOCALES }).notNull().default('fr'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [
    foreignKey({ columns: [t.departmentId], foreignColumns: [departments.id] }),
    foreignKey({ columns: [t.departmentId, t.providerId], foreignColumns: [providers.departmentId, providers.id] }),
    uniqueIndex('users_email_uq').on(t.email),
    index('users_department_idx').on(t.departmentId, t.providerId, t.role),
    check('users_role_ck', oneOf(t.role, ROLES)),
    check('users_locale_ck', oneOf(t.locale, LOCALES)),
    check('users_email_lower_ck', sql`${t.email} = lower(${t.email})`),
    check(
      'users_provider_role_ck',
      sql`(${t.role} in ('pip_manager', 'referent')) = (${t.providerId} is not null)`,
    ),
  ],
);

/** Typed settings (see src/shared/settings.ts): département values, and per-lot overrides. */
export const departmentSettings = pgTable(
  'department_settings',
  {
    departmentId: uuid('department_id').primaryKey().references(() => departments.id),
    values: jsonb('values').notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
);

export const lotSettings = pgTable(
  'lot_settings',
  {
    departmentId: uuid('department_id').notNull(),
    lotId: uuid('lot_id').notNull(),
    values: jsonb('values').notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.lotId] }),
    foreignKey({ columns: [t.departmentId, t.lotId], foreignColumns: [lots.departmentId, lots.id] }),
  ],
);
