import { addDays, addMonths, addWorkingDays, type IsoDate } from '../../shared/calendar.js';
import type { AlertKind, OrientationKind, PathwayStatus } from '../../shared/beneficiaries.js';
import type { ContractKind } from '../../shared/cer.js';
import type { ContactModality } from '../../shared/contacts.js';
import { exitSituationState } from '../../shared/exits.js';
import { regularity } from '../contacts/regularity.js';

/** The facts of a person's pathway that deadlines are measured from. */
export interface PathwayFacts {
  pathwayStatus: PathwayStatus;
  dutiesApplicable: boolean | null;
  dutiesEntryDate: IsoDate | null;
  orientationKind: OrientationKind | null;
  orientedOn: IsoDate | null;
  assignedOn: IsoDate | null;
  firstContactOn: IsoDate | null;
  lastContactOn: IsoDate | null;
  lastContactByModality: Partial<Record<ContactModality, IsoDate>>;
  suspendedOn: IsoDate | null;
  resumedOn: IsoDate | null;
  contractSignedOn: IsoDate | null;
  contractEndsOn: IsoDate | null;
  nextObjectiveDueOn: IsoDate | null;
  currentContractKind: ContractKind | null;
  contractAwaitingEvaluationSince: IsoDate | null;
  endedOn: IsoDate | null;
  exitSituationOn: IsoDate | null;
}

/** The thresholds, all settings (département, or the lot's override). */
export interface DeadlineSettings {
  orientationDeadlineWeeks: number;
  /** Counted in working days: "received within 15 days" is a business commitment. */
  firstContactDays: number;
  contractAfterOrientationMonths: number;
  contactMaxGapDays: number;
  faceToFaceMaxGapDays: number;
  countedModalities: readonly ContactModality[];
  contractEndingWarningDays: number;
  evaluationMissingDays: number;
  /** Pre-2025 contracts (CER) must have become a CE by this day. */
  ceConversionDeadline: IsoDate;
}

export interface Alert {
  kind: AlertKind;
  /** The day the deadline was (or will be) reached. */
  dueOn: IsoDate;
}

const ACCOMPANIED: PathwayStatus[] = ['waiting_first_contact', 'active', 'suspended'];

/**
 * Each person's alerts on a given day. Pure: the same facts, settings and day always give the
 * same alerts, so they can be stored, filtered on and recomputed daily.
 */
export function computeAlerts(f: PathwayFacts, s: DeadlineSettings, today: IsoDate, departmentCode = ''): Alert[] {
  const alerts: Alert[] = [];
  const late = (kind: AlertKind, dueOn: IsoDate | null) => {
    if (dueOn !== null && today > dueOn) alerts.push({ kind, dueOn });
  };
  if (f.pathwayStatus === 'to_orient' && f.dutiesApplicable !== false && f.dutiesEntryDate) {
    late('orientation_overdue', addDays(f.dutiesEntryDate, s.orientationDeadlineWeeks * 7));
  }
  const accompanied = ACCOMPANIED.includes(f.pathwayStatus);
  if (f.pathwayStatus === 'waiting_first_contact' && f.assignedOn && !f.firstContactOn) {
    late('first_contact_overdue', addWorkingDays(f.assignedOn, s.firstContactDays, departmentCode));
  }
  const awaitingContract = accompanied || f.pathwayStatus === 'awaiting_assignment';
  if (awaitingContract && f.orientedOn && !f.contractSignedOn && f.orientationKind === 'professional') {
    late('contract_overdue', addMonths(f.orientedOn, s.contractAfterOrientationMonths));
  }
  if (f.pathwayStatus === 'active' && f.assignedOn) {
    // The tender's rule (regularity.ts): a counted contact every n days, a face-to-face every m days.
    const rule = regularity(
      {
        accompaniedSince: f.assignedOn,
        suspensions: f.suspendedOn ? [{ from: f.suspendedOn, to: f.resumedOn && f.resumedOn >= f.suspendedOn ? f.resumedOn : null }] : [],
        contacts: Object.entries(f.lastContactByModality).map(([modality, on]) => ({ modality: modality as ContactModality, on: on! })),
      },
      s,
      today,
      departmentCode,
    );
    if (rule.status === 'late') {
      const missed = [rule.nextContactDueOn!, rule.nextFaceToFaceDueOn!].filter((d) => today > d).sort()[0]!;
      alerts.push({ kind: 'no_recent_contact', dueOn: missed });
    }
  }
  if (accompanied && f.contractEndsOn && f.contractEndsOn >= today && f.contractEndsOn <= addDays(today, s.contractEndingWarningDays)) {
    alerts.push({ kind: 'contract_ending', dueOn: f.contractEndsOn });
  }
  if (accompanied) late('objective_overdue', f.nextObjectiveDueOn);
  if (accompanied && f.contractAwaitingEvaluationSince) {
    late('evaluation_missing', addDays(f.contractAwaitingEvaluationSince, s.evaluationMissingDays));
  }
  // Shown from the moment a CER is in force: the conversion is work to plan, not only a missed date.
  if (accompanied && f.currentContractKind === 'cer') alerts.push({ kind: 'ce_conversion_due', dueOn: s.ceConversionDeadline });
  if (f.pathwayStatus === 'ended' && f.endedOn) {
    // The FSE+ result: the situation within 4 weeks of the exit, reminded in the last week and once late.
    const exit = exitSituationState(f.endedOn, f.exitSituationOn, today);
    if (exit.state === 'due_soon' || exit.state === 'overdue') alerts.push({ kind: 'exit_situation_missing', dueOn: exit.dueOn });
  }
  return alerts;
}
