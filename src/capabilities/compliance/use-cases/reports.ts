import { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { AppError } from '../../../platform/http/errors.js';
import { handOut } from '../../../platform/files/hand-out.js';
import { readDocument, storeDocument } from '../../../platform/files/store.js';
import { Id } from '../../../shared/contracts/common.js';
import { ApprovalInput, ReportInput, ReportUpdate } from '../../../shared/contracts/compliance.js';
import { findInScope, today, type BeneficiaryRow } from '../../beneficiaries/store.js';
import { contacts } from '../../contacts/schema.js';
import { lots } from '../../organisations/schema.js';
import { readSettings } from '../../organisations/settings-queries.js';
import { breachReportAbsences, breachReportEvidence, breachReports } from '../schema.js';
import { initialReportStatus, nextReportStatus, resubmitEvent, type ReportEvent } from '../report-lifecycle.js';
import { findReport, recordStep, updateReport, type ReportRow } from '../store.js';

const approvalRequired = async (ctx: UseCaseContext, lotId: string | null) =>
  (await readSettings(ctx.tx, ctx.actor.departmentId, lotId ?? undefined)).values.breachApprovalRequired;

/** The absences picked must be the person's unexcused absences, in the actor's scope. */
async function pickAbsences(ctx: UseCaseContext, person: BeneficiaryRow, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await ctx.tx
    .select({ contactId: contacts.id, happenedOn: contacts.happenedOn })
    .from(contacts)
    .where(inScope(ctx.actor, contacts, eq(contacts.beneficiaryId, person.id), eq(contacts.status, 'unexcused_absence'), inArray(contacts.id, ids)));
  if (rows.length !== new Set(ids).size) {
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'absenceIds', message: 'Choisissez parmi les absences non excusées de la personne.' }]);
  }
  return rows.map((r) => ({ contactId: r.contactId, happenedOn: r.happenedOn! }));
}

async function writeAbsences(ctx: UseCaseContext, reportId: string, absences: { contactId: string; happenedOn: string }[]) {
  await ctx.tx.delete(breachReportAbsences).where(and(eq(breachReportAbsences.departmentId, ctx.actor.departmentId), eq(breachReportAbsences.reportId, reportId)));
  if (absences.length) await ctx.tx.insert(breachReportAbsences).values(absences.map((a) => ({ departmentId: ctx.actor.departmentId, reportId, ...a })));
}

const assertFactsNotInFuture = (report: ReportInput) => {
  if (report.factsTo > today()) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'factsTo', message: 'La date ne peut pas être dans le futur.' }]);
};

/** The referent (or the PIP manager) reports a breach of the person they follow. */
export const createReport = defineUseCase({
  name: 'breach.report',
  kind: 'command',
  permission: 'breach:report',
  input: z.object({ beneficiaryId: Id, data: ReportInput }),
  async run(ctx, { beneficiaryId, data }) {
    assertFactsNotInFuture(data);
    const person = await findInScope(ctx, beneficiaryId);
    if (!person.providerId || !person.referentId) throw new AppError('CONFLICT', 'Un manquement se signale pour une personne suivie par un référent.');
    const absences = await pickAbsences(ctx, person, data.absenceIds);
    const [lot] = person.lotId ? await ctx.tx.select({ territoryId: lots.territoryId }).from(lots).where(and(eq(lots.departmentId, person.departmentId), eq(lots.id, person.lotId))) : [];
    const status = initialReportStatus(await approvalRequired(ctx, person.lotId));
    const sent = status === 'sent';
    const [row] = await ctx.tx
      .insert(breachReports)
      .values({
        departmentId: person.departmentId, beneficiaryId, providerId: person.providerId, referentId: person.referentId, territoryId: lot?.territoryId ?? null,
        kind: data.kind, facts: data.facts, factsFrom: data.factsFrom, factsTo: data.factsTo, status, reviewStatus: sent ? 'received' : null,
        sentAt: sent ? new Date() : null, reportedBy: ctx.actor.userId,
      })
      .returning();
    await writeAbsences(ctx, row!.id, absences);
    await recordStep(ctx, row!, { event: 'report', on: today(), reviewStatus: sent ? 'received' : null, details: { absences: absences.length } });
    await ctx.audit({ action: 'breach.report', entityType: 'breach_report', entityId: row!.id, details: { beneficiaryId, kind: data.kind, status } });
    return { id: row!.id, status };
  },
});

function move(report: ReportRow, event: ReportEvent) {
  const next = nextReportStatus(report.status, event);
  if (!next) throw new AppError('CONFLICT', 'Cette action n’est plus possible pour ce signalement.');
  return next;
}

/** The fields that change when a report reaches the département. */
const sentFields = (next: string) => (next === 'sent' ? { reviewStatus: 'received' as const, sentAt: new Date() } : {});

