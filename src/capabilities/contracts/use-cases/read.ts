import { z } from 'zod';
import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { Id } from '../../../shared/contracts/common.js';
import { ContractQueueQuery, type ContractSummary, type ContractView } from '../../../shared/contracts/cer.js';
import { addDays } from '../../../shared/calendar.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { findInScope, personNameSql as personName, today } from '../../beneficiaries/store.js';
import { providers, users } from '../../organisations/schema.js';
import { readSettings } from '../../organisations/settings-queries.js';
import { contractReviews, contracts } from '../schema.js';
import { allowedActions, PREPARING_STATUSES } from '../lifecycle.js';
import { checkWeeklyHours, contractKindFor } from '../rules.js';
import { actionsOf, findContract, objectivesOf, writtenContent, type ContractRow } from '../store.js';

const summaryColumns = {
  id: contracts.id, beneficiaryId: contracts.beneficiaryId, personName, kind: contracts.kind, nature: contracts.nature,
  versionNumber: contracts.versionNumber, status: contracts.status, startsOn: contracts.startsOn, endsOn: contracts.endsOn,
  providerName: providers.name, personSignedOn: contracts.personSignedOn, submittedAt: contracts.submittedAt,
};
type SummaryRow = Omit<ContractSummary, 'submittedAt'> & { submittedAt: Date | null };
const toSummary = (r: SummaryRow): ContractSummary => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null });

/** Contracts joined to their person and PIP, both in the actor's scope (a referent: their own people). */
function summaries(ctx: UseCaseContext) {
  return ctx.tx
    .select(summaryColumns)
    .from(contracts)
    .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, contracts.departmentId), eq(beneficiaries.id, contracts.beneficiaryId)))
    .innerJoin(providers, and(eq(providers.departmentId, contracts.departmentId), eq(providers.id, contracts.providerId)));
}
const scoped = (ctx: UseCaseContext, ...conditions: (SQL | undefined)[]) =>
  and(inScope(ctx.actor, contracts, ...conditions), inScope(ctx.actor, beneficiaries));

/** Every version of a person's contracts, newest first. */
export const listPersonContracts = defineUseCase({
  name: 'contract.listForPerson',
  kind: 'query',
  permission: 'contract:read',
  input: z.object({ beneficiaryId: Id }),
  async run(ctx, { beneficiaryId }) {
    await findInScope(ctx, beneficiaryId);
    const rows = await summaries(ctx).where(scoped(ctx, eq(contracts.beneficiaryId, beneficiaryId))).orderBy(desc(contracts.versionNumber));
    return rows.map(toSummary);
  },
});

/** What a new contract for this person would be: its kind today, the durations offered, the CE's hours. */
export const contractDefaults = defineUseCase({
  name: 'contract.defaults',
  kind: 'query',
  permission: 'contract:read',
  input: z.object({ beneficiaryId: Id }),
  async run(ctx, { beneficiaryId }) {
    await findInScope(ctx, beneficiaryId);
    const { values } = await readSettings(ctx.tx, ctx.actor.departmentId);
    return {
      kind: contractKindFor(today(), values.ceStartDate),
      durations: values.contractDurationsMonths,
      minWeeklyHours: values.ceMinWeeklyHours,
      ceStartDate: values.ceStartDate,
    };
  },
});

