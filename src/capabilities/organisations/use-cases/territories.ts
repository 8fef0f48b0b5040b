import { z } from 'zod';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { TerritoryInput, type Commune, type Territory } from '../../../shared/contracts/organisations.js';
import { communes, territories } from '../schema.js';

export const listCommunes = defineUseCase({
  name: 'organisations.listCommunes',
  kind: 'query',
  permission: 'commune:read',
  input: z.object({}),
  async run({ tx, actor }): Promise<Commune[]> {
    return tx
      .select({ inseeCode: communes.inseeCode, name: communes.name, postalCodes: communes.postalCodes, territoryId: communes.territoryId })
      .from(communes)
      .where(eq(communes.departmentId, actor.departmentId))
      .orderBy(asc(communes.name));
  },
});

async function territoryView(ctx: UseCaseContext, id?: string): Promise<Territory[]> {
  return ctx.tx
    .select({ id: territories.id, name: territories.name, communeCount: sql<number>`cast(${count(communes.inseeCode)} as int)` })
    .from(territories)
    .leftJoin(communes, and(eq(communes.departmentId, territories.departmentId), eq(communes.territoryId, territories.id)))
    .where(inScope(ctx.actor, territories, id ? eq(territories.id, id) : undefined))
    .groupBy(territories.departmentId, territories.id, territories.name)
    .orderBy(asc(territories.name));
}

export const listTerritories = defineUseCase({
  name: 'organisations.listTerritories',
  kind: 'query',
  permission: 'organisation:read',
  input: z.object({}),
  run: (ctx) => territoryView(ctx),
});

/** Moves the listed communes into the territory; communes no longer listed leave it. */
async function assignCommunes(ctx: UseCaseContext, territoryId: string, codes: string[]): Promise<void> {
  const { tx, actor } = ctx;
  if (codes.length) {
    const known = await tx
      .select({ code: communes.inseeCode })
      .from(communes)
      .where(and(eq(communes.departmentId, actor.departmentId), inArray(communes.inseeCode, codes)));
    const missing = codes.filter((c) => !known.some((k) => k.code === c));
    if (missing.length) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: 'communeCodes', message: `Communes inconnues dans ce département : ${missing.slice(0, 10).join(', ')}` },
      ]);
    }
  }
  await tx
    .update(communes)
    .set({ territoryId: null })
    .where(and(eq(communes.departmentId, actor.departmentId), eq(communes.territoryId, territoryId)));
  if (codes.length) {
    await tx
      .update(communes)
      .set({ territoryId })
      .where(and(eq(communes.departmentId, actor.departmentId), inArray(communes.inseeCode, codes)));
  }
}

export const createTerritory = defineUseCase({
  name: 'organisations.createTerritory',
  kind: 'command',
  permission: 'organisation:manage',
  input: TerritoryInput,
  async run(ctx, input) {
    const [row] = await ctx.tx.insert(territories).values({ departmentId: ctx.actor.departmentId, name: input.name }).returning();
    await assignCommunes(ctx, row!.id, input.communeCodes);
    await ctx.audit({ action: 'territory.create', entityType: 'territory', entityId: row!.id });
    return (await territoryView(ctx, row!.id))[0]!;
  },
});

export const updateTerritory = defineUseCase({
  name: 'organisations.updateTerritory',
  kind: 'command',
  permission: 'organisation:manage',
  input: z.object({ id: Id, data: TerritoryInput }),
  async run(ctx, { id, data }) {
    const updated = await ctx.tx
      .update(territories)
      .set({ name: data.name, updatedAt: new Date() })
      .where(inScope(ctx.actor, territories, eq(territories.id, id)))
      .returning({ id: territories.id });
    if (!updated.length) throw notFound();
    await assignCommunes(ctx, id, data.communeCodes);
    await ctx.audit({ action: 'territory.update', entityType: 'territory', entityId: id });
    return (await territoryView(ctx, id))[0]!;
  },
});
