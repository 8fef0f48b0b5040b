import { describe, expect, it } from 'vitest';
import { parisDateTime, parisDay } from './dateTime.js';

describe('parisDateTime', () => {
  it('gives the Paris offset of the day itself, winter or summer', () => {
    expect(parisDateTime('2026-01-15', '09:30:00')).toBe('2026-01-15T09:30:00+01:00');
    expect(parisDateTime('2026-07-01', '14:05:00')).toBe('2026-07-01T14:05:00+02:00');
  });

  it('follows the change of hour: the last Sunday of March at 10:00 is already summer time', () => {
    expect(parisDateTime('2026-03-29', '01:30:00')).toBe('2026-03-29T01:30:00+01:00');
    expect(parisDateTime('2026-03-29', '10:00:00')).toBe('2026-03-29T10:00:00+02:00');
  });

  it('is empty when a part is missing or malformed, so the server names the field', () => {
    expect(parisDateTime('', '10:00:00')).toBe('');
    expect(parisDateTime('2026-01-15', '')).toBe('');
    expect(parisDateTime('2026-02-31', '10:00:00')).toBe('');
  });
});

describe('parisDay', () => {
  it('is the French calendar day, not the UTC one', () => {
    expect(parisDay('2026-01-15T23:30:00Z')).toBe('2026-01-16');
    expect(parisDay('2026-07-01T21:59:00Z')).toBe('2026-07-01');
  });
});
