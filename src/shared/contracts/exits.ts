import { z } from 'zod';
import { EMPLOYMENT_CONTRACTS, EXIT_SITUATIONS, OPEN_ENDED_CONTRACTS } from '../exits.js';
import { IsoDate } from './common.js';

/**
 * The situation at exit as the référent records it. A job states its kind, and its length in
 * months unless it has no planned end (CDI, civil service, self-employment); any other situation
 * states neither.
 */
export const SituationInput = z
  .object({
    situation: z.enum(EXIT_SITUATIONS, { error: 'Choisissez la situation de la personne.' }),
    situationOn: IsoDate,
    employmentContract: z.enum(EMPLOYMENT_CONTRACTS).nullish(),
    employmentMonths: z.number().int().min(1, 'Au moins un mois.').max(120, '120 mois au plus.').nullish(),
  })
  .superRefine((s, ctx) => {
    const job = s.situation === 'employment';
    if (job && !s.employmentContract) ctx.addIssue({ code: 'custom', path: ['employmentContract'], message: 'Précisez le type de contrat.' });
    if (!job && s.employmentContract) ctx.addIssue({ code: 'custom', path: ['employmentContract'], message: 'Le type de contrat ne concerne que l’emploi.' });
    const fixedTerm = job && s.employmentContract && !OPEN_ENDED_CONTRACTS.includes(s.employmentContract);
    if (fixedTerm && !s.employmentMonths) ctx.addIssue({ code: 'custom', path: ['employmentMonths'], message: 'Précisez la durée du contrat en mois.' });
    if (!fixedTerm && s.employmentMonths) ctx.addIssue({ code: 'custom', path: ['employmentMonths'], message: 'La durée ne concerne qu’un contrat à durée limitée.' });
  });
export type SituationInput = z.infer<typeof SituationInput>;

/** The final evaluation that closes the pathway. */
export const EvaluationInput = z.object({
  evaluation: z.string({ error: 'Rédigez l’évaluation finale.' }).trim().min(1, 'Rédigez l’évaluation finale.').max(4000),
  on: IsoDate,
});
export type EvaluationInput = z.infer<typeof EvaluationInput>;

/** The exit block of the person's page: where the situation stands and what the viewer may do. */
export const ExitView = z.object({
  endedOn: IsoDate,
  exitReason: z.string().nullable(),
  /** The last day of the 4 weeks, and where the situation stands against it. */
  dueOn: IsoDate,
  state: z.enum(['recorded', 'pending', 'due_soon', 'overdue']),
  situation: z.enum(EXIT_SITUATIONS).nullable(),
  situationOn: IsoDate.nullable(),
  employmentContract: z.enum(EMPLOYMENT_CONTRACTS).nullable(),
  employmentMonths: z.number().int().nullable(),
  recordedByName: z.string().nullable(),
  finalEvaluation: z.string().nullable(),
  evaluatedOn: IsoDate.nullable(),
  evaluatedByName: z.string().nullable(),
  /** Closed by the final evaluation: nothing changes any more. */
  closed: z.boolean(),
  /** The viewer may record the situation and the evaluation (the person's PIP, until closed). */
  mayRecord: z.boolean(),
});
export type ExitView = z.infer<typeof ExitView>;

/** The person's exit, or null while their accompaniment has not ended. */
export const ExitReply = z.object({ exit: ExitView.nullable() });
