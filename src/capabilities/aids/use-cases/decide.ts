import { z } from 'zod';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import type { AidType } from '../../../shared/aids.js';
import { AidDecisionInput } from '../../../shared/contracts/aids.js';
import { Id } from '../../../shared/contracts/common.js';
import { assertNotInFuture } from '../../beneficiaries/store.js';
import { SCOPE_LABELS } from '../labels.js';
import { nextAidStatus } from '../lifecycle.js';
import { envelopeProblem } from '../rules.js';
import { aidDocuments, aidEnvelopes } from '../schema.js';
import { findRequest, moveRequest, type AidRequestRow } from '../store.js';
import { currentYear } from './catalogue.js';

/**
 * The envelopes a grant of this aid type takes from (its type's and the total), locked until the
 * decision commits: a second officer granting at the same moment waits, then sees what is left.
 * Locked in one statement, in a fixed order, so two grants never wait on each other in a circle.
 */
async function lockEnvelopes(ctx: UseCaseContext, year: number, aidType: AidType) {
  return ctx.tx
    .select()
    .from(aidEnvelopes)
    .where(and(eq(aidEnvelopes.departmentId, ctx.actor.departmentId), eq(aidEnvelopes.year, year), inArray(aidEnvelopes.scope, [aidType, 'total'])))
    .orderBy(asc(aidEnvelopes.id))
    .for('update');
}

/** Adds to (or gives back to) the envelopes: what grants hold, and what was paid. */
async function adjustEnvelopes(ctx: UseCaseContext, ids: string[], consumed: number, paid = 0) {
  if (ids.length === 0 || (consumed === 0 && paid === 0)) return;
  await ctx.tx
    .update(aidEnvelopes)
    .set({ consumedCents: sql`${aidEnvelopes.consumedCents} + ${consumed}`, paidCents: sql`${aidEnvelopes.paidCents} + ${paid}`, updatedAt: sql`now()` })
    .where(and(eq(aidEnvelopes.departmentId, ctx.actor.departmentId), inArray(aidEnvelopes.id, ids)));
}

async function grant(ctx: UseCaseContext, row: AidRequestRow, amount: number, reason: string) {
  if (amount > row.requestedCents) throw new AppError('VALIDATION_FAILED', 'Le montant accordé ne peut pas dépasser le montant demandé.', [{ path: 'amountCents', message: 'Au plus le montant demandé' }]);
  const year = currentYear();
  const envelopes = await lockEnvelopes(ctx, year, row.aidType);
  if (envelopes.length === 0) throw new AppError('CONFLICT', `Aucune enveloppe budgétaire n’est ouverte pour ${year} : l’aide ne peut pas être accordée.`);
  const problem = envelopeProblem(envelopes.map((e) => ({ label: `${SCOPE_LABELS[e.scope]} ${year}`, amountCents: e.amountCents, consumedCents: e.consumedCents })), amount);
  if (problem) throw new AppError('CONFLICT', problem);
  await adjustEnvelopes(ctx, envelopes.map((e) => e.id), amount);
  return moveRequest(ctx, row, 'grant', { grantedCents: amount, budgetYear: year, decisionReason: reason, decidedAt: new Date() }, { amountCents: amount, reason });
}

async function pay(ctx: UseCaseContext, row: AidRequestRow, amount: number, paidOn: string) {
  if (amount > (row.grantedCents ?? 0)) throw new AppError('VALIDATION_FAILED', 'Le montant payé ne peut pas dépasser le montant accordé.', [{ path: 'amountCents', message: 'Au plus le montant accordé' }]);
  assertNotInFuture(paidOn, 'paidOn');
  const envelopes = await lockEnvelopes(ctx, row.budgetYear!, row.aidType);
  // Paying less than granted gives the difference back to the envelopes.
  await adjustEnvelopes(ctx, envelopes.map((e) => e.id), amount - row.grantedCents!, amount);
  return moveRequest(ctx, row, 'pay', { paidCents: amount, paidOn }, { amountCents: amount });
}

/** A cancelled grant gives its money back; a paid one is then to be recovered from the payee. */
async function cancel(ctx: UseCaseContext, row: AidRequestRow, reason: string) {
  if (row.budgetYear !== null) {
    const envelopes = await lockEnvelopes(ctx, row.budgetYear, row.aidType);
    const held = row.status === 'paid' ? row.paidCents! : row.grantedCents!;
    await adjustEnvelopes(ctx, envelopes.map((e) => e.id), -held, row.status === 'paid' ? -held : 0);
  }
  return moveRequest(ctx, row, 'cancel', { decisionReason: reason, decidedAt: new Date() }, { reason });
}

async function justify(ctx: UseCaseContext, row: AidRequestRow) {
  const [invoice] = await ctx.tx
    .select({ id: aidDocuments.id })
    .from(aidDocuments)
    .where(and(eq(aidDocuments.departmentId, row.departmentId), eq(aidDocuments.requestId, row.id), eq(aidDocuments.kind, 'invoice')))
    .limit(1);
  if (!invoice) throw new AppError('CONFLICT', 'Aucune facture n’est jointe : l’aide ne peut pas être justifiée.');
  return moveRequest(ctx, row, 'justify');
}

/**
 * The département's steps on a request: take it up, grant (all or part, with a reason), refuse,
 * return for more information, pay, record the invoice, cancel. The request row is locked, so
 * two officers deciding the same request are taken one after the other; the budget moves in
 * the same transaction as the decision.
 */
export const decideRequest = defineUseCase({
  name: 'aid.decide',
  kind: 'command',
  permission: 'aid:decide',
  input: z.object({ id: Id, data: AidDecisionInput }),
  async run(ctx, { id, data }) {
    const row = await findRequest(ctx, id, true);
    // The step first: a grant of a request not under review is refused as such, not for its budget.
    if (!nextAidStatus(row.status, data.event)) throw new AppError('CONFLICT', 'Cette étape n’est pas possible pour une demande dans cet état.');
    const reason = data.reason ?? '';
    let status;
    switch (data.event) {
      case 'grant':
        status = await grant(ctx, row, data.amountCents!, reason);
        break;
      case 'pay':
        status = await pay(ctx, row, data.amountCents!, data.paidOn!);
        break;
      case 'cancel':
        status = await cancel(ctx, row, reason);
        break;
      case 'justify':
        status = await justify(ctx, row);
        break;
      case 'refuse':
        status = await moveRequest(ctx, row, 'refuse', { decisionReason: reason, decidedAt: new Date() }, { reason });
        break;
      case 'return':
        status = await moveRequest(ctx, row, 'return', { decisionReason: reason }, { reason });
        break;
      case 'review':
        status = await moveRequest(ctx, row, 'review');
        break;
    }
    await ctx.audit({ action: `aid.${data.event}`, entityType: 'aid_request', entityId: id, details: { beneficiaryId: row.beneficiaryId, amountCents: data.amountCents ?? null } });
    return { id, status };
  },
});

