import { postalLines } from '../../../platform/pdf/format.js';
import { z } from 'zod';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { frenchToday } from '../../../shared/calendar.js';
import { Id } from '../../../shared/contracts/common.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { communes } from '../../organisations/schema.js';
import { printingHeader } from '../../organisations/printing.js';
import { renderAidLetter } from '../document/letter-pdf.js';
import { SCOPE_LABELS } from '../labels.js';
import { DECIDED } from '../lifecycle.js';
import { aidRequestEvents } from '../schema.js';
import { findRequest } from '../store.js';

/** The decision letter for the person, once the département has granted or refused. */
export const printAidLetter = defineUseCase({
  name: 'aid.letter',
  kind: 'query',
  permission: 'aid:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const row = await findRequest(ctx, id);
    if (!DECIDED.includes(row.status)) throw new AppError('CONFLICT', 'Le courrier est disponible une fois la demande accordée ou refusée.');
    const dept = row.departmentId;
    const [person] = await ctx.tx
      .select({ b: beneficiaries, communeName: communes.name })
      .from(beneficiaries)
      .leftJoin(communes, and(eq(communes.departmentId, beneficiaries.departmentId), eq(communes.inseeCode, beneficiaries.communeCode)))
      .where(and(eq(beneficiaries.departmentId, dept), eq(beneficiaries.id, row.beneficiaryId)));
    const { department, provider } = await printingHeader(ctx.tx, dept, row.providerId);
    const [decision] = await ctx.tx
      .select({ at: aidRequestEvents.at })
      .from(aidRequestEvents)
      .where(and(eq(aidRequestEvents.departmentId, dept), eq(aidRequestEvents.requestId, id), inArray(aidRequestEvents.event, ['grant', 'refuse'])))
      .orderBy(desc(aidRequestEvents.at))
      .limit(1);
    const b = person!.b;
    const pdf = await renderAidLetter({
      department,
      person: { lastName: b.lastName, firstNames: b.firstNames, addressLines: postalLines(b.addressLine, b.postalCode, person!.communeName) },
      provider: { name: provider!.name },
      request: { aidType: SCOPE_LABELS[row.aidType], purpose: row.purpose, requestedCents: row.requestedCents, submittedOn: row.submittedAt ? frenchToday(row.submittedAt) : null },
      decision: {
        outcome: row.status === 'refused' ? 'refused' : 'granted',
        decidedOn: frenchToday(decision?.at ?? row.decidedAt ?? new Date()),
        grantedCents: row.grantedCents,
        reason: row.decisionReason ?? '',
        payee: row.payee === 'supplier' ? (row.supplierName ?? 'Le fournisseur') : 'Vous-même',
        paid: row.paidOn && row.paidCents ? { on: row.paidOn, cents: row.paidCents } : null,
      },
      generatedAt: new Date().toISOString(),
    });
    await ctx.audit({ action: 'aid.letter', entityType: 'aid_request', entityId: id, details: { beneficiaryId: row.beneficiaryId } });
    return { pdf, fileName: `decision-aide-${frenchToday()}.pdf` };
  },
});
