import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWeakness, verifyPassword } from './passwords.js';

describe('password policy', () => {
  it('wants at least 12 characters', () => {
    expect(passwordWeakness('Ab1!Ab1!Ab1')).toMatch(/12 caractères/);
  });

  it('refuses common passwords, whatever their case', () => {
    expect(passwordWeakness('password1234')).toMatch(/courants/);
    expect(passwordWeakness('QWERTYUIOPAS')).not.toBeNull();
  });

  it('refuses a password made of the person’s own details', () => {
    expect(passwordWeakness('claire.martin84', ['claire.martin84@vaucluse.example', 'claire', 'martin'])).not.toBeNull();
  });

  it('accepts a long passphrase', () => {
    expect(passwordWeakness('Lavande-Ventoux-2026')).toBeNull();
  });
});

describe('password hashing', () => {
  it('uses argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('Lavande-Ventoux-2026');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'Lavande-Ventoux-2026')).toBe(true);
    expect(await verifyPassword(hash, 'lavande-ventoux-2026')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
