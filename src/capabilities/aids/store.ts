import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { BlobReferences } from '../../platform/files/sweep.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { inScope } from '../../platform/policy/scope.js';
import type { UseCaseContext } from '../../platform/usecase/runner.js';
import type { AidStatus, AidType } from '../../shared/aids.js';
import { nextAidStatus, type AidEvent } from './lifecycle.js';
import { ceilingProblems, personUse, remainingCents, type Ceilings, type PersonUse } from './rules.js';
import { aidCatalogue, aidDocuments, aidRequestEvents, aidRequests } from './schema.js';

export type AidRequestRow = typeof aidRequests.$inferSelect;
export type CatalogueRow = typeof aidCatalogue.$inferSelect;

/** The request if the actor may see it (département, then PIP, then referent): otherwise 404. */
export async function findRequest(ctx: UseCaseContext, id: string, forUpdate = false): Promise<AidRequestRow> {
  const query = ctx.tx.select().from(aidRequests).where(inScope(ctx.actor, aidRequests, eq(aidRequests.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Demande d’aide introuvable.');
  return row;
}

/** The blob keys aid documents still point to, for the orphan sweep. */
export const aidDocumentKeys: BlobReferences = async (db, departmentId, keys) =>
  (await db.select({ key: aidDocuments.storageKey }).from(aidDocuments)
    .where(and(eq(aidDocuments.departmentId, departmentId), inArray(aidDocuments.storageKey, keys)))).map((row) => row.key);

/** The catalogue entry of an aid type for a year, when the département offers it. */
export async function catalogueEntry(tx: Executor, departmentId: string, year: number, aidType: AidType): Promise<CatalogueRow | null> {
  const [row] = await tx
    .select()
    .from(aidCatalogue)
    .where(and(eq(aidCatalogue.departmentId, departmentId), eq(aidCatalogue.year, year), eq(aidCatalogue.aidType, aidType)));
  return row ?? null;
}

export const ceilingsOf = (c: CatalogueRow): Ceilings => ({
  perRequestCents: c.perRequestCents, perPersonYearCents: c.perPersonYearCents, lifetimeCents: c.lifetimeCents,
});

/** What the person already has of an aid type, leaving out one request (the one being checked). */
export async function usageOf(tx: Executor, departmentId: string, beneficiaryId: string, aidType: AidType, year: number, except?: string): Promise<PersonUse> {
  const rows = await tx
    .select({ status: aidRequests.status, year: aidRequests.year, requestedCents: aidRequests.requestedCents, grantedCents: aidRequests.grantedCents, paidCents: aidRequests.paidCents })
    .from(aidRequests)
    .where(and(
      eq(aidRequests.departmentId, departmentId), eq(aidRequests.beneficiaryId, beneficiaryId), eq(aidRequests.aidType, aidType),
      except ? ne(aidRequests.id, except) : undefined,
    ));
  return personUse(rows, year);
}

/**
 * Refuses an amount over a ceiling, every broken ceiling in the message. The person row is
 * locked by the caller, so two requests for one person are checked one after the other.
 */
export async function assertWithinCeilings(tx: Executor, entry: CatalogueRow, beneficiaryId: string, amountCents: number, except?: string): Promise<void> {
  const use = await usageOf(tx, entry.departmentId, beneficiaryId, entry.aidType, entry.year, except);
  const problems = ceilingProblems(ceilingsOf(entry), use, amountCents);
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems.join(' '), problems.map((message) => ({ path: 'requestedCents', message })));
}

export async function remainingFor(tx: Executor, entry: CatalogueRow, beneficiaryId: string): Promise<{ remainingCents: number | null; usedThisYearCents: number }> {
  const use = await usageOf(tx, entry.departmentId, beneficiaryId, entry.aidType, entry.year);
  return { remainingCents: remainingCents(ceilingsOf(entry), use), usedThisYearCents: use.yearCents };
}

/**
 * Moves a request through its state machine, recording who and when (and the amount and the
 * reason, when there are). Refuses an event the current status does not allow.
 */
export async function moveRequest(
  ctx: UseCaseContext, row: AidRequestRow, event: AidEvent,
  change: Partial<typeof aidRequests.$inferInsert> = {}, note: { amountCents?: number | null; reason?: string | null } = {},
): Promise<AidStatus> {
  const to = nextAidStatus(row.status, event);
  if (!to) throw new AppError('CONFLICT', 'Cette étape n’est pas possible pour une demande dans cet état.');
  await ctx.tx
    .update(aidRequests)
    .set({ ...change, status: to, version: sql`${aidRequests.version} + 1`, updatedAt: new Date() })
    .where(and(eq(aidRequests.departmentId, row.departmentId), eq(aidRequests.id, row.id)));
  await recordAidEvent(ctx.tx, row, event, row.status, to, ctx.actor.userId, note);
  return to;
}

export async function recordAidEvent(
  tx: Executor, row: Pick<AidRequestRow, 'departmentId' | 'id'>, event: string, from: AidStatus | null, to: AidStatus, actorId: string,
  note: { amountCents?: number | null; reason?: string | null } = {},
): Promise<void> {
  await tx.insert(aidRequestEvents).values({
    departmentId: row.departmentId, requestId: row.id, event, fromStatus: from, toStatus: to, actorId,
    amountCents: note.amountCents ?? null, reason: note.reason ?? null,
  });
}

/** The catalogue of a year, in the reference order of aid types. */
export async function catalogueOf(tx: Executor, departmentId: string, year: number, activeOnly = false): Promise<CatalogueRow[]> {
  return tx
    .select()
    .from(aidCatalogue)
    .where(and(eq(aidCatalogue.departmentId, departmentId), eq(aidCatalogue.year, year), activeOnly ? eq(aidCatalogue.active, true) : undefined))
    .orderBy(asc(aidCatalogue.aidType));
}

export const catalogueView = (c: CatalogueRow) => ({
  id: c.id, year: c.year, aidType: c.aidType, perRequestCents: c.perRequestCents, perPersonYearCents: c.perPersonYearCents,
  lifetimeCents: c.lifetimeCents, requiredDocuments: c.requiredDocuments, contractRequired: c.contractRequired, payee: c.payee, active: c.active,
});

