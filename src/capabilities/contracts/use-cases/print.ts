import { postalLines } from '../../../platform/pdf/format.js';
import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { Id } from '../../../shared/contracts/common.js';
import { ACTIVITY_TYPES } from '../../../shared/cer.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { communes, users } from '../../organisations/schema.js';
import { printingHeader } from '../../organisations/printing.js';
import { contractReviews } from '../schema.js';
import { renderContractPdf } from '../document/contract-pdf.js';
import { CER_FR as L } from '../../../shared/cer-fr.js';
import type { ContractDocument } from '../document/model.js';
import { checkWeeklyHours } from '../rules.js';
import { actionsOf, findContract, objectivesOf, type ContractRow } from '../store.js';
import type { UseCaseContext } from '../../../platform/usecase/runner.js';

async function documentOf(ctx: UseCaseContext, row: ContractRow): Promise<ContractDocument> {
  const { tx } = ctx;
  const [person] = await tx
    .select({ b: beneficiaries, communeName: communes.name })
    .from(beneficiaries)
    .leftJoin(communes, and(eq(communes.departmentId, beneficiaries.departmentId), eq(communes.inseeCode, beneficiaries.communeCode)))
    .where(and(eq(beneficiaries.departmentId, row.departmentId), eq(beneficiaries.id, row.beneficiaryId)));
  const { department, fundingMention, provider, settings } = await printingHeader(tx, row.departmentId, row.providerId);
  const referentId = row.signedBy ?? person!.b.referentId;
  const [referent] = referentId ? await tx.select().from(users).where(eq(users.id, referentId)) : [];
  const [review] = await tx
    .select({ validated: contractReviews.validated, comment: contractReviews.comment, decidedAt: contractReviews.decidedAt, by: users.displayName })
    .from(contractReviews)
    .innerJoin(users, eq(users.id, contractReviews.decidedBy))
    .where(and(eq(contractReviews.departmentId, row.departmentId), eq(contractReviews.contractId, row.id)))
    .orderBy(asc(contractReviews.decidedAt));
  const objectives = await objectivesOf(tx, row.departmentId, [row.id]);
  const actions = await actionsOf(tx, row.departmentId, objectives.map((o) => o.id));
  const b = person!.b;
  const plan = row.weeklyPlan;
  const address = postalLines(b.addressLine, b.postalCode, person!.communeName).join(', ');
  return {
    kind: row.kind,
    versionNumber: row.versionNumber,
    nature: row.nature,
    status: L.statuses[row.status],
    department,
    fundingMention,
    person: {
      civility: b.civility === 'mme' ? 'Mme' : b.civility === 'm' ? 'M.' : null, lastName: b.lastName, firstNames: b.firstNames, birthDate: b.birthDate,
      cafNumber: b.cafNumber, franceTravailId: b.franceTravailId, address: address || null,
    },
    provider: provider ? { name: provider.name, siteAddress: null } : null,
    referent: referent ? { displayName: referent.displayName, email: referent.email } : null,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    durationMonths: row.durationMonths,
    project: { targetJobs: row.targetJobs, zone: row.zone, expectedSalary: row.expectedSalary, contractTypeSought: row.contractTypeSought },
    personCommitments: row.personCommitments,
    organisationCommitments: row.organisationCommitments,
    weeklyPlan: plan
      ? {
          activities: ACTIVITY_TYPES.filter((a) => (plan.hours[a] ?? 0) > 0).map((a) => ({ label: L.activities[a], hours: plan.hours[a]! })),
          totalHours: checkWeeklyHours(plan, settings.ceMinWeeklyHours).total,
          requiredHours: settings.ceMinWeeklyHours,
          reduction: plan.reduction ? { reason: L.reductions[plan.reduction.reason], hours: plan.reduction.hours } : null,
        }
      : null,
    objectives: objectives.map((o) => ({
      term: L.terms[o.term], domain: L.domains[o.domain], wording: o.wording, deadline: o.deadline, status: L.objectiveStatuses[o.status],
      consent: o.consentOn !== null,
      actions: actions.filter((a) => a.objectiveId === o.id).map((a) => ({
        type: `${L.actionTypes[a.type]} : ${a.label}`, organiser: a.organiser, startsOn: a.startsOn, endsOn: a.endsOn, status: L.actionStatuses[a.status],
      })),
      evaluation: o.evaluatedOn ? { result: L.objectiveStatuses[o.status], comment: o.evaluationComment } : null,
    })),
    signatures: {
      person: { signedOn: row.personSignedOn, mode: row.signatureMode ? L.signatureModes[row.signatureMode] : null },
      referent: { name: referent?.displayName ?? null, signedOn: row.referentSignedOn },
    },
    decision: review
      ? { label: review.validated ? 'Validé' : 'Renvoyé pour correction', on: review.decidedAt.toISOString().slice(0, 10), by: review.by, comment: review.comment }
      : null,
    overallAssessment: row.overallAssessment,
    generatedAt: new Date().toISOString(),
  };
}

/** The printable contract, made from what is stored now; printing it is a read of the person's record. */
export const printContract = defineUseCase({
  name: 'contract.print',
  kind: 'query',
  permission: 'contract:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const row = await findContract(ctx, id);
    const pdf = await renderContractPdf(await documentOf(ctx, row));
    await ctx.audit({ action: 'contract.print', entityType: 'contract', entityId: id, details: { beneficiaryId: row.beneficiaryId } });
    const kind = row.kind === 'ce' ? 'contrat-engagement' : 'cer';
    return { pdf, fileName: `${kind}-v${row.versionNumber}.pdf` };
  },
});
