import { createHash } from 'node:crypto';

/** The fields a seal covers: everything an entry records. */
export interface SealableEntry {
  departmentId: string;
  id: bigint | string;
  occurredAt: string;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  details: unknown;
}

export const genesisHash = (departmentId: string): string =>
  createHash('sha256').update(`parcours-audit-genesis:${departmentId}`).digest('hex');

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
};

/** hash(n) = sha256(hash(n-1) | seq | entry): each seal covers the previous one. */
export function sealHash(previousHash: string, seq: bigint, entry: SealableEntry): string {
  const body = JSON.stringify([
    entry.departmentId, String(entry.id), new Date(entry.occurredAt).toISOString(), entry.actorUserId, entry.actorRole,
    entry.action, entry.entityType, entry.entityId, entry.ip, canonical(entry.details ?? null),
  ]);
  return createHash('sha256').update(`${previousHash}|${seq}|${body}`).digest('hex');
}
