import { addDays, addMonths } from '../../../shared/calendar.js';
import type {
  ActionStatus, ActionType, ActivityType, ContractKind, HoursReductionReason, ObjectiveDomain, ObjectiveStatus, ObjectiveTerm,
} from '../../../shared/cer.js';
import type { ContractContentInput, ContractViewData } from '../../api/contracts.js';
import type { JobRow } from '../person/TargetJobsField.js';

/**
 * What the editor holds while the referent types: the contract's content as controlled state,
 * each repeated row with a local key (React's, and the focus target after add, move or remove).
 * It becomes the API's ContractContent only when saved.
 */

export interface ActionDraft {
  key: number;
  id?: string;
  type: ActionType;
  label: string;
  organiser: string;
  startsOn: string | null;
  endsOn: string | null;
  status: ActionStatus;
}

export interface ObjectiveDraft {
  key: number;
  id?: string;
  term: ObjectiveTerm;
  domain: ObjectiveDomain;
  referenceItemId: string | null;
  wording: string;
  deadline: string | null;
  /** Until the referent picks a deadline, it follows the term (a short-term one comes sooner). */
  deadlineTouched: boolean;
  status: ObjectiveStatus;
  consentOn: string | null;
  actions: ActionDraft[];
}

export interface ReductionDraft {
  reason: HoursReductionReason | null;
  hours: number;
  justification: string;
}

export interface ContractDraft {
  startsOn: string | null;
  durationMonths: number;
  targetJobs: JobRow[];
  zone: string;
  expectedSalary: string;
  contractTypeSought: string;
  personCommitments: string;
  organisationCommitments: string;
  hours: Partial<Record<ActivityType, number>>;
  reduction: ReductionDraft | null;
  objectives: ObjectiveDraft[];
}

let lastKey = 0;
/** Keys only need to be unique on the page; a counter shared by every list is enough. */
export const newKey = (): number => (lastKey += 1);

/** The last day covered, as the server computes it: a 6-month contract from 15 March ends on 14 September. */
export const endOf = (startsOn: string, months: number): string => addDays(addMonths(startsOn, months), -1);

/** The kind follows the start date, as the server decides it on save. */
export const kindOf = (startsOn: string | null, ceStartDate: string): ContractKind => (startsOn && startsOn >= ceStartDate ? 'ce' : 'cer');

const TERM_MONTHS: Record<ObjectiveTerm, number> = { short: 3, medium: 6, long: 12 };

/** A deadline proposed for a term: a few months in, never past the contract's last day. */
export function suggestedDeadline(term: ObjectiveTerm, startsOn: string | null, durationMonths: number): string | null {
  if (!startsOn) return null;
  const end = endOf(startsOn, durationMonths);
  const due = endOf(startsOn, Math.min(TERM_MONTHS[term], durationMonths));
  return due < end ? due : end;
}

const TERMS_IN_ORDER: ObjectiveTerm[] = ['short', 'medium', 'long'];

/** A new objective: its term follows the ones before it (short, then medium, then long). */
export function blankObjective(position: number, draft: Pick<ContractDraft, 'startsOn' | 'durationMonths'>): ObjectiveDraft {
  const term = TERMS_IN_ORDER[Math.min(position, 2)]!;
  return {
    key: newKey(), term, domain: 'employment', referenceItemId: null, wording: '', deadline: suggestedDeadline(term, draft.startsOn, draft.durationMonths),
    deadlineTouched: false, status: 'planned', consentOn: null, actions: [],
  };
}

export const blankAction = (): ActionDraft => ({
  key: newKey(), type: 'workshop', label: '', organiser: '', startsOn: null, endsOn: null, status: 'planned',
});

export function draftOf(view: ContractViewData): ContractDraft {
  return {
    startsOn: view.startsOn,
    durationMonths: view.durationMonths,
    targetJobs: view.targetJobs.map((job) => ({ key: newKey(), ...job })),
    zone: view.zone ?? '',
    expectedSalary: view.expectedSalary ?? '',
    contractTypeSought: view.contractTypeSought ?? '',
    personCommitments: view.personCommitments,
    organisationCommitments: view.organisationCommitments,
    hours: { ...(view.weeklyPlan?.hours ?? {}) },
    reduction: view.weeklyPlan?.reduction ? { ...view.weeklyPlan.reduction } : null,
    objectives: view.objectives.map((o) => ({
      key: newKey(), id: o.id, term: o.term, domain: o.domain, referenceItemId: o.referenceItemId, wording: o.wording, deadline: o.deadline,
      deadlineTouched: true, status: o.status, consentOn: o.consentOn,
      actions: o.actions.map((a) => ({ ...a, key: newKey(), organiser: a.organiser ?? '' })),
    })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The whole content, as the server takes it. Empty dates go as '' rather than null where the API
 * requires one, so the server names the field instead of the form silently dropping it.
 */
export function contentOf(draft: ContractDraft, kind: ContractKind): ContractContentInput {
  return {
    startsOn: draft.startsOn ?? '',
    durationMonths: draft.durationMonths,
    targetJobs: draft.targetJobs.map((job) => ({ romeCode: job.romeCode.trim().toUpperCase(), label: job.label.trim() })),
    zone: orNull(draft.zone),
    expectedSalary: orNull(draft.expectedSalary),
    contractTypeSought: orNull(draft.contractTypeSought),
    personCommitments: draft.personCommitments,
    organisationCommitments: draft.organisationCommitments,
    weeklyPlan: kind === 'ce'
      ? {
          hours: Object.fromEntries(Object.entries(draft.hours).filter(([, h]) => typeof h === 'number' && Number.isFinite(h) && h > 0)),
          reduction: draft.reduction ? { ...draft.reduction, reason: draft.reduction.reason ?? ('' as HoursReductionReason) } : null,
        }
      : null,
    objectives: draft.objectives.map((o) => ({
      ...(o.id ? { id: o.id } : {}),
      term: o.term, domain: o.domain, referenceItemId: o.referenceItemId, wording: o.wording, deadline: o.deadline ?? '', status: o.status,
      consentOn: o.consentOn,
      actions: o.actions.map((a) => ({
        ...(a.id ? { id: a.id } : {}),
        type: a.type, label: a.label, organiser: orNull(a.organiser), startsOn: a.startsOn, endsOn: a.endsOn, status: a.status,
      })),
    })),
  };
}

/** Planned hours for the week; the requirement is the legal minimum unless a reduction lowers it. */
export function weeklyTotals(draft: Pick<ContractDraft, 'hours' | 'reduction'>, minimum: number) {
  const total = Object.values(draft.hours).reduce<number>((sum, h) => sum + (typeof h === 'number' && Number.isFinite(h) ? h : 0), 0);
  const required = draft.reduction ? draft.reduction.hours : minimum;
  return { total, required: Number.isFinite(required) ? required : minimum };
}

/** Inputs inside repeated rows are named like the server's issue paths, dots turned to underscores. */
export const fieldName = (...parts: (string | number)[]): string => parts.join('_');
