import { describe, expect, it } from 'vitest';
import { PATHWAY_STATUSES, type PathwayStatus } from '../../shared/beneficiaries.js';
import { nextStatus, PATHWAY_EVENTS, type PathwayEvent } from './pathway.js';

/** Every allowed transition, written out: anything not listed must be refused. */
const ALLOWED: [PathwayStatus, PathwayEvent, PathwayStatus][] = [
  ...(['to_orient', 'oriented_elsewhere', 'awaiting_assignment', 'waiting_first_contact', 'active', 'suspended'] as const).flatMap(
    (s) => [[s, 'orient_professional', 'awaiting_assignment'], [s, 'orient_elsewhere', 'oriented_elsewhere']] as [PathwayStatus, PathwayEvent, PathwayStatus][],
  ),
  ['awaiting_assignment', 'assign', 'waiting_first_contact'],
  ['waiting_first_contact', 'assign', 'waiting_first_contact'],
  ['active', 'assign', 'active'],
  ['suspended', 'assign', 'suspended'],
  ['waiting_first_contact', 'first_contact', 'active'],
  ['active', 'suspend', 'suspended'],
  ['suspended', 'resume', 'active'],
  ['waiting_first_contact', 'end', 'ended'],
  ['active', 'end', 'ended'],
  ['suspended', 'end', 'ended'],
  ['awaiting_assignment', 'send_back', 'to_orient'],
  ['waiting_first_contact', 'send_back', 'to_orient'],
  ['active', 'send_back', 'to_orient'],
  ['suspended', 'send_back', 'to_orient'],
  ['ended', 'reopen', 'to_orient'],
  ['oriented_elsewhere', 'reopen', 'to_orient'],
];

describe('pathway lifecycle', () => {
  for (const from of PATHWAY_STATUSES) {
    for (const event of PATHWAY_EVENTS) {
      const allowed = ALLOWED.find(([f, e]) => f === from && e === event);
      it(`${from} + ${event} → ${allowed ? allowed[2] : 'refused'}`, () => {
        expect(nextStatus(from, event)).toBe(allowed ? allowed[2] : null);
      });
    }
  }
});
