import { describe, expect, it } from 'vitest';
import { CONTRACT_STATUSES, type ContractStatus } from '../../shared/cer.js';
import { allowedActions, canAmend, canRenew, CONTRACT_EVENTS, nextContractStatus, type ContractEvent } from './lifecycle.js';

/** The legal transitions, written out independently of the implementation's table. */
const EXPECTED: [ContractStatus, ContractEvent, ContractStatus][] = [
  ['draft', 'edit', 'draft'],
  ['signed', 'edit', 'draft'],
  ['returned', 'edit', 'draft'],
  ['draft', 'sign', 'signed'],
  ['signed', 'submit', 'submitted'],
  ['submitted', 'validate', 'validated'],
  ['submitted', 'return', 'returned'],
  ['validated', 'start', 'in_force'],
  ['in_force', 'end', 'ended'],
  ['ended', 'evaluate', 'evaluated'],
  ['validated', 'supersede', 'superseded'],
  ['in_force', 'supersede', 'superseded'],
  ['draft', 'close', 'closed'],
  ['signed', 'close', 'closed'],
  ['submitted', 'close', 'closed'],
  ['returned', 'close', 'closed'],
  ['validated', 'close', 'closed'],
  ['in_force', 'close', 'closed'],
];

describe('contract lifecycle', () => {
  const allowed = new Map(EXPECTED.map(([from, event, to]) => [`${from}:${event}`, to]));
  for (const from of CONTRACT_STATUSES) {
    for (const event of CONTRACT_EVENTS) {
      const to = allowed.get(`${from}:${event}`) ?? null;
      it(`${event} from ${from} ${to ? `→ ${to}` : 'is refused'}`, () => {
        expect(nextContractStatus(from, event)).toBe(to);
      });
    }
  }

  it('knows every event of the expected table', () => {
    expect(new Set(EXPECTED.map(([, e]) => e))).toEqual(new Set(CONTRACT_EVENTS));
  });

  it('leaves no way out of the terminal states', () => {
    for (const terminal of ['evaluated', 'superseded', 'closed'] as const) {
      expect(CONTRACT_EVENTS.filter((e) => nextContractStatus(terminal, e) !== null)).toEqual([]);
    }
  });

  it('renews a contract that ran, amends one that binds', () => {
    expect(CONTRACT_STATUSES.filter(canRenew)).toEqual(['in_force', 'ended', 'evaluated']);
    expect(CONTRACT_STATUSES.filter(canAmend)).toEqual(['validated', 'in_force']);
  });
});

describe('actions offered', () => {
  it('lets the PIP prepare and the département decide, the auditor only read', () => {
    expect(allowedActions('referent', 'draft', true)).toEqual(['edit', 'sign', 'attachScan', 'close']);
    expect(allowedActions('referent', 'submitted', true)).toEqual(['attachScan', 'close']);
    expect(allowedActions('dept_officer', 'submitted', false)).toEqual(['validate', 'return']);
    expect(allowedActions('auditor', 'submitted', false)).toEqual([]);
    expect(allowedActions('pip_manager', 'in_force', false)).toEqual(['followUp', 'end', 'evaluate', 'renew', 'amend', 'close']);
    expect(allowedActions('pip_manager', 'in_force', true)).toEqual(['followUp', 'end', 'evaluate', 'close']);
    expect(allowedActions('referent', 'evaluated', false)).toEqual(['renew']);
  });
});
