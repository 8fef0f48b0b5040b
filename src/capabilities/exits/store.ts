import { and, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/usecase/runner.js';
import { AppError } from '../../platform/http/errors.js';
import { findInScope, type BeneficiaryRow } from '../beneficiaries/store.js';
import { exitResults } from './schema.js';

export type ExitResultRow = typeof exitResults.$inferSelect;
export type EndedPerson = BeneficiaryRow & { endedOn: string; providerId: string };

/**
 * The person whose accompaniment ended, locked, with the result of that exit if one was recorded.
 * Out of scope is 404 (findInScope); a pathway that has not ended, or is closed, is 409.
 */
export async function exitForUpdate(ctx: UseCaseContext, beneficiaryId: string): Promise<{ person: EndedPerson; result: ExitResultRow | undefined }> {
  const person = await findInScope(ctx, beneficiaryId, true);
  if (person.pathwayStatus !== 'ended' || !person.endedOn || !person.providerId) {
    throw new AppError('CONFLICT', 'L’accompagnement de cette personne n’est pas terminé.');
  }
  const [result] = await ctx.tx
    .select()
    .from(exitResults)
    .where(and(eq(exitResults.departmentId, person.departmentId), eq(exitResults.beneficiaryId, person.id), eq(exitResults.endedOn, person.endedOn)))
    .for('update');
  if (result?.evaluatedOn) throw new AppError('CONFLICT', 'Le parcours est clôturé par son évaluation finale : la sortie ne se modifie plus.');
  return { person: person as EndedPerson, result };
}
