import { describe, expect, it } from 'vitest';
import { checkWeeklyHours, contractEndsOn, contractKindFor, nextObjectiveDeadline, personContractFacts, type ContractFactsInput } from './rules.js';

describe('contract kind', () => {
  it('is a CE from the département’s CE date, a CER before', () => {
    expect(contractKindFor('2024-12-31', '2025-01-01')).toBe('cer');
    expect(contractKindFor('2025-01-01', '2025-01-01')).toBe('ce');
    expect(contractKindFor('2025-06-01', '2025-09-01')).toBe('cer');
  });
});

describe('contract end date', () => {
  it('is the day before the same date n months later, month ends clamped', () => {
    expect(contractEndsOn('2026-03-15', 6)).toBe('2026-09-14');
    expect(contractEndsOn('2026-01-01', 12)).toBe('2026-12-31');
    expect(contractEndsOn('2026-08-31', 6)).toBe('2027-02-27');
  });
});

describe('weekly hours of a CE', () => {
  const plan = (hours: Record<string, number>, reduction: { reason: 'health'; hours: number; justification: string } | null = null) => ({ hours, reduction });

  it('accepts 15 hours or more without a reduction', () => {
    expect(checkWeeklyHours(plan({ training: 10, applications: 5 }), 15)).toEqual({ total: 15, required: 15, problem: null });
    expect(checkWeeklyHours(plan({ training: 20 }), 15).problem).toBeNull();
  });

  it('refuses fewer than 15 hours without a reduction, saying how many are planned', () => {
    expect(checkWeeklyHours(plan({ workshops: 4.5, interviews: 2 }), 15).problem).toBe(
      'Le plan compte 6,5 h par semaine : il en faut 15 au moins, sauf réduction justifiée.',
    );
  });

  it('lowers the requirement with a documented reduction, down to zero', () => {
    const justification = 'Certificat médical du 3 mars : mi-temps thérapeutique';
    expect(checkWeeklyHours(plan({ health: 8 }, { reason: 'health', hours: 8, justification }), 15)).toEqual({ total: 8, required: 8, problem: null });
    expect(checkWeeklyHours(plan({}, { reason: 'health', hours: 0, justification }), 15).problem).toBeNull();
    expect(checkWeeklyHours(plan({ health: 5 }, { reason: 'health', hours: 8, justification }), 15).problem).toMatch(/moins que les 8 h/);
  });

  it('refuses a reduction that does not reduce, or is not justified', () => {
    const justification = 'Reconnaissance de handicap';
    expect(checkWeeklyHours(plan({ training: 15 }, { reason: 'health', hours: 15, justification }), 15).problem).toMatch(/sous 15 h/);
    expect(checkWeeklyHours(plan({ training: 15 }, { reason: 'health', hours: -1, justification }), 15).problem).toMatch(/sous 15 h/);
    expect(checkWeeklyHours(plan({ training: 5 }, { reason: 'health', hours: 5, justification: 'santé' }), 15).problem).toMatch(/justifiée/);
  });

  it('follows the setting', () => {
    expect(checkWeeklyHours(plan({ training: 12 }), 12).problem).toBeNull();
  });
});

describe('next objective deadline', () => {
  it('is the earliest deadline of the objectives still open', () => {
    expect(
      nextObjectiveDeadline([
        { status: 'achieved', deadline: '2026-01-01' },
        { status: 'in_progress', deadline: '2026-05-01' },
        { status: 'planned', deadline: '2026-03-01' },
        { status: 'abandoned', deadline: '2026-02-01' },
      ]),
    ).toBe('2026-03-01');
    expect(nextObjectiveDeadline([{ status: 'achieved', deadline: '2026-01-01' }])).toBeNull();
  });
});

describe('the person’s contract facts', () => {
  const contract = (over: Partial<ContractFactsInput>): ContractFactsInput => ({
    status: 'draft', kind: 'ce', personSignedOn: null, endsOn: '2026-12-31', endedOn: null, objectives: [], ...over,
  });

  it('has nothing without a signed contract', () => {
    expect(personContractFacts([contract({})], '2026-01-10')).toEqual({
      contractSignedOn: null, contractEndsOn: null, nextObjectiveDueOn: null, currentContractKind: null, contractAwaitingEvaluationSince: null,
    });
  });

  it('takes the signature, end, kind and next deadline of the contract in force', () => {
    const facts = personContractFacts(
      [
        contract({ status: 'in_force', kind: 'cer', personSignedOn: '2026-02-01', endsOn: '2026-07-31', objectives: [
          { status: 'achieved', deadline: '2026-03-01' }, { status: 'planned', deadline: '2026-05-01' },
        ] }),
        contract({ status: 'draft' }),
      ],
      '2026-01-10',
    );
    expect(facts).toEqual({
      contractSignedOn: '2026-02-01', contractEndsOn: '2026-07-31', nextObjectiveDueOn: '2026-05-01', currentContractKind: 'cer', contractAwaitingEvaluationSince: null,
    });
  });

  it('counts a signature only from the current orientation on', () => {
    expect(personContractFacts([contract({ status: 'superseded', personSignedOn: '2025-05-01' })], '2026-01-10').contractSignedOn).toBeNull();
    expect(personContractFacts([contract({ status: 'submitted', personSignedOn: '2026-01-20' })], '2026-01-10').contractSignedOn).toBe('2026-01-20');
    expect(personContractFacts([contract({ status: 'closed', personSignedOn: '2026-01-20' })], '2026-01-10').contractSignedOn).toBeNull();
  });

  it('remembers the last ended contract still to evaluate', () => {
    const facts = personContractFacts(
      [contract({ status: 'ended', personSignedOn: '2025-06-01', endsOn: '2025-12-31', endedOn: '2025-11-30' }), contract({ status: 'evaluated', endsOn: '2026-06-30' })],
      null,
    );
    expect(facts.contractAwaitingEvaluationSince).toBe('2025-11-30');
  });
});
