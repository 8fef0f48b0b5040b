import { z } from 'zod';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import { AssignmentInput, SendBackInput, type ReferentCaseload } from '../../../shared/contracts/orientation.js';
import { activeReferent, referentsOf } from '../../organisations/queries.js';
import { readSettings } from '../../organisations/settings-queries.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { changeBeneficiary, findInScope, today, transition } from '../../beneficiaries/store.js';
import { assignments, orientations } from '../schema.js';

const endCurrentAssignment = (ctx: UseCaseContext, beneficiaryId: string, reason: string) =>
  ctx.tx.update(assignments).set({ endedOn: today(), endReason: reason })
    .where(and(eq(assignments.departmentId, ctx.actor.departmentId), eq(assignments.beneficiaryId, beneficiaryId), isNull(assignments.endedOn)));

/**
 * The PIP manager designates the référent unique, or changes them (the history stays). The
 * database's partial unique index guarantees one active référent even under concurrent clicks.
 */
export const assignReferent = defineUseCase({
  name: 'orientation.assignReferent',
  kind: 'command',
  permission: 'assignment:manage',
  input: z.object({ id: Id, data: AssignmentInput }),
  async run(ctx, { id, data }) {
    const person = await findInScope(ctx, id, true);
    const providerId = ctx.actor.providerId!;
    const referent = await activeReferent(ctx.tx, ctx.actor.departmentId, providerId, data.referentId);
    if (!referent) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'referentId', message: 'Ce référent n’appartient pas à votre structure ou est inactif.' }]);
    if (person.referentId === data.referentId) return { id, referentId: data.referentId };
    const status = transition(person, 'assign');
    const transfer = person.referentId !== null;
    if (transfer) await endCurrentAssignment(ctx, id, 'transfer');
    await ctx.tx.insert(assignments).values({
      departmentId: ctx.actor.departmentId, beneficiaryId: id, providerId, referentId: data.referentId, startsOn: today(), assignedBy: ctx.actor.userId,
    });
    await changeBeneficiary(ctx, person, {
      patch: { referentId: data.referentId, pathwayStatus: status, ...(transfer ? {} : { assignedOn: today() }) },
      event: { kind: transfer ? 'assignment.transferred' : 'assignment.assigned', data: { referentId: data.referentId, previousReferentId: person.referentId } },
    });
    await ctx.audit({ action: transfer ? 'assignment.transfer' : 'assignment.assign', entityType: 'beneficiary', entityId: id, details: { referentId: data.referentId } });
    return { id, referentId: data.referentId };
  },
});

/** A PIP returns a person to the département, with the reason; the orientation ends. */
export const sendBack = defineUseCase({
  name: 'orientation.sendBack',
  kind: 'command',
  permission: 'assignment:manage',
  input: z.object({ id: Id, data: SendBackInput }),
  async run(ctx, { id, data }) {
    const person = await findInScope(ctx, id, true);
    const status = transition(person, 'send_back');
    await endCurrentAssignment(ctx, id, 'sent_back');
    await ctx.tx.update(orientations).set({ endedAt: new Date() })
      .where(and(eq(orientations.departmentId, ctx.actor.departmentId), eq(orientations.beneficiaryId, id), isNull(orientations.endedAt)));
    await changeBeneficiary(ctx, person, {
      patch: { pathwayStatus: status, providerId: null, lotId: null, referentId: null, orientationKind: null, orientedOn: null, assignedOn: null, firstContactOn: null },
      event: { kind: 'orientation.sent_back', data: { providerId: person.providerId, reason: data.reason } },
    });
    await ctx.audit({ action: 'orientation.send_back', entityType: 'beneficiary', entityId: id });
    return { id };
  },
});

/** Each referent of the manager's PIP with their caseload against the target size. */
export const referentCaseloads = defineUseCase({
  name: 'orientation.referentCaseloads',
  kind: 'query',
  permission: 'assignment:manage',
  input: z.object({}),
  async run({ tx, actor }): Promise<ReferentCaseload[]> {
    const { values } = await readSettings(tx, actor.departmentId);
    const referents = await referentsOf(tx, actor.departmentId, actor.providerId!);
    const counts = await tx
      .select({
        referentId: beneficiaries.referentId,
        caseload: sql<number>`cast(count(*) filter (where ${beneficiaries.pathwayStatus} in ('waiting_first_contact', 'active', 'suspended')) as int)`,
        withAlerts: sql<number>`cast(count(*) filter (where cardinality(${beneficiaries.alerts}) > 0) as int)`,
      })
      .from(beneficiaries)
      .where(and(eq(beneficiaries.departmentId, actor.departmentId), eq(beneficiaries.providerId, actor.providerId!)))
      .groupBy(beneficiaries.referentId);
    return referents
      .map((r) => {
        const c = counts.find((x) => x.referentId === r.id);
        return { referentId: r.id, displayName: r.displayName, active: r.active, caseload: c?.caseload ?? 0, target: values.targetCaseload, withAlerts: c?.withAlerts ?? 0 };
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  },
});
