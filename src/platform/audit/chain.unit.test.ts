import { describe, expect, it } from 'vitest';
import { genesisHash, sealHash, type SealableEntry } from './chain.js';

const entry: SealableEntry = {
  departmentId: 'd1',
  id: 7n,
  occurredAt: '2026-11-27 10:00:00.123+00',
  actorUserId: 'u1',
  actorRole: 'dept_admin',
  action: 'user.update',
  entityType: 'user',
  entityId: 'u2',
  ip: '127.0.0.1',
  details: { b: 1, a: [1, { d: 2, c: 3 }] },
};

describe('audit seals', () => {
  it('are stable for the same entry whatever the key order of its details', () => {
    const reordered = { ...entry, details: { a: [1, { c: 3, d: 2 }], b: 1 } };
    expect(sealHash('p', 1n, reordered)).toBe(sealHash('p', 1n, entry));
    expect(sealHash('p', 1n, { ...entry, occurredAt: '2026-11-27T10:00:00.123Z' })).toBe(sealHash('p', 1n, entry));
  });

  it('change with every recorded field, the sequence and the previous seal', () => {
    const base = sealHash('p', 1n, entry);
    const variants: Partial<SealableEntry>[] = [
      { departmentId: 'd2' }, { id: 8n }, { occurredAt: '2026-11-27 10:00:01+00' }, { actorUserId: null }, { actorRole: 'referent' },
      { action: 'user.read' }, { entityType: 'provider' }, { entityId: 'u3' }, { ip: '10.0.0.1' }, { details: null },
    ];
    for (const v of variants) expect(sealHash('p', 1n, { ...entry, ...v }), Object.keys(v).join()).not.toBe(base);
    expect(sealHash('p', 2n, entry)).not.toBe(base);
    expect(sealHash('q', 1n, entry)).not.toBe(base);
  });

  it('start from a genesis proper to each département', () => {
    expect(genesisHash('d1')).not.toBe(genesisHash('d2'));
    expect(genesisHash('d1')).toMatch(/^[0-9a-f]{64}$/);
  });
});
