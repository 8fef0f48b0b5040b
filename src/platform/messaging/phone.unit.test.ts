import { describe, expect, it } from 'vitest';
import { internationalNumber } from './phone.js';

describe('internationalNumber', () => {
  it('writes a metropolitan number written the French way in international digits', () => {
    expect(internationalNumber('06 12 34 56 78')).toBe('33612345678');
    expect(internationalNumber('07.12.34.56.78')).toBe('33712345678');
    expect(internationalNumber('04-90-12-34-56')).toBe('33490123456');
  });

  it('gives the overseas mobiles their own country code', () => {
    expect(internationalNumber('0690 12 34 56')).toBe('590690123456');
    expect(internationalNumber('0696 12 34 56')).toBe('596696123456');
    expect(internationalNumber('0694 12 34 56')).toBe('594694123456');
    expect(internationalNumber('0692 12 34 56')).toBe('262692123456');
    expect(internationalNumber('0639 12 34 56')).toBe('262639123456');
  });

  it('keeps a number already international, with + or 00', () => {
    expect(internationalNumber('+33 6 12 34 56 78')).toBe('33612345678');
    expect(internationalNumber('0033612345678')).toBe('33612345678');
    expect(internationalNumber('+32 470 12 34 56')).toBe('32470123456');
  });

  it('refuses what no provider could reach', () => {
    for (const text of ['', '612345678', '06 12 34 56', '06 12 34 56 78 9', 'appeler le soir', '+33']) expect(internationalNumber(text), text).toBeNull();
  });
});
