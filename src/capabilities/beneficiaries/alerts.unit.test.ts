import { describe, expect, it } from 'vitest';
import { computeAlerts, type DeadlineSettings, type PathwayFacts } from './alerts.js';

const settings: DeadlineSettings = {
  orientationDeadlineWeeks: 6, firstContactDays: 15, contractAfterOrientationMonths: 1, contactMaxGapDays: 30, contractEndingWarningDays: 30,
  evaluationMissingDays: 15, ceConversionDeadline: '2027-01-01', faceToFaceMaxGapDays: 90, countedModalities: ['face_to_face', 'collective', 'phone', 'video'],
};
const base: PathwayFacts = {
  pathwayStatus: 'to_orient', dutiesApplicable: true, dutiesEntryDate: '2026-09-01', orientationKind: null, orientedOn: null,
  assignedOn: null, firstContactOn: null, lastContactOn: null, contractSignedOn: null, contractEndsOn: null, nextObjectiveDueOn: null,
  currentContractKind: null, contractAwaitingEvaluationSince: null, lastContactByModality: {}, suspendedOn: null, resumedOn: null,
  endedOn: null, exitSituationOn: null,
};
const kinds = (f: Partial<PathwayFacts>, today: string, s = settings) => computeAlerts({ ...base, ...f }, s, today).map((a) => a.kind);

describe('alerts', () => {
  it('flags a person not oriented 6 weeks after entering rights and duties, not a day before', () => {
    expect(kinds({}, '2026-10-13')).toEqual([]);
    expect(kinds({}, '2026-10-14')).toEqual(['orientation_overdue']);
    expect(computeAlerts(base, settings, '2026-10-20', '84')[0]!.dueOn).toBe('2026-10-13');
    expect(kinds({ dutiesApplicable: false }, '2027-01-01')).toEqual([]);
    expect(kinds({}, '2026-10-14', { ...settings, orientationDeadlineWeeks: 8 })).toEqual([]);
  });

  it('counts the first contact deadline in working days, holidays skipped', () => {
    // Assigned Friday 30 October 2026; 11 November is a holiday: 15 working days end on 23 November.
    const waiting = { pathwayStatus: 'waiting_first_contact' as const, assignedOn: '2026-10-30', orientationKind: 'professional' as const, orientedOn: '2026-10-28' };
    expect(kinds(waiting, '2026-11-23')).toEqual([]);
    expect(kinds(waiting, '2026-11-24')).toEqual(['first_contact_overdue']);
    expect(kinds({ ...waiting, firstContactOn: '2026-11-02', pathwayStatus: 'active' }, '2026-11-24')).toEqual([]);
  });

  it('flags a professional orientation with no signed contract one month on', () => {
    const oriented = { pathwayStatus: 'awaiting_assignment' as const, orientationKind: 'professional' as const, orientedOn: '2026-10-31' };
    expect(kinds(oriented, '2026-11-30')).toEqual([]);
    expect(kinds(oriented, '2026-12-01')).toEqual(['contract_overdue']);
    expect(kinds({ ...oriented, contractSignedOn: '2026-11-20' }, '2026-12-15')).toEqual([]);
    expect(kinds({ ...oriented, orientationKind: 'social', pathwayStatus: 'oriented_elsewhere' }, '2027-03-01')).toEqual([]);
  });

  it('flags 30 days without contact, a contract ending within 30 days and an overdue objective', () => {
    const active = {
      pathwayStatus: 'active' as const, orientationKind: 'professional' as const, orientedOn: '2026-06-01', contractSignedOn: '2026-06-20',
      firstContactOn: '2026-06-10', lastContactOn: '2026-10-20', contractEndsOn: '2026-12-20', nextObjectiveDueOn: '2026-11-25',
      assignedOn: '2026-06-05', lastContactByModality: { face_to_face: '2026-10-20' },
    };
    expect(kinds(active, '2026-11-19')).toEqual([]);
    expect(kinds(active, '2026-11-20')).toEqual(['no_recent_contact', 'contract_ending']);
    expect(kinds(active, '2026-11-26')).toEqual(['no_recent_contact', 'contract_ending', 'objective_overdue']);
    expect(kinds(active, '2026-12-21')).toEqual(['no_recent_contact', 'objective_overdue']);
  });

  it('raises nothing for an ended accompaniment', () => {
    expect(kinds({ pathwayStatus: 'ended', lastContactOn: '2025-01-01', nextObjectiveDueOn: '2025-01-01' }, '2026-11-27')).toEqual([]);
  });
});

describe('the contact rule in the alerts', () => {
  const active = { ...base, pathwayStatus: 'active' as const, assignedOn: '2026-01-05', firstContactOn: '2026-01-10', lastContactOn: '2026-03-02' };

  it('flags no recent contact from the last counted modality, not from a written message', () => {
    const counted = { ...active, lastContactByModality: { face_to_face: '2026-03-02' } };
    expect(kinds(counted, '2026-04-01')).toEqual([]);
    expect(kinds(counted, '2026-04-02')).toEqual(['no_recent_contact']);
    const withMessage = { ...counted, lastContactByModality: { face_to_face: '2026-03-02', written: '2026-03-25' } };
    expect(kinds(withMessage, '2026-04-02')).toEqual(['no_recent_contact']);
    expect(kinds(withMessage, '2026-04-02', { ...settings, countedModalities: ['face_to_face', 'written'] })).toEqual([]);
  });

  it('wants a face-to-face within its own delay even when remote contacts keep up', () => {
    const remote = { ...active, lastContactByModality: { face_to_face: '2026-01-10', phone: '2026-04-08' } };
    // 10 January + 90 days = Friday 10 April: late from the 11th, though the phone keeps up.
    expect(kinds(remote, '2026-04-10')).toEqual([]);
    expect(computeAlerts(remote, settings, '2026-04-11')).toEqual([{ kind: 'no_recent_contact', dueOn: '2026-04-10' }]);
  });

  it('adds the suspended days to the delay once the accompaniment resumes', () => {
    const resumed = { ...active, lastContactByModality: { face_to_face: '2026-03-02' }, suspendedOn: '2026-03-10', resumedOn: '2026-03-29' };
    expect(kinds(resumed, '2026-04-20')).toEqual([]);
    expect(kinds(resumed, '2026-04-22')).toEqual(['no_recent_contact']);
  });
});

describe('the situation at exit', () => {
  // Ended Monday 2 November 2026: the situation is due within 4 weeks, by 30 November.
  const ended = { pathwayStatus: 'ended' as const, endedOn: '2026-11-02' };

  it('reminds the référent in the last week of the 4 weeks, then while it stays missing', () => {
    expect(kinds(ended, '2026-11-22')).toEqual([]);
    expect(computeAlerts({ ...base, ...ended }, settings, '2026-11-23')).toEqual([{ kind: 'exit_situation_missing', dueOn: '2026-11-30' }]);
    expect(kinds(ended, '2027-03-01')).toEqual(['exit_situation_missing']);
  });

  it('says nothing once the situation is recorded, nor before an exit', () => {
    expect(kinds({ ...ended, exitSituationOn: '2026-11-20' }, '2026-12-15')).toEqual([]);
    expect(kinds({ pathwayStatus: 'to_orient', dutiesApplicable: false, endedOn: '2026-11-02' }, '2026-12-15')).toEqual([]);
  });
});
