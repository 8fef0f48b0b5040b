import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { BlobReferences } from '../../platform/files/sweep.js';
import { communes, departments, lots, providers, territories, users } from './schema.js';

/** Reads other capabilities need about the organisation. */
export async function communeOf(tx: Executor, departmentId: string, inseeCode: string) {
  const [row] = await tx.select().from(communes).where(and(eq(communes.departmentId, departmentId), eq(communes.inseeCode, inseeCode)));
  return row ?? null;
}

export async function lotById(tx: Executor, departmentId: string, lotId: string) {
  const [row] = await tx.select().from(lots).where(and(eq(lots.departmentId, departmentId), eq(lots.id, lotId)));
  return row ?? null;
}

export async function lotsOfTerritory(tx: Executor, departmentId: string, territoryId: string) {
  return tx
    .select({ lot: lots, providerName: providers.name })
    .from(lots)
    .leftJoin(providers, and(eq(providers.departmentId, lots.departmentId), eq(providers.id, lots.providerId)))
    .where(and(eq(lots.departmentId, departmentId), eq(lots.territoryId, territoryId)));
}

/** An active referent of the given provider, or null. */
export async function activeReferent(tx: Executor, departmentId: string, providerId: string, userId: string) {
  const [row] = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.departmentId, departmentId), eq(users.providerId, providerId), eq(users.id, userId), eq(users.role, 'referent'), eq(users.active, true)));
  return row ?? null;
}

/** An active member of the provider's staff (manager or referent), or null. */
export async function activeStaffMember(tx: Executor, departmentId: string, providerId: string, userId: string) {
  const [row] = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.departmentId, departmentId), eq(users.providerId, providerId), eq(users.id, userId), eq(users.active, true)));
  return row ?? null;
}

/** The provider's active staff (manager and referents), by name: the PIP's team. */
export async function staffOf(tx: Executor, departmentId: string, providerId: string) {
  return tx
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.departmentId, departmentId), eq(users.providerId, providerId), eq(users.active, true)))
    .orderBy(users.displayName);
}

export async function referentsOf(tx: Executor, departmentId: string, providerId: string) {
  return tx
    .select({ id: users.id, displayName: users.displayName, active: users.active })
    .from(users)
    .where(and(eq(users.departmentId, departmentId), eq(users.providerId, providerId), eq(users.role, 'referent')));
}

export async function territoryName(tx: Executor, departmentId: string, territoryId: string): Promise<string | null> {
  const [row] = await tx.select({ name: territories.name }).from(territories).where(and(eq(territories.departmentId, departmentId), eq(territories.id, territoryId)));
  return row?.name ?? null;
}

/**
 * For the orphan sweep: the files of a département this database does not know are not its own (a
 * bucket shared with another installation, a restore in progress), so every one of them is kept.
 */
export const foreignDepartmentKeys: BlobReferences = async (db, departmentId, keys) => {
  const [known] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
  return known ? [] : keys;
};
