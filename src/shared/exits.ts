import { addDays, type IsoDate } from './calendar.js';

/**
 * The person's situation at exit, the FSE+ result indicator (Reg. (EU) 2021/1057, Annex I: « within
 * 4 weeks of exit: job-searching, in education or training, gained a qualification, in employment
 * including self-employment »). The référent records it; the final evaluation then closes the pathway.
 */
export const EXIT_SITUATIONS = ['job_searching', 'education_training', 'qualification', 'employment'] as const;
export type ExitSituation = (typeof EXIT_SITUATIONS)[number];

/** The kind of job a person in employment holds (DOMAIN.md « Exit categories »). */
export const EMPLOYMENT_CONTRACTS = ['cdi', 'cdd', 'interim', 'subsidised', 'civil_service', 'self_employed'] as const;
export type EmploymentContract = (typeof EMPLOYMENT_CONTRACTS)[number];

/** Jobs without a planned end: no duration is asked for them. Every other contract states its length in months. */
export const OPEN_ENDED_CONTRACTS: readonly EmploymentContract[] = ['cdi', 'civil_service', 'self_employed'];

/** The regulation's window: the result is the situation within 4 weeks of the exit. */
export const EXIT_RESULT_DAYS = 28;
/** How long before the end of the window the référent is reminded. */
export const EXIT_SITUATION_WARNING_DAYS = 7;

export type ExitSituationState = 'recorded' | 'pending' | 'due_soon' | 'overdue';

/** The last day the situation at exit can be observed: 4 weeks after the exit. */
export const exitSituationDueOn = (endedOn: IsoDate): IsoDate => addDays(endedOn, EXIT_RESULT_DAYS);

/**
 * Where the situation at exit stands on a day: recorded, still to record, to record within the
 * week, or late. Pure: the alert and the person's page both read it.
 */
export function exitSituationState(endedOn: IsoDate, recordedOn: IsoDate | null, today: IsoDate): { dueOn: IsoDate; state: ExitSituationState } {
  const dueOn = exitSituationDueOn(endedOn);
  if (recordedOn) return { dueOn, state: 'recorded' };
  if (today > dueOn) return { dueOn, state: 'overdue' };
  return { dueOn, state: today >= addDays(dueOn, -EXIT_SITUATION_WARNING_DAYS) ? 'due_soon' : 'pending' };
}

/** Why a situation date is refused (French), or null: it is observed between the exit and 4 weeks after, and not after today. */
export function situationDateProblem(endedOn: IsoDate, on: IsoDate, today: IsoDate): string | null {
  if (on > today) return 'La date ne peut pas être dans le futur.';
  if (on < endedOn) return 'La situation se constate à la sortie ou après.';
  if (on > exitSituationDueOn(endedOn)) return 'La situation retenue est celle des 4 semaines qui suivent la sortie.';
  return null;
}
