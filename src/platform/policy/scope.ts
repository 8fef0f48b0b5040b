import { and, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from './actor.js';

type TenantTable = PgTable & { departmentId: PgColumn };

/**
 * The scoped query builder: the WHERE clause every read of tenant data starts from. It always
 * restricts to the actor's département; for PIP staff, to their provider wherever the table has
 * a provider; for referents, to their own people wherever the table has a referent. A row outside
 * the scope is simply not found, so foreign resources answer 404 and their existence never leaks.
 */
export function inScope(actor: Actor, table: TenantTable, ...conditions: (SQL | undefined)[]): SQL {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const clauses: (SQL | undefined)[] = [eq(table.departmentId, actor.departmentId)];
  if (actor.providerId !== null && columns.providerId) clauses.push(eq(columns.providerId, actor.providerId));
  if (actor.role === 'referent' && columns.referentId) clauses.push(eq(columns.referentId, actor.userId));
  return and(...clauses, ...conditions) as SQL;
}
