import { z } from 'zod';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { frenchToday } from '../../../shared/calendar.js';
import { Id } from '../../../shared/contracts/common.js';
import { beneficiaries } from '../../beneficiaries/schema.js';
import { communes, departments, providers } from '../../organisations/schema.js';
import { readSettings } from '../../organisations/settings-queries.js';
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
    const [department] = await ctx.tx.select().from(departments).where(eq(departments.id, dept));
    const [provider] = await ctx.tx.select({ name: providers.name }).from(providers).where(and(eq(providers.departmentId, dept), eq(providers.id, row.providerId)));
    const [decision] = await ctx.tx
      .select({ at: aidRequestEvents.at })
      .from(aidRequestEvents)
      .where(and(eq(aidRequestEvents.departmentId, dept), eq(aidRequestEvents.requestId, id), inArray(aidRequestEvents.event, ['grant', 'refuse'])))
      .orderBy(desc(aidRequestEvents.at))
      .limit(1);
    const { values } = await readSettings(ctx.tx, dept);
    const b = person!.b;
    const town = [b.postalCode, person!.communeName].filter(Boolean).join(' ');
    const pdf = await renderAidLetter({
      department: { name: department!.name, code: department!.code, brandName: values.brandName, primaryColor: values.primaryColor },
      person: { lastName: b.lastName, firstNames: b.firstNames, addressLines: [b.addressLine, town].filter((l): l is string => Boolean(l)) },
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
