import { z } from 'zod';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { AidQuery } from '../../../shared/contracts/aids.js';
import { Id } from '../../../shared/contracts/common.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { findInScope, personNameSql } from '../../beneficiaries/store.js';
import { contractObjectives } from '../../contracts/schema.js';
import { providers, users } from '../../organisations/schema.js';
import { allowedAidActions } from '../lifecycle.js';
import { aidDocuments, aidRequestEvents, aidRequests } from '../schema.js';
import { catalogueEntry, catalogueOf, catalogueView, findRequest, remainingFor } from '../store.js';
import { bindingContract } from './requests.js';
import { currentYear } from './catalogue.js';

const summaryColumns = {
  id: aidRequests.id, beneficiaryId: aidRequests.beneficiaryId, personName: personNameSql, providerName: providers.name,
  aidType: aidRequests.aidType, year: aidRequests.year, status: aidRequests.status, requestedCents: aidRequests.requestedCents,
  grantedCents: aidRequests.grantedCents, paidCents: aidRequests.paidCents, submittedAt: aidRequests.submittedAt, updatedAt: aidRequests.updatedAt,
};
type SummaryRow = { submittedAt: Date | null; updatedAt: Date };
const summary = <T extends SummaryRow>(r: T) => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString() });

/** Requests in the actor's scope matching `where`, newest first, with the person and the PIP. */
export async function summaries(ctx: UseCaseContext, where: SQL | undefined, limit = 1000) {
  const rows = await ctx.tx
    .select(summaryColumns)
    .from(aidRequests)
    .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, aidRequests.departmentId), eq(beneficiaries.id, aidRequests.beneficiaryId)))
    .innerJoin(providers, and(eq(providers.departmentId, aidRequests.departmentId), eq(providers.id, aidRequests.providerId)))
    .where(inScope(ctx.actor, aidRequests, where))
    .orderBy(desc(aidRequests.updatedAt))
    .limit(limit);
  return rows.map(summary);
}

export const queueWhere = (q: z.output<typeof AidQuery>) => and(
  q.status ? eq(aidRequests.status, q.status) : undefined,
  q.aidType ? eq(aidRequests.aidType, q.aidType) : undefined,
  q.providerId ? eq(aidRequests.providerId, q.providerId) : undefined,
  q.year ? eq(aidRequests.year, q.year) : undefined,
);

/**
 * The requests the actor reaches, filtered, with their totals: the département's queue, a PIP's
 * or a referent's own requests (the scope decides). A list of people, so reading it is logged.
 */
export const listAids = defineUseCase({
  name: 'aid.list',
  kind: 'query',
  permission: 'aid:read',
  input: AidQuery,
  async run(ctx, query) {
    const items = await summaries(ctx, queueWhere(query));
    const totals = { count: items.length, requestedCents: 0, grantedCents: 0, paidCents: 0 };
    for (const i of items) {
      totals.requestedCents += i.requestedCents;
      totals.grantedCents += i.grantedCents ?? 0;
      totals.paidCents += i.paidCents ?? 0;
    }
    await ctx.audit({ action: 'aid.list', entityType: 'aid_request', details: { ...query, count: items.length } });
    return { items, totals };
  },
});

/** A request with its objective, documents, history and the actions the viewer may take now. */
export const readRequest = defineUseCase({
  name: 'aid.read',
  kind: 'query',
  permission: 'aid:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const row = await findRequest(ctx, id);
    const [head] = await summaries(ctx, eq(aidRequests.id, id), 1);
    const dept = row.departmentId;
    const [objective] = row.objectiveId
      ? await ctx.tx.select({ id: contractObjectives.id, wording: contractObjectives.wording }).from(contractObjectives)
        .where(and(eq(contractObjectives.departmentId, dept), eq(contractObjectives.id, row.objectiveId)))
      : [];
    const documents = await ctx.tx
      .select({ id: aidDocuments.id, kind: aidDocuments.kind, name: aidDocuments.name, mediaType: aidDocuments.mediaType, size: aidDocuments.size, uploadedAt: aidDocuments.uploadedAt })
      .from(aidDocuments)
      .where(and(eq(aidDocuments.departmentId, dept), eq(aidDocuments.requestId, id)))
      .orderBy(asc(aidDocuments.uploadedAt));
    const events = await ctx.tx
      .select({ event: aidRequestEvents.event, toStatus: aidRequestEvents.toStatus, amountCents: aidRequestEvents.amountCents, reason: aidRequestEvents.reason, actorName: users.displayName, at: aidRequestEvents.at })
      .from(aidRequestEvents)
      .innerJoin(users, eq(users.id, aidRequestEvents.actorId))
      .where(and(eq(aidRequestEvents.departmentId, dept), eq(aidRequestEvents.requestId, id)))
      .orderBy(asc(aidRequestEvents.at));
    const entry = await catalogueEntry(ctx.tx, dept, row.year, row.aidType);
    await ctx.audit({ action: 'aid.read', entityType: 'aid_request', entityId: id, details: { beneficiaryId: row.beneficiaryId } });
    return {
      ...head!, objective: objective ?? null, purpose: row.purpose, justification: row.justification, payee: row.payee, supplierName: row.supplierName,
      consentOn: row.consentOn, decisionReason: row.decisionReason, paidOn: row.paidOn, requiredDocuments: entry?.requiredDocuments ?? [],
      documents: documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
      events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
      allowed: allowedAidActions(ctx.actor.role, row.status), version: row.version,
    };
  },
});

/** The person's « Aides » tab: their requests, the aids offered with what is left, their contract's objectives. */
export const personAids = defineUseCase({
  name: 'aid.person',
  kind: 'query',
  permission: 'aid:read',
  input: z.object({ beneficiaryId: Id }),
  async run(ctx, { beneficiaryId }) {
    const person = await findInScope(ctx, beneficiaryId);
    const requests = await summaries(ctx, eq(aidRequests.beneficiaryId, person.id));
    const catalogue = await catalogueOf(ctx.tx, person.departmentId, currentYear(), true);
    const options = [];
    for (const entry of catalogue) options.push({ ...catalogueView(entry), ...(await remainingFor(ctx.tx, entry, person.id)) });
    const contract = await bindingContract(ctx, person);
    await ctx.audit({ action: 'aid.person', entityType: 'beneficiary', entityId: person.id });
    return { requests, options, objectives: contract?.objectives ?? [], hasBindingContract: contract !== null };
  },
});
