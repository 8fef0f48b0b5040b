import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { UseCaseContext } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { ContractStatus } from '../../shared/cer.js';
import type { ContractContent } from '../../shared/contracts/cer.js';
import { alertsFor, findInScope, today } from '../beneficiaries/store.js';
import { beneficiaries, pathwayEvents } from '../beneficiaries/schema.js';
import { readSettings } from '../organisations/settings-queries.js';
import { contractActions, contractObjectives, contracts } from './schema.js';
import { nextContractStatus, type ContractEvent } from './lifecycle.js';
import { checkWeeklyHours, contractEndsOn, contractKindFor, personContractFacts } from './rules.js';

export type ContractRow = typeof contracts.$inferSelect;
export type ObjectiveRow = typeof contractObjectives.$inferSelect;
export type ActionRow = typeof contractActions.$inferSelect;

export const STATUS_LABELS: Record<ContractStatus, string> = {
  draft: 'brouillon',
  signed: 'signé',
  submitted: 'transmis au département',
  returned: 'renvoyé pour correction',
  validated: 'validé',
  in_force: 'en vigueur',
  ended: 'terminé',
  evaluated: 'évalué',
  superseded: 'remplacé par un avenant',
  closed: 'clos',
};

/**
 * The contract if the actor may see it: the département's for its staff, the PIP's own for PIP
 * staff (the scope adds the provider), and for a referent only the contracts of their people.
 */
