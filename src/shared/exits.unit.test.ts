import { describe, expect, it } from 'vitest';
import { exitSituationDueOn, exitSituationState, situationDateProblem } from './exits.js';

describe('the 4-week deadline of the situation at exit', () => {
  it('falls 28 days after the exit, across months and years', () => {
    expect(exitSituationDueOn('2026-11-02')).toBe('2026-11-30');
    expect(exitSituationDueOn('2026-12-15')).toBe('2027-01-12');
    expect(exitSituationDueOn('2028-02-10')).toBe('2028-03-09');
  });

  it('is pending, then due within the last week, then overdue the day after', () => {
    expect(exitSituationState('2026-11-02', null, '2026-11-02')).toEqual({ dueOn: '2026-11-30', state: 'pending' });
    expect(exitSituationState('2026-11-02', null, '2026-11-22').state).toBe('pending');
    expect(exitSituationState('2026-11-02', null, '2026-11-23').state).toBe('due_soon');
    expect(exitSituationState('2026-11-02', null, '2026-11-30').state).toBe('due_soon');
    expect(exitSituationState('2026-11-02', null, '2026-12-01').state).toBe('overdue');
  });

  it('is done once recorded, even late', () => {
    expect(exitSituationState('2026-11-02', '2026-11-10', '2027-06-01')).toEqual({ dueOn: '2026-11-30', state: 'recorded' });
  });
});

describe('the day the situation is observed', () => {
  it('lies between the exit and 4 weeks after, and not after today', () => {
    expect(situationDateProblem('2026-11-02', '2026-11-02', '2026-11-27')).toBeNull();
    expect(situationDateProblem('2026-11-02', '2026-11-30', '2026-12-10')).toBeNull();
    expect(situationDateProblem('2026-11-02', '2026-11-01', '2026-11-27')).toMatch(/sortie ou après/);
    expect(situationDateProblem('2026-11-02', '2026-12-01', '2026-12-10')).toMatch(/4 semaines/);
    expect(situationDateProblem('2026-11-02', '2026-11-28', '2026-11-27')).toMatch(/futur/);
  });
});
