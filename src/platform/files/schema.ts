import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { bytea, tenantColumns } from '../db/columns.js';

/**
 * Files people attach (signed contract scans, quotes, proofs), kept in the database so that the
 * embedded and the server deployments back up one thing, in the same transaction as the record
 * that points to them. Capabilities keep the id; the file is reached only through their record.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.id] }),
    check('stored_files_size_ck', sql`${t.size} = octet_length(${t.content})`),
  ],
);
