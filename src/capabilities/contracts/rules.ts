import { addDays, addMonths, type IsoDate } from '../../shared/calendar.js';
import type { ActivityType, ContractKind, ContractStatus, HoursReductionReason, ObjectiveStatus } from '../../shared/cer.js';

/**
 * The contract kind follows its start date: a contract starting on or after the département's CE
 * date (1 January 2025 by law, a setting) is a contrat d'engagement, before it a CER.
 */
export const contractKindFor = (startsOn: IsoDate, ceStartDate: IsoDate): ContractKind => (startsOn >= ceStartDate ? 'ce' : 'cer');

/** The last day covered: a 6-month contract starting on 15 March runs to 14 September. */
export const contractEndsOn = (startsOn: IsoDate, durationMonths: number): IsoDate => addDays(addMonths(startsOn, durationMonths), -1);

export interface WeeklyPlan {
  hours: Partial<Record<ActivityType, number>>;
  reduction: { reason: HoursReductionReason; hours: number; justification: string } | null;
}

export interface WeeklyHoursCheck {
  total: number;
  required: number;
  /** French message when the plan falls short, null when it meets its requirement. */
  problem: string | null;
}

/**
 * A CE plans at least the legal weekly hours (15 by default, a setting) unless a documented
 * reduction (health, disability, lone parent without childcare) lowers the requirement, to zero
 * at most. A reduction must lower it: one at or above the norm documents nothing.
 */
export function checkWeeklyHours(plan: WeeklyPlan, minimumHours: number): WeeklyHoursCheck {
  const total = Object.values(plan.hours).reduce((sum, h) => sum + (h ?? 0), 0);
  const { reduction } = plan;
  const required = reduction ? reduction.hours : minimumHours;
  let problem: string | null = null;
  if (reduction && (reduction.hours < 0 || reduction.hours >= minimumHours)) {
    problem = `Une réduction doit abaisser l’objectif sous ${minimumHours} h par semaine (0 h au moins).`;
  } else if (reduction && reduction.justification.trim().length < 10) {
    problem = 'Une réduction d’heures doit être justifiée (10 caractères au moins).';
  } else if (total < required) {
    problem = reduction
      ? `Le plan compte ${format(total)} h par semaine, moins que les ${format(required)} h de la réduction accordée.`
      : `Le plan compte ${format(total)} h par semaine : il en faut ${minimumHours} au moins, sauf réduction justifiée.`;
  }
  return { total, required, problem };
}

const format = (hours: number) => hours.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

const OPEN_OBJECTIVE: ObjectiveStatus[] = ['planned', 'in_progress'];
export const isOpenObjective = (status: ObjectiveStatus): boolean => OPEN_OBJECTIVE.includes(status);

/** The earliest deadline among objectives still open: what the "objective overdue" alert watches. */
export function nextObjectiveDeadline(objectives: { status: ObjectiveStatus; deadline: IsoDate }[]): IsoDate | null {
  const open = objectives.filter((o) => isOpenObjective(o.status)).map((o) => o.deadline).sort();
  return open[0] ?? null;
}

/** A contract as the person's deadlines see it. */
export interface ContractFactsInput {
  status: ContractStatus;
  kind: ContractKind;
  personSignedOn: IsoDate | null;
  endsOn: IsoDate;
  endedOn: IsoDate | null;
  objectives: { status: ObjectiveStatus; deadline: IsoDate }[];
}

export interface PersonContractFacts {
  contractSignedOn: IsoDate | null;
  contractEndsOn: IsoDate | null;
  nextObjectiveDueOn: IsoDate | null;
  currentContractKind: ContractKind | null;
  contractAwaitingEvaluationSince: IsoDate | null;
}

const SIGNED: ContractStatus[] = ['signed', 'submitted', 'returned', 'validated', 'in_force', 'ended', 'evaluated', 'superseded'];

/**
 * What the person's alerts need from their contracts. A signature counts only from the current
 * orientation on: a new orientation restarts the contract clock.
 */
export function personContractFacts(list: ContractFactsInput[], orientedOn: IsoDate | null): PersonContractFacts {
  const inForce = list.find((c) => c.status === 'in_force') ?? null;
  const binding = inForce ?? list.find((c) => c.status === 'validated') ?? null;
  const latest = (dates: (IsoDate | null)[]) => dates.filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null;
  const signatures = list.filter((c) => SIGNED.includes(c.status)).map((c) => c.personSignedOn).filter((d) => d !== null && (!orientedOn || d >= orientedOn));
  return {
    contractSignedOn: latest(signatures),
    contractEndsOn: binding?.endsOn ?? null,
    nextObjectiveDueOn: inForce ? nextObjectiveDeadline(inForce.objectives) : null,
    currentContractKind: inForce?.kind ?? null,
    contractAwaitingEvaluationSince: latest(list.filter((c) => c.status === 'ended').map((c) => c.endedOn ?? c.endsOn)),
  };
}