/** The referent corrects a returned report and sends it again (to the manager, or on when no approval is required). */
export const resubmitReport = defineUseCase({
  name: 'breach.resubmit',
  kind: 'command',
  permission: 'breach:report',
  input: z.object({ id: Id, data: ReportUpdate }),
  async run(ctx, { id, data }) {
    assertFactsNotInFuture(data.report);
    const report = await findReport(ctx, id, true);
    if (report.version !== data.version) throw new AppError('CONFLICT', 'Ce signalement a été modifié entre-temps. Rechargez-le : vos saisies sont conservées.');
    const person = await findInScope(ctx, report.beneficiaryId);
    const event = resubmitEvent(await approvalRequired(ctx, person.lotId));
    const next = move(report, event);
    const absences = await pickAbsences(ctx, person, data.report.absenceIds);
    const { absenceIds: _ids, ...fields } = data.report;
    await updateReport(ctx, report, { ...fields, status: next, returnComment: null, ...sentFields(next) });
    await writeAbsences(ctx, id, absences);
    await recordStep(ctx, report, { event, on: today(), reviewStatus: next === 'sent' ? 'received' : null });
    await ctx.audit({ action: `breach.${event}`, entityType: 'breach_report', entityId: id, details: { beneficiaryId: report.beneficiaryId } });
    return { id, status: next };
  },
});

/** The PIP manager sends the report on to the département, or back to the referent with a comment. */
export const decideApproval = defineUseCase({
  name: 'breach.approval',
  kind: 'command',
  permission: 'breach:approve',
  input: z.object({ id: Id, data: ApprovalInput }),
  async run(ctx, { id, data }) {
    const report = await findReport(ctx, id, true);
    const next = move(report, data.decision);
    const approved = data.decision === 'approve';
    await updateReport(ctx, report, {
      status: next, approvedBy: ctx.actor.userId, approvedAt: new Date(), returnComment: approved ? null : data.comment ?? null, ...sentFields(next),
    });
    await recordStep(ctx, report, { event: data.decision, on: today(), reviewStatus: approved ? 'received' : null, note: data.comment ?? null });
    await ctx.audit({ action: `breach.${data.decision}`, entityType: 'breach_report', entityId: id, details: { beneficiaryId: report.beneficiaryId } });
    return { id, status: next };
  },
});

export const withdrawReport = defineUseCase({
  name: 'breach.withdraw',
  kind: 'command',
  permission: 'breach:report',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const report = await findReport(ctx, id, true);
    const next = move(report, 'withdraw');
    await updateReport(ctx, report, { status: next });
    await recordStep(ctx, report, { event: 'withdraw', on: today() });
    await ctx.audit({ action: 'breach.withdraw', entityType: 'breach_report', entityId: id, details: { beneficiaryId: report.beneficiaryId } });
    return { id, status: next };
  },
});

/** Evidence for the report (PDF, PNG or JPEG, checked from its bytes); none once withdrawn. */
export const attachEvidence = defineUseCase({
  name: 'breach.attachEvidence',
  kind: 'command',
  permission: 'breach:report',
  input: z.object({ id: Id, fileName: z.string().trim().min(1).max(200).default('piece.pdf'), content: z.instanceof(Buffer) }),
  async run(ctx, { id, fileName, content }) {
    const report = await findReport(ctx, id, true);
    if (report.status === 'withdrawn') throw new AppError('CONFLICT', 'Ce signalement a été retiré.');
    const fileId = await storeDocument(ctx.tx, report.departmentId, ctx.actor.userId, fileName, content);
    const [row] = await ctx.tx.insert(breachReportEvidence).values({ departmentId: report.departmentId, reportId: id, fileId, addedBy: ctx.actor.userId }).returning({ id: breachReportEvidence.id });
    await ctx.audit({ action: 'breach.attachEvidence', entityType: 'breach_report', entityId: id, details: { fileId } });
    return { id: row!.id };
  },
});

export const readEvidence = defineUseCase({
  name: 'breach.readEvidence',
  kind: 'query',
  permission: 'breach:read',
  input: z.object({ id: Id, evidenceId: Id }),
  async run(ctx, { id, evidenceId }) {
    const report = await findReport(ctx, id);
    const [evidence] = await ctx.tx
      .select({ fileId: breachReportEvidence.fileId })
      .from(breachReportEvidence)
      .where(and(eq(breachReportEvidence.departmentId, report.departmentId), eq(breachReportEvidence.reportId, id), eq(breachReportEvidence.id, evidenceId)));
    const file = evidence ? await readDocument(ctx.tx, report.departmentId, evidence.fileId) : null;
    return handOut(ctx, file, 'Pièce introuvable.', { action: 'breach.readEvidence', entityType: 'breach_report', entityId: id, details: { evidenceId, beneficiaryId: report.beneficiaryId } });
  },
});
