import { sql, type SQL } from 'drizzle-orm';
import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every tenant table starts with these: its primary key is (department_id, id) so that the table
 * can be distributed by département (Citus) without a redesign, and so that a row can only
 * reference rows of its own département through composite foreign keys.
 */
export const tenantColumns = () => ({
  departmentId: uuid('department_id').notNull(),
  id: uuid('id').notNull().default(sql`gen_random_uuid()`),
});

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** A CHECK that a text column holds one of the reference values. */
export const oneOf = (column: SQL | { name: string }, values: readonly string[]): SQL =>
  sql`${column} in (${sql.join(
    values.map((v) => sql.raw(`'${v.replace(/'/g, "''")}'`)),
    sql`, `,
  )})`;

/** Binary content; PGlite hands back a Uint8Array where node-postgres gives a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
