import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { notFound } from '../../../platform/http/errors.js';
import { Id } from '../../../shared/contracts/common.js';
import type { BreachKind } from '../../../shared/compliance.js';
import type { SanctionScale } from '../../../shared/settings.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { communes, users } from '../../organisations/schema.js';
import { printingHeader } from '../../organisations/printing.js';
import { postalLines } from '../../../platform/pdf/format.js';
import { renderBreachLetter } from '../document/letter-pdf.js';
import type { LetterKind } from '../document/model.js';
import type { ReviewEvent } from '../review-lifecycle.js';
import { breachReportAbsences, breachSteps } from '../schema.js';
import { findReport } from '../store.js';

/** The kinds of breach as letters and the EP's file summaries name them. */
export const BREACH_KIND_LABELS: Record<BreachKind, string> = {
  contract_refusal: 'Refus de signer ou d’actualiser le contrat',
  obligations_not_met: 'Obligations du contrat non respectées',
  unexcused_absences: 'Absences répétées sans excuse',
  other: 'Autre manquement',
};

/** The reference a breach report's letters quote, so the person recognises the file. */
export const breachReference = (reportId: string) => `SM-${reportId.slice(0, 8).toUpperCase()}`;

/** The letter each review step sends the person. */
const LETTERS: Partial<Record<ReviewEvent, LetterKind>> = {
  notify: 'first_notification', decide_no_action: 'no_action', decide_suspension: 'suspension', end_suspension: 'suspension_end', decide_suppression: 'suppression',
};

interface Decided {
  scale?: SanctionScale;
  sharePercent?: number;
  months?: number | null;
  startsOn?: string;
}

/** The letter of one step of the review (first notification, decision, end of suspension), as a PDF. */
export const printLetter = defineUseCase({
  name: 'breach.letter',
  kind: 'query',
  permission: 'breach:read',
  input: z.object({ id: Id, stepId: Id }),
  async run(ctx, { id, stepId }) {
    const report = await findReport(ctx, id);
    const [step] = await ctx.tx
      .select({ step: breachSteps, signatory: users.displayName })
      .from(breachSteps)
      .innerJoin(users, eq(users.id, breachSteps.recordedBy))
      .where(and(eq(breachSteps.departmentId, report.departmentId), eq(breachSteps.reportId, id), eq(breachSteps.id, stepId)));
    const kind = step ? LETTERS[step.step.event as ReviewEvent] : undefined;
    if (!step || !kind) throw notFound('Courrier introuvable.');
    const [person] = await ctx.tx
      .select({ lastName: beneficiaries.lastName, firstNames: beneficiaries.firstNames, addressLine: beneficiaries.addressLine, postalCode: beneficiaries.postalCode, commune: communes.name })
      .from(beneficiaries)
      .leftJoin(communes, and(eq(communes.departmentId, beneficiaries.departmentId), eq(communes.inseeCode, beneficiaries.communeCode)))
      .where(and(eq(beneficiaries.departmentId, report.departmentId), eq(beneficiaries.id, report.beneficiaryId)));
    const absences = await ctx.tx
      .select({ on: breachReportAbsences.happenedOn })
      .from(breachReportAbsences)
      .where(and(eq(breachReportAbsences.departmentId, report.departmentId), eq(breachReportAbsences.reportId, id)))
      .orderBy(asc(breachReportAbsences.happenedOn));
    const { department } = await printingHeader(ctx.tx, report.departmentId, null);
    const decided = step.step.details as Decided;
    const pdf = await renderBreachLetter({
      department,
      kind,
      on: step.step.on,
      reference: breachReference(id),
      person: {
        name: `${person!.lastName.toLocaleUpperCase('fr-FR')} ${person!.firstNames}`,
        addressLines: postalLines(person!.addressLine, person!.postalCode, person!.commune),
      },
      breach: { kind: BREACH_KIND_LABELS[report.kind], facts: report.facts, factsFrom: report.factsFrom, factsTo: report.factsTo, absences: absences.map((a) => a.on) },
      decision: decided.scale
        ? { measure: decided.scale.label, sharePercent: decided.sharePercent ?? null, months: decided.months ?? null, startsOn: decided.startsOn ?? null, justification: step.step.note }
        : kind === 'no_action' ? { measure: 'Aucune sanction', sharePercent: null, months: null, startsOn: null, justification: step.step.note } : null,
      signatory: step.signatory,
      generatedAt: new Date().toISOString(),
    });
    await ctx.audit({ action: 'breach.letter', entityType: 'breach_report', entityId: id, details: { stepId, beneficiaryId: report.beneficiaryId } });
    return { pdf, fileName: `courrier-${kind}-${step.step.on}.pdf` };
  },
});
