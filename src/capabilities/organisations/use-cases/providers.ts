import { z } from 'zod';
import { asc, eq } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { notFound } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { ProviderInput, SiteInput, type Provider } from '../../../shared/contracts/organisations.js';
import { providers, sites } from '../schema.js';

async function providerViews(ctx: UseCaseContext, id?: string): Promise<Provider[]> {
  const { tx, actor } = ctx;
  const rows = await tx
    .select()
    .from(providers)
    .where(inScope(actor, providers, id ? eq(providers.id, id) : undefined))
    .orderBy(asc(providers.name));
  const siteRows = await tx
    .select()
    .from(sites)
    .where(inScope(actor, sites, id ? eq(sites.providerId, id) : undefined))
    .orderBy(asc(sites.name));
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    siret: p.siret,
    active: p.active,
    sites: siteRows
      .filter((s) => s.providerId === p.id)
      .map((s) => ({ id: s.id, name: s.name, address: s.address, communeCode: s.communeCode })),
  }));
}

export const listProviders = defineUseCase({
  name: 'organisations.listProviders',
  kind: 'query',
  permission: 'organisation:read',
  input: z.object({}),
  run: (ctx) => providerViews(ctx),
});

export const createProvider = defineUseCase({
  name: 'organisations.createProvider',
  kind: 'command',
  permission: 'organisation:manage',
  input: ProviderInput,
  async run(ctx, input) {
    const [row] = await ctx.tx.insert(providers).values({ departmentId: ctx.actor.departmentId, ...input }).returning();
    await ctx.audit({ action: 'provider.create', entityType: 'provider', entityId: row!.id });
    return (await providerViews(ctx, row!.id))[0]!;
  },
});

export const updateProvider = defineUseCase({
  name: 'organisations.updateProvider',
  kind: 'command',
  permission: 'organisation:manage',
  input: z.object({ id: Id, data: ProviderInput }),
  async run(ctx, { id, data }) {
    const updated = await ctx.tx
      .update(providers)
      .set({ ...data, updatedAt: new Date() })
      .where(inScope(ctx.actor, providers, eq(providers.id, id)))
      .returning({ id: providers.id });
    if (!updated.length) throw notFound();
    await ctx.audit({ action: 'provider.update', entityType: 'provider', entityId: id });
    return (await providerViews(ctx, id))[0]!;
  },
});

export const addSite = defineUseCase({
  name: 'organisations.addSite',
  kind: 'command',
  permission: 'organisation:manage',
  input: z.object({ id: Id, data: SiteInput }),
  async run(ctx, { id, data }) {
    const [provider] = await ctx.tx.select({ id: providers.id }).from(providers).where(inScope(ctx.actor, providers, eq(providers.id, id)));
    if (!provider) throw notFound();
    const [site] = await ctx.tx.insert(sites).values({ departmentId: ctx.actor.departmentId, providerId: id, ...data }).returning();
    await ctx.audit({ action: 'provider.add_site', entityType: 'provider_site', entityId: site!.id, details: { providerId: id } });
    return { id: site!.id, name: site!.name, address: site!.address, communeCode: site!.communeCode };
  },
});
