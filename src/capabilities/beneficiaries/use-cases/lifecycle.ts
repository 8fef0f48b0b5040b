import { z } from 'zod';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { DatedInput, ExitInput, SuspendInput } from '../../../shared/contracts/orientation.js';
import { assertNotInFuture, changeBeneficiary, findInScope, transition, type BeneficiaryRow } from '../store.js';
import type { PathwayEvent } from '../pathway.js';
import { readSettings } from '../../organisations/settings-queries.js';
import type { ExitReason } from '../../../shared/settings.js';


async function step(ctx: UseCaseContext, id: string, event: PathwayEvent, patch: (row: BeneficiaryRow) => Partial<BeneficiaryRow>, data: Record<string, unknown>) {
  const person = await findInScope(ctx, id, true);
  const status = transition(person, event);
  const after = await changeBeneficiary(ctx, person, { patch: { pathwayStatus: status, ...patch(person) }, event: { kind: `pathway.${event}`, data } });
  await ctx.audit({ action: `pathway.${event}`, entityType: 'beneficiary', entityId: id });
  return { id, status: after.pathwayStatus };
}

/** The first meeting held: the accompaniment becomes active (contacts will record it themselves). */
export const recordFirstContact = defineUseCase({
  name: 'pathway.firstContact',
  kind: 'command',
  permission: 'pathway:manage',
  input: z.object({ id: Id, data: DatedInput }),
  async run(ctx, { id, data }) {
    assertNotInFuture(data.on);
    // The first meeting is a face-to-face one: it counts for the contact rule.
    return step(ctx, id, 'first_contact', (p) => ({ firstContactOn: data.on, lastContactOn: data.on, lastContactByModality: { ...p.lastContactByModality, face_to_face: data.on } }), { on: data.on });
  },
});

export const suspendAccompaniment = defineUseCase({
  name: 'pathway.suspend',
  kind: 'command',
  permission: 'pathway:manage',
  input: z.object({ id: Id, data: SuspendInput }),
  run: (ctx, { id, data }) => step(ctx, id, 'suspend', () => ({ suspendedOn: data.on, resumedOn: null }), { on: data.on, reason: data.reason }),
});

export const resumeAccompaniment = defineUseCase({
  name: 'pathway.resume',
  kind: 'command',
  permission: 'pathway:manage',
  input: z.object({ id: Id, data: DatedInput }),
  run: (ctx, { id, data }) => step(ctx, id, 'resume', () => ({ resumedOn: data.on }), { on: data.on }),
});

/** The exit reasons of the person's tender lot (the département's when the person has no lot). */
async function exitReasonsOf(ctx: UseCaseContext, person: BeneficiaryRow): Promise<ExitReason[]> {
  const { values } = await readSettings(ctx.tx, person.departmentId, person.lotId ?? undefined);
  return values.exitReasons;
}

export const listExitReasons = defineUseCase({
  name: 'pathway.exitReasons',
  kind: 'query',
  permission: 'pathway:manage',
  input: z.object({ id: Id }),
  run: async (ctx, { id }) => exitReasonsOf(ctx, await findInScope(ctx, id)),
});

/** Ends the accompaniment with one of the tender's exit reasons, which brings its category and positive flag. */
export const endAccompaniment = defineUseCase({
  name: 'pathway.end',
  kind: 'command',
  permission: 'pathway:manage',
  input: z.object({ id: Id, data: ExitInput }),
  async run(ctx, { id, data }) {
    assertNotInFuture(data.on);
    const person = await findInScope(ctx, id);
    const reason = (await exitReasonsOf(ctx, person)).find((r) => r.code === data.reasonCode);
    if (!reason) {
      throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'reasonCode', message: 'Ce motif de sortie n’est pas prévu par le marché de la personne.' }]);
    }
    const exit = { exitReason: reason.label, exitReasonCode: reason.code, exitCategory: reason.category, exitPositive: reason.positive };
    // A new exit waits for its own situation (exits capability), even after an earlier one.
    return step(ctx, id, 'end', () => ({ endedOn: data.on, exitSituationOn: null, ...exit }), {
      on: data.on, reason: reason.label, category: reason.category, positive: reason.positive,
    });
  },
});
