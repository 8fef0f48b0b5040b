import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { notFound } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { LotInput, TenderInput, type Lot, type Tender } from '../../../shared/contracts/organisations.js';
import { lots, tenders } from '../schema.js';

const lotView = (l: typeof lots.$inferSelect): Lot => ({
  id: l.id,
  tenderId: l.tenderId,
  number: l.number,
  label: l.label,
  territoryId: l.territoryId,
  providerId: l.providerId,
  capacity: l.capacity,
  startsOn: l.startsOn,
  endsOn: l.endsOn,
  pricePerBeneficiaryMonth: l.pricePerBeneficiaryMonth,
  fixedPrice: l.fixedPrice,
});

async function tenderViews(ctx: UseCaseContext, id?: string): Promise<Tender[]> {
  const { tx, actor } = ctx;
  const rows = await tx.select().from(tenders).where(inScope(actor, tenders, id ? eq(tenders.id, id) : undefined)).orderBy(asc(tenders.startsOn));
  const lotRows = await tx.select().from(lots).where(inScope(actor, lots, id ? eq(lots.tenderId, id) : undefined)).orderBy(asc(lots.number));
  return rows.map((t) => ({
    id: t.id,
    reference: t.reference,
    title: t.title,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    lots: lotRows.filter((l) => l.tenderId === t.id).map(lotView),
  }));
}

export const listTenders = defineUseCase({
  name: 'organisations.listTenders',
  kind: 'query',
  permission: 'organisation:read',
  input: z.object({}),
  run: (ctx) => tenderViews(ctx),
});

export const createTender = defineUseCase({
  name: 'organisations.createTender',
  kind: 'command',
  permission: 'organisation:manage',
  input: TenderInput,
  async run(ctx, input) {
    const [row] = await ctx.tx.insert(tenders).values({ departmentId: ctx.actor.departmentId, ...input }).returning();
    await ctx.audit({ action: 'tender.create', entityType: 'tender', entityId: row!.id });
    return (await tenderViews(ctx, row!.id))[0]!;
  },
});

export const addLot = defineUseCase({
  name: 'organisations.addLot',
  kind: 'command',
  permission: 'organisation:manage',
  input: z.object({ id: Id, data: LotInput }),
  async run(ctx, { id, data }) {
    const [tender] = await ctx.tx.select({ id: tenders.id }).from(tenders).where(inScope(ctx.actor, tenders, eq(tenders.id, id)));
    if (!tender) throw notFound();
    const [row] = await ctx.tx.insert(lots).values({ departmentId: ctx.actor.departmentId, tenderId: id, ...data }).returning();
    await ctx.audit({ action: 'lot.create', entityType: 'lot', entityId: row!.id, details: { tenderId: id } });
    return lotView(row!);
  },
});

export const updateLot = defineUseCase({
  name: 'organisations.updateLot',
  kind: 'command',
  permission: 'organisation:manage',
  input: z.object({ id: Id, data: LotInput }),
  async run(ctx, { id, data }) {
    const [row] = await ctx.tx
      .update(lots)
      .set({ ...data, updatedAt: new Date() })
      .where(inScope(ctx.actor, lots, eq(lots.id, id)))
      .returning();
    if (!row) throw notFound();
    await ctx.audit({ action: 'lot.update', entityType: 'lot', entityId: id });
    return lotView(row);
  },
});

/** A lot the actor may see, or 404: used by per-lot settings. */
export async function requireLot(ctx: UseCaseContext, id: string): Promise<void> {
  const [row] = await ctx.tx.select({ id: lots.id }).from(lots).where(and(inScope(ctx.actor, lots, eq(lots.id, id))));
  if (!row) throw notFound();
}
