import { describe, expect, it } from 'vitest';
import { parseAnchor, periodDays, shiftAnchor, weekdayIndex } from './period.js';

describe('agenda periods', () => {
  it('starts the week on Monday and ends it on Sunday, whatever day is the anchor', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0);
    expect(weekdayIndex('2026-11-29')).toBe(6);
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    expect(periodDays('week', '2026-11-23')).toEqual(week);
    expect(periodDays('week', '2026-11-29')).toEqual(week);
    expect(periodDays('week', '2026-11-27')).toEqual(week);
  });

  it('crosses months and years', () => {
    expect(periodDays('week', '2027-01-01')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(shiftAnchor('week', '2026-12-30', 1)).toBe('2027-01-06');
    expect(shiftAnchor('day', '2027-01-01', -1)).toBe('2026-12-31');
  });

  it('shows one day in the day view, and moves a day at a time', () => {
    expect(periodDays('day', '2026-03-29')).toEqual(['2026-03-29']);
    expect(shiftAnchor('day', '2026-03-29', 1)).toBe('2026-03-30');
    expect(shiftAnchor('week', '2026-03-29', -1)).toBe('2026-03-22');
  });

  it('accepts only real days from the address bar', () => {
    expect(parseAnchor('2026-02-28')).toBe('2026-02-28');
    for (const bad of [null, '', '2026-02-30', '2026-2-3', 'demain']) expect(parseAnchor(bad)).toBeNull();
  });
});
