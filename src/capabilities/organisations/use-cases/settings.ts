import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { Id } from '../../../shared/contracts/common.js';
import { LotSettingsPatch, SettingsPatch } from '../../../shared/settings.js';
import { departmentSettings, lotSettings } from '../schema.js';
import { readSettings } from '../settings-queries.js';
import { settingChanges } from '../rules.js';
import { requireLot } from './tenders.js';

export const getSettings = defineUseCase({
  name: 'organisations.getSettings',
  kind: 'query',
  permission: 'settings:read',
  input: z.object({}),
  run: ({ tx, actor }) => readSettings(tx, actor.departmentId),
});

export const updateSettings = defineUseCase({
  name: 'organisations.updateSettings',
  kind: 'command',
  permission: 'settings:manage',
  input: SettingsPatch,
  async run(ctx, patch) {
    const { tx, actor } = ctx;
    const before = await readSettings(tx, actor.departmentId);
    await tx
      .insert(departmentSettings)
      .values({ departmentId: actor.departmentId, values: patch })
      .onConflictDoUpdate({
        target: departmentSettings.departmentId,
        set: { values: sql`${departmentSettings.values} || ${JSON.stringify(patch)}::jsonb`, updatedAt: new Date() },
      });
    const changes = settingChanges(before.values, patch);
    await ctx.audit({ action: 'settings.update', entityType: 'department_settings', entityId: actor.departmentId, details: changes });
    return readSettings(tx, actor.departmentId);
  },
});

export const getLotSettings = defineUseCase({
  name: 'organisations.getLotSettings',
  kind: 'query',
  permission: 'settings:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    await requireLot(ctx, id);
    return readSettings(ctx.tx, ctx.actor.departmentId, id);
  },
});

export const updateLotSettings = defineUseCase({
  name: 'organisations.updateLotSettings',
  kind: 'command',
  permission: 'settings:manage',
  input: z.object({ id: Id, data: LotSettingsPatch }),
  async run(ctx, { id, data }) {
    const { tx, actor } = ctx;
    await requireLot(ctx, id);
    const before = await readSettings(tx, actor.departmentId, id);
    await tx
      .insert(lotSettings)
      .values({ departmentId: actor.departmentId, lotId: id, values: data })
      .onConflictDoUpdate({
        target: [lotSettings.departmentId, lotSettings.lotId],
        set: { values: sql`${lotSettings.values} || ${JSON.stringify(data)}::jsonb`, updatedAt: new Date() },
      });
    const changes = settingChanges(before.values, data);
    await ctx.audit({ action: 'settings.update_lot', entityType: 'lot_settings', entityId: id, details: changes });
    return readSettings(tx, actor.departmentId, id);
  },
});