export async function findContract(ctx: UseCaseContext, id: string, forUpdate = false): Promise<ContractRow> {
  const query = ctx.tx.select().from(contracts).where(inScope(ctx.actor, contracts, eq(contracts.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Contrat introuvable.');
  if (ctx.actor.role === 'referent') await findInScope(ctx, row.beneficiaryId);
  return row;
}

/** The status an event leads to, or a French refusal naming the current status. */
export function contractTransition(row: ContractRow, event: ContractEvent): ContractStatus {
  const next = nextContractStatus(row.status, event);
  if (!next) throw new AppError('CONFLICT', `Action impossible : le contrat est ${STATUS_LABELS[row.status]}.`);
  return next;
}

export async function objectivesOf(tx: Executor, departmentId: string, contractIds: string[]): Promise<ObjectiveRow[]> {
  if (contractIds.length === 0) return [];
  return tx
    .select()
    .from(contractObjectives)
    .where(and(eq(contractObjectives.departmentId, departmentId), inArray(contractObjectives.contractId, contractIds)))
    .orderBy(asc(contractObjectives.position));
}

export async function actionsOf(tx: Executor, departmentId: string, objectiveIds: string[]): Promise<ActionRow[]> {
  if (objectiveIds.length === 0) return [];
  return tx
    .select()
    .from(contractActions)
    .where(and(eq(contractActions.departmentId, departmentId), inArray(contractActions.objectiveId, objectiveIds)))
    .orderBy(asc(contractActions.position));
}

/** What the referent wrote, as stored: read back by the contract view and copied by renewals and amendments. */
export const writtenContent = (row: ContractRow) => ({
  startsOn: row.startsOn,
  durationMonths: row.durationMonths,
  targetJobs: row.targetJobs,
  zone: row.zone,
  expectedSalary: row.expectedSalary,
  contractTypeSought: row.contractTypeSought,
  personCommitments: row.personCommitments,
  organisationCommitments: row.organisationCommitments,
  weeklyPlan: row.weeklyPlan,
});

/** The columns a content save sets: the kind follows the start date, the end date the duration. */
export async function contentColumns(ctx: UseCaseContext, content: ContractContent) {
  const { values } = await readSettings(ctx.tx, ctx.actor.departmentId);
  const issues: { path: string; message: string }[] = [];
  if (!values.contractDurationsMonths.includes(content.durationMonths)) {
    issues.push({ path: 'durationMonths', message: `Durées possibles : ${values.contractDurationsMonths.join(', ')} mois.` });
  }
  const endsOn = contractEndsOn(content.startsOn, content.durationMonths);
  content.objectives.forEach((o, i) => {
    if (o.deadline < content.startsOn) issues.push({ path: `objectives.${i}.deadline`, message: 'L’échéance précède le début du contrat.' });
  });
  if (issues.length) throw new AppError('VALIDATION_FAILED', undefined, issues);
  const kind = contractKindFor(content.startsOn, values.ceStartDate);
  return {
    kind,
    startsOn: content.startsOn,
    durationMonths: content.durationMonths,
    endsOn,
    targetJobs: content.targetJobs,
    zone: content.zone,
    expectedSalary: content.expectedSalary,
    contractTypeSought: content.contractTypeSought,
    personCommitments: content.personCommitments,
    organisationCommitments: content.organisationCommitments,
    // The weekly plan is the CE's; a CER has none.
    weeklyPlan: kind === 'ce' ? (content.weeklyPlan ?? { hours: {}, reduction: null }) : null,
  };
}

/** Replaces the objectives and actions of a draft; ids sent back by the editor are kept. */
export async function writeObjectives(ctx: UseCaseContext, contractId: string, objectives: ContractContent['objectives']): Promise<void> {
  const departmentId = ctx.actor.departmentId;
  await ctx.tx.delete(contractObjectives).where(and(eq(contractObjectives.departmentId, departmentId), eq(contractObjectives.contractId, contractId)));
  if (objectives.length === 0) return;
  const inserted = await ctx.tx
    .insert(contractObjectives)
    .values(objectives.map(({ actions: _actions, id, ...o }, position) => ({ ...o, ...(id ? { id } : {}), departmentId, contractId, position })))
    .returning({ id: contractObjectives.id });
  const actions = objectives.flatMap((o, i) =>
    o.actions.map(({ id, ...a }, position) => ({ ...a, ...(id ? { id } : {}), departmentId, objectiveId: inserted[i]!.id, position })),
  );
  if (actions.length) await ctx.tx.insert(contractActions).values(actions);
}

/** What must hold before the person and the referent sign: something to commit to, and the CE's hours. */
export async function readinessProblems(ctx: UseCaseContext, row: ContractRow): Promise<{ path: string; message: string }[]> {
  const objectives = await objectivesOf(ctx.tx, row.departmentId, [row.id]);
  const problems: { path: string; message: string }[] = [];
  if (objectives.length === 0) problems.push({ path: 'objectives', message: 'Le contrat doit comporter au moins un objectif.' });
  objectives.forEach((o, i) => {
    if (!o.consentOn) problems.push({ path: `objectives.${i}.consentOn`, message: `L’accord de la personne sur l’objectif « ${o.wording} » n’est pas enregistré.` });
  });
  if (row.personCommitments.trim().length < 3) problems.push({ path: 'personCommitments', message: 'Les engagements de la personne sont à écrire.' });
  if (row.organisationCommitments.trim().length < 3) problems.push({ path: 'organisationCommitments', message: 'Les engagements de la structure sont à écrire.' });
  if (row.kind === 'ce') {
    const { values } = await readSettings(ctx.tx, row.departmentId);
    const { problem } = checkWeeklyHours(row.weeklyPlan ?? { hours: {}, reduction: null }, values.ceMinWeeklyHours);
    if (problem) problems.push({ path: 'weeklyPlan', message: problem });
  }
  return problems;
}

/**
 * Brings the person's contract facts (signature, end, next objective deadline, CER to convert,
 * evaluation due) and the alerts they drive up to date. Derived data like the alerts: it is not
 * a change of the record, so it writes no version and leaves the record's lock version alone.
 */
export async function refreshPersonFacts(tx: Executor, departmentId: string, beneficiaryId: string, on = today()): Promise<void> {
  const [person] = await tx
    .select()
    .from(beneficiaries)
    .where(and(eq(beneficiaries.departmentId, departmentId), eq(beneficiaries.id, beneficiaryId)));
  if (!person) return;
  const list = await tx.select().from(contracts).where(and(eq(contracts.departmentId, departmentId), eq(contracts.beneficiaryId, beneficiaryId)));
  const inForce = list.filter((c) => c.status === 'in_force').map((c) => c.id);
  const objectives = await objectivesOf(tx, departmentId, inForce);
  const facts = personContractFacts(
    list.map((c) => ({ ...c, objectives: objectives.filter((o) => o.contractId === c.id) })),
    person.orientedOn,
  );
  const alerts = (await alertsFor(tx, { ...person, ...facts }, on)).map((a) => a.kind);
  await tx
    .update(beneficiaries)
    .set({ ...facts, alerts, alertsComputedOn: on })
    .where(and(eq(beneficiaries.departmentId, departmentId), eq(beneficiaries.id, beneficiaryId)));
}

/** A contract event on the person's timeline; the job passes no actor. */
export async function recordContractEvent(tx: Executor, row: ContractRow, kind: string, actorUserId: string | null, data: Record<string, unknown> = {}) {
  await tx.insert(pathwayEvents).values({
    departmentId: row.departmentId,
    beneficiaryId: row.beneficiaryId,
    kind: `contract.${kind}`,
    actorUserId,
    data: { contractId: row.id, versionNumber: row.versionNumber, contractKind: row.kind, ...data },
  });
}
