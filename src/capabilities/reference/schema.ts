import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { oneOf, tenantColumns, timestamps } from '../../platform/db/columns.js';
import { departments } from '../organisations/schema.js';

export const REFERENCE_LISTS = ['themes', 'situations', 'objectives', 'actions'] as const;

/**
 * The département's reference lists (diagnostic situations, pathway themes, objectives,
 * actions): seeded from the project's reference data, then edited by the administrator. An item
 * is deactivated rather than deleted, so records that used it still read.
 */
export const referenceItems = pgTable(
  'reference_items',
  {
    ...tenantColumns(),
    list: text('list', { enum: REFERENCE_LISTS }).notNull(),
    /** The theme code the item belongs to (for themes: the theme's own code). */
    theme: text('theme').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    foreignKey({ columns: [t.departmentId], foreignColumns: [departments.id] }),
    uniqueIndex('reference_items_label_uq').on(t.departmentId, t.list, t.theme, t.label),
    index('reference_items_list_idx').on(t.departmentId, t.list, t.active, t.position),
    check('reference_items_list_ck', oneOf(t.list, REFERENCE_LISTS)),
    check('reference_items_label_ck', sql`length(${t.label}) between 1 and 300`),
  ],
);
