import { describe, expect, it } from 'vitest';
import { appointmentMoment, frenchTime, frenchTimestamp, longDate, parisClock, shortDate, weekdayDate, winAnsi } from './format.js';

describe('French dates on printed documents', () => {
  it('writes calendar days without any time zone shift', () => {
    expect(shortDate('2026-01-05')).toBe('05/01/2026');
    expect(longDate('2026-01-01')).toBe('1er janvier 2026');
    expect(longDate('2026-08-15')).toBe('15 août 2026');
    expect(weekdayDate('2026-03-03')).toBe('mardi 3 mars 2026');
    expect(weekdayDate('2026-02-01')).toBe('dimanche 1er février 2026');
    expect(weekdayDate('2024-02-29')).toBe('jeudi 29 février 2024');
  });

  it('keeps what is not a date as it is', () => {
    expect(shortDate('bientôt')).toBe('bientôt');
    expect(weekdayDate('bientôt')).toBe('bientôt');
  });

  it('reads timestamps on a wall clock in France, summer time included', () => {
    expect(frenchTimestamp('2026-01-05T13:05:00Z')).toBe('05/01/2026 à 14:05');
    expect(frenchTimestamp('2026-07-01T22:30:00Z')).toBe('02/07/2026 à 00:30');
  });

  it('writes an hour as French letters do, and an appointment’s moment on the day it is in France', () => {
    expect(frenchTime('09:00')).toBe('9 h');
    expect(frenchTime('16:30')).toBe('16 h 30');
    expect(parisClock(new Date('2026-07-01T22:30:00Z'))).toBe('00:30');
    expect(appointmentMoment(new Date('2026-07-01T22:30:00Z'))).toBe('jeudi 2 juillet 2026 à 0 h 30');
    expect(appointmentMoment(new Date('2026-03-03T13:30:00Z'))).toBe('mardi 3 mars 2026 à 14 h 30');
  });
});

describe('text for the standard PDF fonts', () => {
  it('keeps French, drops only the accents the fonts lack', () => {
    expect(winAnsi('Œillets « été » à 12 € — l’Hérault')).toBe('Œillets « été » à 12 € — l’Hérault');
    expect(winAnsi('Łukasz Ștefănescu Thảo')).toBe('Lukasz Stefanescu Thao');
    expect(winAnsi('a\u00a0b\tc\r\nd ✓')).toBe('a\u00a0b c\nd ?');
  });
});
