import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { defineUseCase } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { frenchToday } from '../../shared/calendar.js';
import { Id } from '../../shared/contracts/common.js';
import { printingHeader } from '../organisations/printing.js';
import { selectAppointmentFacts } from './appointment-facts.js';
import { renderConvocation } from './document/convocation-pdf.js';
import { convocationOf } from './document/from-facts.js';
import { contacts } from './schema.js';

/** The convocation letter of a planned appointment, for a person reached by post or by hand. */
export const printConvocation = defineUseCase({
  name: 'contact.convocation',
  kind: 'query',
  permission: 'contact:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }) {
    const [a] = await selectAppointmentFacts(ctx.tx, inScope(ctx.actor, contacts, eq(contacts.id, id)));
    if (!a) throw notFound('Rendez-vous introuvable.');
    if (a.status !== 'planned') throw new AppError('CONFLICT', 'Seul un rendez-vous à venir a une convocation.');
    // The letterhead's settings are the département's; the PIP's name and site come with the facts.
    const pdf = await renderConvocation(convocationOf({ ...a, scheduledAt: a.scheduledAt! }, await printingHeader(ctx.tx, a.departmentId, null), new Date()));
    await ctx.audit({ action: 'contact.convocation', entityType: 'contact', entityId: id, details: { beneficiaryId: a.beneficiaryId } });
    return { pdf, fileName: `convocation-${frenchToday(a.scheduledAt!)}.pdf` };
  },
});
