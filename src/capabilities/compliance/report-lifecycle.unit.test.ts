import { describe, expect, it } from 'vitest';
import { REPORT_STATUSES, type ReportStatus } from '../../shared/compliance.js';
import { allowedReportActions, initialReportStatus, nextReportStatus, REPORT_EVENTS, resubmitEvent, type ReportEvent } from './report-lifecycle.js';

/** The legal transitions, written out independently of the implementation's table. */
const EXPECTED: [ReportStatus, ReportEvent, ReportStatus][] = [
  ['awaiting_approval', 'approve', 'sent'],
  ['awaiting_approval', 'return', 'returned'],
  ['awaiting_approval', 'withdraw', 'withdrawn'],
  ['returned', 'resubmit', 'awaiting_approval'],
  ['returned', 'send_directly', 'sent'],
  ['returned', 'withdraw', 'withdrawn'],
];

describe('breach report lifecycle (PIP side)', () => {
  const allowed = new Map(EXPECTED.map(([from, event, to]) => [`${from}:${event}`, to]));
  for (const from of REPORT_STATUSES) {
    for (const event of REPORT_EVENTS) {
      const to = allowed.get(`${from}:${event}`) ?? null;
      it(`${event} from ${from} ${to ? `→ ${to}` : 'is refused'}`, () => {
        expect(nextReportStatus(from, event)).toBe(to);
      });
    }
  }

  it('knows every event of the expected table', () => {
    expect(new Set(EXPECTED.map(([, e]) => e))).toEqual(new Set(REPORT_EVENTS));
  });

  it('leaves no way back once sent or withdrawn: the département owns a sent report', () => {
    for (const terminal of ['sent', 'withdrawn'] as const) {
      expect(REPORT_EVENTS.filter((e) => nextReportStatus(terminal, e) !== null)).toEqual([]);
    }
  });

  it('waits for the PIP manager unless the setting removes that step', () => {
    expect(initialReportStatus(true)).toBe('awaiting_approval');
    expect(initialReportStatus(false)).toBe('sent');
    expect(nextReportStatus('returned', resubmitEvent(true))).toBe('awaiting_approval');
    expect(nextReportStatus('returned', resubmitEvent(false))).toBe('sent');
  });
});

describe('report actions offered', () => {
  it('lets the manager approve or return, the referent correct or withdraw, the département nothing here', () => {
    expect(allowedReportActions('pip_manager', 'awaiting_approval')).toEqual(['approve', 'return', 'withdraw']);
    expect(allowedReportActions('referent', 'awaiting_approval')).toEqual(['withdraw']);
    expect(allowedReportActions('referent', 'returned')).toEqual(['resubmit', 'withdraw']);
    expect(allowedReportActions('pip_manager', 'sent')).toEqual([]);
    expect(allowedReportActions('dept_officer', 'awaiting_approval')).toEqual([]);
    expect(allowedReportActions('auditor', 'returned')).toEqual([]);
  });
});