async function toView(ctx: UseCaseContext, row: ContractRow): Promise<ContractView> {
  const [summary] = await summaries(ctx).where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, row.id)));
  const objectives = await objectivesOf(ctx.tx, row.departmentId, [row.id]);
  const actions = await actionsOf(ctx.tx, row.departmentId, objectives.map((o) => o.id));
  const reviews = await ctx.tx
    .select({ validated: contractReviews.validated, comment: contractReviews.comment, decidedAt: contractReviews.decidedAt, decidedBy: users.displayName })
    .from(contractReviews)
    .innerJoin(users, eq(users.id, contractReviews.decidedBy))
    .where(and(eq(contractReviews.departmentId, row.departmentId), eq(contractReviews.contractId, row.id)))
    .orderBy(asc(contractReviews.decidedAt));
  const [previous] = row.previousId
    ? await ctx.tx.select({ assessment: contracts.overallAssessment }).from(contracts).where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.id, row.previousId)))
    : [];
  const [preparing] = await ctx.tx
    .select({ n: count() })
    .from(contracts)
    .where(and(eq(contracts.departmentId, row.departmentId), eq(contracts.beneficiaryId, row.beneficiaryId), inArray(contracts.status, PREPARING_STATUSES)));
  const { values } = await readSettings(ctx.tx, row.departmentId);
  return {
    ...toSummary(summary!),
    ...writtenContent(row),
    previousId: row.previousId,
    weeklyHours: row.kind === 'ce' ? checkWeeklyHours(row.weeklyPlan ?? { hours: {}, reduction: null }, values.ceMinWeeklyHours) : null,
    referentSignedOn: row.referentSignedOn,
    signatureMode: row.signatureMode,
    hasScan: row.scanFileId !== null,
    endedOn: row.endedOn,
    closedReason: row.closedReason,
    overallResult: row.overallResult,
    overallAssessment: row.overallAssessment,
    evaluatedOn: row.evaluatedOn,
    objectives: objectives.map((o) => ({
      id: o.id, term: o.term, domain: o.domain, referenceItemId: o.referenceItemId, wording: o.wording, deadline: o.deadline, status: o.status,
      consentOn: o.consentOn, evaluationComment: o.evaluationComment, evaluatedOn: o.evaluatedOn,
      actions: actions.filter((a) => a.objectiveId === o.id).map((a) => ({
        id: a.id, type: a.type, label: a.label, organiser: a.organiser, startsOn: a.startsOn, endsOn: a.endsOn, status: a.status,
      })),
    })),
    reviews: reviews.map((r) => ({ ...r, decidedAt: r.decidedAt.toISOString() })),
    previousAssessment: previous?.assessment ?? null,
    version: row.version,
    allowed: allowedActions(ctx.actor.role, row.status, (preparing?.n ?? 0) > 0),
  };
}

/** One contract with everything in it; reading it is a read of the person's record, so it is logged. */
export const readContract = defineUseCase({
  name: 'contract.read',
  kind: 'query',
  permission: 'contract:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const row = await findContract(ctx, id);
    await ctx.audit({ action: 'contract.read', entityType: 'contract', entityId: id, details: { beneficiaryId: row.beneficiaryId } });
    return toView(ctx, row);
  },
});

/** The work queues: contracts to sign, submit, correct, validate, renew, evaluate or convert to a CE. */
export const listContractQueue = defineUseCase({
  name: 'contract.queue',
  kind: 'query',
  permission: 'contract:read',
  input: ContractQueueQuery,
  async run(ctx, { queue, page, pageSize }) {
    const { values } = await readSettings(ctx.tx, ctx.actor.departmentId);
    const noDraft = sql`not exists (select 1 from contracts d where d.department_id = ${contracts.departmentId} and d.beneficiary_id = ${contracts.beneficiaryId} and d.status in ('draft', 'signed', 'submitted', 'returned'))`;
    const conditions: Record<typeof queue, SQL | undefined> = {
      to_sign: eq(contracts.status, 'draft'),
      to_submit: eq(contracts.status, 'signed'),
      returned: eq(contracts.status, 'returned'),
      to_validate: eq(contracts.status, 'submitted'),
      to_renew: and(eq(contracts.status, 'in_force'), lte(contracts.endsOn, addDays(today(), values.contractEndingWarningDays)), noDraft),
      to_evaluate: eq(contracts.status, 'ended'),
      to_convert: and(eq(contracts.status, 'in_force'), eq(contracts.kind, 'cer'), noDraft),
    };
    const where = scoped(ctx, conditions[queue]);
    const [{ total } = { total: 0 }] = await ctx.tx
      .select({ total: count() })
      .from(contracts)
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, contracts.departmentId), eq(beneficiaries.id, contracts.beneficiaryId)))
      .where(where);
    const order = queue === 'to_validate' ? [asc(contracts.submittedAt)] : [asc(contracts.endsOn), asc(beneficiaries.lastName)];
    const rows = await summaries(ctx).where(where).orderBy(...order).limit(pageSize).offset((page - 1) * pageSize);
    return { items: rows.map(toSummary), total, page, pageSize };
  },
});

