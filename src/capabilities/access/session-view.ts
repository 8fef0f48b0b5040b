import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { SessionUser } from '../../shared/contracts/auth.js';
import { departments, providers, users } from '../organisations/schema.js';

/** The signed-in user as the web app shows them. */
export async function sessionUser(tx: Executor, userId: string): Promise<SessionUser> {
  const [row] = await tx
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      locale: users.locale,
      departmentId: users.departmentId,
      departmentName: departments.name,
      providerId: users.providerId,
      providerName: sql<string | null>`${providers.name}`,
    })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(providers, sql`${providers.departmentId} = ${users.departmentId} and ${providers.id} = ${users.providerId}`)
    .where(eq(users.id, userId));
  if (!row) throw new Error('session user vanished');
  return row;
}
