import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { BeneficiaryInput, BeneficiaryUpdate, Profile } from '../../../shared/contracts/beneficiaries.js';
import { communeOf } from '../../organisations/queries.js';
import { addedValues, resolveAgainstList } from '../../reference/matching.js';
import { activeLabels } from '../../reference/queries.js';
import { beneficiaries } from '../schema.js';
import { alertsFor, changeBeneficiary, findInScope, recordEvent, today } from '../store.js';
import { seesHealth } from '../visibility.js';
import { matchExisting } from '../import/write.js';
import { iscedOfDiploma } from '../isced.js';

async function checkCommune(ctx: Parameters<typeof findInScope>[0], code: string | null | undefined): Promise<void> {
  if (code && !(await communeOf(ctx.tx, ctx.actor.departmentId, code))) {
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'communeCode', message: 'Cette commune n’est pas dans le département.' }]);
  }
}

/**
 * Situations newly put on a person must be active items of the département's situations list
 * (written as the list writes them); those the person already had stay, even deactivated since.
 */
async function checkSituations(ctx: Parameters<typeof findInScope>[0], given: string[] | undefined, kept: string[]): Promise<string[] | undefined> {
  if (!given || addedValues(given, kept).length === 0) return given;
  const { values, unknown } = resolveAgainstList(given, kept, await activeLabels(ctx.tx, ctx.actor.departmentId, 'situations'));
  if (unknown.length) {
    const names = unknown.map((v) => `« ${v} »`).join(', ');
    const message = `${unknown.length > 1 ? 'Ces situations ne sont pas proposées' : 'Cette situation n’est pas proposée'} par le référentiel du département : ${names}. Choisissez une situation active de la liste.`;
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'situations', message }]);
  }
  return values;
}

export const createBeneficiary = defineUseCase({
  name: 'beneficiaries.create',
  kind: 'command',
  permission: 'beneficiary:create',
  input: BeneficiaryInput,
  async run(ctx, input) {
    await checkCommune(ctx, input.communeCode);
    const match = await matchExisting(ctx, { ...input, cafNumber: input.cafNumber ?? null, franceTravailId: input.franceTravailId ?? null });
    if (match.kind !== 'none') {
      throw new AppError('CONFLICT', 'Une personne correspondante existe déjà (même numéro allocataire, identifiant France Travail ou nom et date de naissance).');
    }
    const { profile: given, ...identity } = input;
    const situations = (await checkSituations(ctx, given.situations, [])) ?? [];
    const profile = { ...given, situations, iscedLevel: given.iscedLevel ?? iscedOfDiploma(given.highestDiploma) };
    const [row] = await ctx.tx
      .insert(beneficiaries)
      .values({ departmentId: ctx.actor.departmentId, ...identity, profile })
      .returning();
    const alerts = (await alertsFor(ctx.tx, row!)).map((a) => a.kind);
    await ctx.tx.update(beneficiaries).set({ alerts, alertsComputedOn: today() }).where(inRow(row!));
    await recordEvent(ctx, row!.id, 'beneficiary.created', { source: 'manual' });
    await ctx.audit({ action: 'beneficiary.create', entityType: 'beneficiary', entityId: row!.id });
    return { id: row!.id };
  },
});

export const updateBeneficiary = defineUseCase({
  name: 'beneficiaries.update',
  kind: 'command',
  permission: 'beneficiary:update',
  input: z.object({ id: Id, data: BeneficiaryUpdate }),
  async run(ctx, { id, data }) {
    const before = await findInScope(ctx, id, true);
    await checkCommune(ctx, data.identity?.communeCode);
    if (data.profile?.healthConstraint !== undefined && !seesHealth(ctx.actor.role)) {
      throw new AppError('FORBIDDEN', 'Les données de santé ne sont modifiables que par la structure qui accompagne la personne.');
    }
    // A new diploma sets its ISCED band unless the referent chose one.
    const derived = data.profile?.highestDiploma !== undefined && data.profile.iscedLevel === undefined ? { iscedLevel: iscedOfDiploma(data.profile.highestDiploma) } : {};
    const kept = (before.profile as Partial<Profile>).situations ?? [];
    const situations = await checkSituations(ctx, data.profile?.situations, kept);
    const profile = data.profile ? Profile.parse({ ...(before.profile as object), ...data.profile, ...derived, ...(situations ? { situations } : {}) }) : undefined;
    const after = await changeBeneficiary(ctx, before, {
      patch: { ...data.identity, ...(profile ? { profile } : {}) },
      expectedVersion: data.version,
    });
    await ctx.audit({
      action: 'beneficiary.update', entityType: 'beneficiary', entityId: id,
      details: { fields: [...Object.keys(data.identity ?? {}), ...Object.keys(data.profile ?? {}).map((k) => `profile.${k}`)] },
    });
    return { id, version: after.version };
  },
});

const inRow = (row: { departmentId: string; id: string }) => and(eq(beneficiaries.departmentId, row.departmentId), eq(beneficiaries.id, row.id));
