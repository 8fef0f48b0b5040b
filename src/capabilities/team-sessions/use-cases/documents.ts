import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { notFound } from '../../../platform/http/errors.js';
import { frenchToday } from '../../../shared/calendar.js';
import { Id } from '../../../shared/contracts/common.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { breachReports, teamCases } from '../../compliance/schema.js';
import { communes, users } from '../../organisations/schema.js';
import { printingHeader } from '../../organisations/printing.js';
import { renderConvocation, renderRecord } from '../document/pdf.js';
import { findSession, territoryName, type SessionRow } from '../store.js';

/** The reference the breach letters quote, so the person recognises the file. */
const reference = (reportId: string) => `SM-${reportId.slice(0, 8).toUpperCase()}`;
const personName = (p: { lastName: string; firstNames: string }) => `${p.lastName.toLocaleUpperCase('fr-FR')} ${p.firstNames}`;

async function printed(ctx: UseCaseContext, session: SessionRow) {
  const [signatory] = await ctx.tx.select({ name: users.displayName }).from(users).where(eq(users.id, ctx.actor.userId));
  return {
    header: await printingHeader(ctx.tx, session.departmentId, null),
    session: { territoryName: await territoryName(ctx, session.territoryId), heldOn: session.heldOn, startsAt: session.startsAt.slice(0, 5), place: session.place },
    signatory: signatory?.name ?? '',
  };
}

/** The convocation of the person whose case is on the agenda: day, hour, place, their rights. */
export const printConvocation = defineUseCase({
  name: 'team.convocation',
  kind: 'query',
  permission: 'team:read',
  input: z.object({ id: Id, caseId: Id }),
  async run(ctx, { id, caseId }) {
    const session = await findSession(ctx, id);
    const [person] = await ctx.tx
      .select({
        reportId: teamCases.reportId, beneficiaryId: beneficiaries.id, lastName: beneficiaries.lastName, firstNames: beneficiaries.firstNames,
        addressLine: beneficiaries.addressLine, postalCode: beneficiaries.postalCode, commune: communes.name,
      })
      .from(teamCases)
      .innerJoin(breachReports, and(eq(breachReports.departmentId, teamCases.departmentId), eq(breachReports.id, teamCases.reportId)))
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, breachReports.departmentId), eq(beneficiaries.id, breachReports.beneficiaryId)))
      .leftJoin(communes, and(eq(communes.departmentId, beneficiaries.departmentId), eq(communes.inseeCode, beneficiaries.communeCode)))
      .where(and(eq(teamCases.departmentId, session.departmentId), eq(teamCases.sessionId, id), eq(teamCases.id, caseId)));
    if (!person) throw notFound('Dossier introuvable à l’ordre du jour de cette séance.');
    const { header, session: s, signatory } = await printed(ctx, session);
    const on = frenchToday();
    const pdf = await renderConvocation({
      department: header.department, session: s, on, reference: reference(person.reportId), signatory, generatedAt: new Date().toISOString(),
      person: {
        name: personName(person),
        addressLines: [person.addressLine, [person.postalCode, person.commune].filter(Boolean).join(' ')].filter((l): l is string => !!l),
      },
    });
    await ctx.audit({ action: 'team.convocation', entityType: 'team_session', entityId: id, details: { caseId, beneficiaryId: person.beneficiaryId } });
    return { pdf, fileName: `convocation-ep-${session.heldOn}.pdf` };
  },
});

/** The record of the session: members, each case with its summary and opinion. */
export const printRecord = defineUseCase({
  name: 'team.record',
  kind: 'query',
  permission: 'team:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const session = await findSession(ctx, id);
    const cases = await ctx.tx
      .select({ reportId: teamCases.reportId, beneficiaryId: beneficiaries.id, lastName: beneficiaries.lastName, firstNames: beneficiaries.firstNames, summary: teamCases.summary, opinion: teamCases.opinion })
      .from(teamCases)
      .innerJoin(breachReports, and(eq(breachReports.departmentId, teamCases.departmentId), eq(breachReports.id, teamCases.reportId)))
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, breachReports.departmentId), eq(beneficiaries.id, breachReports.beneficiaryId)))
      .where(and(eq(teamCases.departmentId, session.departmentId), eq(teamCases.sessionId, id)))
      .orderBy(asc(teamCases.createdAt));
    const { header, session: s, signatory } = await printed(ctx, session);
    const pdf = await renderRecord({
      department: header.department, session: { ...s, members: session.members }, signatory, generatedAt: new Date().toISOString(),
      cases: cases.map((c) => ({ personName: personName(c), reference: reference(c.reportId), summary: c.summary, opinion: c.opinion })),
    });
    await ctx.audit({ action: 'team.record', entityType: 'team_session', entityId: id, details: { beneficiaryIds: cases.map((c) => c.beneficiaryId) } });
    return { pdf, fileName: `compte-rendu-ep-${session.heldOn}.pdf` };
  },
});
