import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWorkingDays, daysBetween, frenchToday, isWorkingDay, publicHolidays } from './calendar.js';

describe('calendar', () => {
  it('knows the French public holidays, Easter-based ones included', () => {
    const h = publicHolidays(2026);
    expect(h.has('2026-01-01')).toBe(true);
    expect(h.has('2026-04-06')).toBe(true); // lundi de Pâques
    expect(h.has('2026-05-14')).toBe(true); // Ascension
    expect(h.has('2026-12-25')).toBe(true);
    expect(h.has('2026-12-26')).toBe(false);
    expect(publicHolidays(2026, '67').has('2026-12-26')).toBe(true); // Saint-Étienne in Alsace
  });

  it('skips weekends and holidays when counting working days', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true); // a Friday
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    // 11 November 2026 is a Wednesday holiday.
    expect(addWorkingDays('2026-11-10', 1)).toBe('2026-11-12');
    expect(addWorkingDays('2026-12-18', 5)).toBe('2026-12-28');
  });

  it('adds calendar days and months, clamping to the end of shorter months', () => {
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31'); // across the DST change
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });
});

describe('the French day', () => {
  it('turns at midnight in Paris, not in UTC', () => {
    expect(frenchToday(new Date('2026-11-27T22:59:00Z'))).toBe('2026-11-27');
    expect(frenchToday(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(frenchToday(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });
});
