import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { notFound } from '../../../platform/http/errors.js';
import { frenchToday } from '../../../shared/calendar.js';
import { Id } from '../../../shared/contracts/common.js';
import { users } from '../../organisations/schema.js';
import { printingHeader } from '../../organisations/printing.js';
import { breachReference } from '../../compliance/use-cases/letters.js';
import { postalLines } from '../../../platform/pdf/format.js';
import { renderConvocation, renderRecord } from '../document/pdf.js';
import { findSession, sessionCases, territoryName, type SessionRow } from '../store.js';

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
    const [person] = await sessionCases(ctx, session, caseId);
    if (!person) throw notFound('Dossier introuvable à l’ordre du jour de cette séance.');
    const { header, session: s, signatory } = await printed(ctx, session);
    const on = frenchToday();
    const pdf = await renderConvocation({
      department: header.department, session: s, on, reference: breachReference(person.kase.reportId), signatory, generatedAt: new Date().toISOString(),
      person: { name: person.personName, addressLines: postalLines(person.addressLine, person.postalCode, person.commune) },
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
    const cases = await sessionCases(ctx, session);
    const { header, session: s, signatory } = await printed(ctx, session);
    const pdf = await renderRecord({
      department: header.department, session: { ...s, members: session.members }, signatory, generatedAt: new Date().toISOString(),
      cases: cases.map((c) => ({ personName: c.personName, reference: breachReference(c.kase.reportId), summary: c.kase.summary, opinion: c.kase.opinion })),
    });
    await ctx.audit({ action: 'team.record', entityType: 'team_session', entityId: id, details: { beneficiaryIds: cases.map((c) => c.beneficiaryId) } });
    return { pdf, fileName: `compte-rendu-ep-${session.heldOn}.pdf` };
  },
});
