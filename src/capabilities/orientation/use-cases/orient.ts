import { z } from 'zod';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { OrientationInput } from '../../../shared/contracts/orientation.js';
import { communeOf, lotById, lotsOfTerritory, territoryName } from '../../organisations/queries.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { changeBeneficiary, findInScope, transition } from '../../beneficiaries/store.js';
import { assignments, orientations } from '../schema.js';

const COUNTED = ['awaiting_assignment', 'waiting_first_contact', 'active', 'suspended'] as const;

/** People counted against a lot's contracted capacity. */
async function lotUsage(ctx: UseCaseContext, lotIds: string[]): Promise<Map<string, number>> {
  if (!lotIds.length) return new Map();
  const rows = await ctx.tx
    .select({ lotId: beneficiaries.lotId, n: sql<number>`cast(count(*) as int)` })
    .from(beneficiaries)
    .where(and(eq(beneficiaries.departmentId, ctx.actor.departmentId), inArray(beneficiaries.lotId, lotIds), inArray(beneficiaries.pathwayStatus, [...COUNTED])))
    .groupBy(beneficiaries.lotId);
  return new Map(rows.map((r) => [r.lotId!, r.n]));
}

/** The lots that fit the person's commune, with what is left of their capacity. */
export const proposeOrientation = defineUseCase({
  name: 'orientation.propose',
  kind: 'query',
  permission: 'orientation:decide',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const person = await findInScope(ctx, id);
    const commune = person.communeCode ? await communeOf(ctx.tx, ctx.actor.departmentId, person.communeCode) : null;
    const territoryId = commune?.territoryId ?? null;
    const candidates = territoryId ? await lotsOfTerritory(ctx.tx, ctx.actor.departmentId, territoryId) : [];
    const usage = await lotUsage(ctx, candidates.map((c) => c.lot.id));
    return {
      territoryId,
      territoryName: territoryId ? await territoryName(ctx.tx, ctx.actor.departmentId, territoryId) : null,
      lots: candidates.map(({ lot, providerName }) => {
        const inUse = usage.get(lot.id) ?? 0;
        return {
          lotId: lot.id, label: lot.label, number: lot.number, providerId: lot.providerId, providerName,
          capacity: lot.capacity, inUse, remaining: lot.capacity - inUse, matchesTerritory: true,
        };
      }),
    };
  },
});

/**
 * Orients one person or a selection. A new decision ends the current one and, when the PIP
 * changes, the current référent; the contract clock restarts from the decision date. A lot
 * already full needs an explicit reason. Each person gets their own decision, event and audit.
 */
export const orient = defineUseCase({
  name: 'orientation.orient',
  kind: 'command',
  permission: 'orientation:decide',
  input: OrientationInput,
  async run(ctx, input) {
    const lot = input.lotId ? await lotById(ctx.tx, ctx.actor.departmentId, input.lotId) : null;
    if (input.lotId && !lot) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'lotId', message: 'Lot inconnu.' }]);
    if (lot && !lot.providerId) throw new AppError('VALIDATION_FAILED', 'Ce lot n’a pas encore de PIP titulaire.');
    // One after the other: a transaction is one connection, and the driver queues parallel queries.
    const people = [];
    for (const id of new Set(input.beneficiaryIds)) people.push(await findInScope(ctx, id, true));
    if (lot) {
      const joining = people.filter((p) => p.lotId !== lot.id || !COUNTED.includes(p.pathwayStatus as (typeof COUNTED)[number])).length;
      const used = (await lotUsage(ctx, [lot.id])).get(lot.id) ?? 0;
      if (used + joining > lot.capacity && !input.overCapacityReason) {
        throw new AppError('CONFLICT', `Le lot ${lot.number} est complet (${used} / ${lot.capacity}). Indiquez le motif du dépassement pour confirmer.`, [
          { path: 'overCapacityReason', message: `Capacité restante : ${Math.max(0, lot.capacity - used)} ; personnes à orienter : ${joining}.` },
        ]);
      }
    }
    for (const person of people) {
      const status = transition(person, lot ? 'orient_professional' : 'orient_elsewhere');
      await ctx.tx.update(orientations).set({ endedAt: new Date() })
        .where(and(eq(orientations.departmentId, person.departmentId), eq(orientations.beneficiaryId, person.id), isNull(orientations.endedAt)));
      const [decision] = await ctx.tx.insert(orientations).values({
        departmentId: person.departmentId, beneficiaryId: person.id, kind: input.kind, decidedOn: input.decidedOn, reason: input.reason,
        lotId: lot?.id ?? null, providerId: lot?.providerId ?? null, overCapacityReason: input.overCapacityReason, decidedBy: ctx.actor.userId,
      }).returning({ id: orientations.id });
      const samePip = lot !== null && person.providerId === lot.providerId;
      if (!samePip && person.referentId) {
        await ctx.tx.update(assignments).set({ endedOn: input.decidedOn, endReason: 'reorientation' })
          .where(and(eq(assignments.departmentId, person.departmentId), eq(assignments.beneficiaryId, person.id), isNull(assignments.endedOn)));
      }
      await changeBeneficiary(ctx, person, {
        patch: {
          orientationKind: input.kind, orientedOn: input.decidedOn, lotId: lot?.id ?? null, providerId: lot?.providerId ?? null,
          pathwayStatus: samePip ? person.pathwayStatus : status,
          ...(samePip ? {} : { referentId: null, assignedOn: null, firstContactOn: null, contractSignedOn: null, contractEndsOn: null }),
        },
        event: { kind: 'orientation.decided', data: { kind: input.kind, lotId: lot?.id ?? null, decidedOn: input.decidedOn, overCapacity: Boolean(input.overCapacityReason) } },
      });
      await ctx.audit({ action: 'orientation.decide', entityType: 'beneficiary', entityId: person.id, details: { orientationId: decision!.id, kind: input.kind } });
    }
    return { oriented: people.length };
  },
});
