import { z } from 'zod';
import { asc, eq } from 'drizzle-orm';
import { defineUseCase } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { notFound } from '../../platform/http/errors.js';
import { Id } from '../../shared/contracts/common.js';
import { ReferenceItemInput, ReferenceItemUpdate, ReferenceListName, RomeQuery, type ReferenceItem } from '../../shared/contracts/reference.js';
import { referenceItems } from './schema.js';
import { searchRome } from './data.js';

const view = (r: typeof referenceItems.$inferSelect): ReferenceItem => ({
  id: r.id, list: r.list, theme: r.theme, label: r.label, position: r.position, active: r.active,
});

export const listReferenceItems = defineUseCase({
  name: 'reference.list',
  kind: 'query',
  permission: 'reference:read',
  input: z.object({ list: ReferenceListName }),
  async run({ tx, actor }, { list }) {
    const rows = await tx
      .select()
      .from(referenceItems)
      .where(inScope(actor, referenceItems, eq(referenceItems.list, list)))
      .orderBy(asc(referenceItems.theme), asc(referenceItems.position), asc(referenceItems.label));
    return rows.map(view);
  },
});

export const addReferenceItem = defineUseCase({
  name: 'reference.add',
  kind: 'command',
  permission: 'reference:manage',
  input: z.object({ list: ReferenceListName, data: ReferenceItemInput }),
  async run(ctx, { list, data }) {
    const [row] = await ctx.tx.insert(referenceItems).values({ departmentId: ctx.actor.departmentId, list, ...data, position: 10_000 }).returning();
    await ctx.audit({ action: 'reference.add', entityType: 'reference_item', entityId: row!.id, details: { list } });
    return view(row!);
  },
});

export const updateReferenceItem = defineUseCase({
  name: 'reference.update',
  kind: 'command',
  permission: 'reference:manage',
  input: z.object({ id: Id, data: ReferenceItemUpdate }),
  async run(ctx, { id, data }) {
    const [row] = await ctx.tx
      .update(referenceItems)
      .set({ ...data, updatedAt: new Date() })
      .where(inScope(ctx.actor, referenceItems, eq(referenceItems.id, id)))
      .returning();
    if (!row) throw notFound();
    await ctx.audit({ action: 'reference.update', entityType: 'reference_item', entityId: id, details: { fields: Object.keys(data) } });
    return view(row);
  },
});

export const searchJobs = defineUseCase({
  name: 'reference.searchRome',
  kind: 'query',
  permission: 'reference:read',
  input: RomeQuery,
  run: async (_ctx, { q }) => searchRome(q),
});
