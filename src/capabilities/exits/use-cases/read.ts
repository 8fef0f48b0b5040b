import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { can } from '../../../shared/permissions.js';
import { Id } from '../../../shared/contracts/common.js';
import type { ExitView } from '../../../shared/contracts/exits.js';
import { exitSituationState } from '../../../shared/exits.js';
import { findInScope, today } from '../../beneficiaries/store.js';
import { exitResults } from '../schema.js';

const nameOf = (column: typeof exitResults.recordedBy | typeof exitResults.evaluatedBy) =>
  sql<string | null>`(select display_name from users u where u.id = ${column})`;

/** The exit block of the person's file, for whoever may read the file; the read is audited. */
export const readExit = defineUseCase({
  name: 'exit.read',
  kind: 'query',
  permission: 'beneficiary:read',
  input: z.object({ beneficiaryId: Id }),
  async run(ctx, { beneficiaryId }): Promise<{ exit: ExitView | null }> {
    const person = await findInScope(ctx, beneficiaryId);
    await ctx.audit({ action: 'exit.read', entityType: 'beneficiary', entityId: beneficiaryId });
    if (person.pathwayStatus !== 'ended' || !person.endedOn) return { exit: null };
    const [row] = await ctx.tx
      .select({ result: exitResults, recordedByName: nameOf(exitResults.recordedBy), evaluatedByName: nameOf(exitResults.evaluatedBy) })
      .from(exitResults)
      .where(and(eq(exitResults.departmentId, person.departmentId), eq(exitResults.beneficiaryId, person.id), eq(exitResults.endedOn, person.endedOn)));
    const r = row?.result;
    const closed = Boolean(r?.evaluatedOn);
    return {
      exit: {
        endedOn: person.endedOn, exitReason: person.exitReason, ...exitSituationState(person.endedOn, r?.situationOn ?? null, today()),
        situation: r?.situation ?? null, situationOn: r?.situationOn ?? null, employmentContract: r?.employmentContract ?? null,
        employmentMonths: r?.employmentMonths ?? null, recordedByName: row?.recordedByName ?? null,
        finalEvaluation: r?.finalEvaluation ?? null, evaluatedOn: r?.evaluatedOn ?? null, evaluatedByName: row?.evaluatedByName ?? null,
        closed, mayRecord: !closed && can(ctx.actor.role, 'exit:record'),
      },
    };
  },
});
