import type { Executor } from '../db/engine.js';
import type { BlobStore, StoredBlob } from './blobs.js';

/**
 * Which of these keys of one département a table still points to. Each capability that keeps keys
 * of the blob store answers for its own table; the platform does not know them.
 */
export type BlobReferences = (db: Executor, departmentId: string, keys: string[]) => Promise<Iterable<string>>;

export interface SweepOptions {
  now?: Date;
  /** A blob younger than this may belong to an upload whose transaction has not committed yet. */
  graceMs?: number;
  /** Only count what would be removed. */
  dryRun?: boolean;
}

export interface SweepResult {
  examined: number;
  orphans: string[];
}

export const SWEEP_GRACE_MS = 24 * 3600 * 1000;
const BATCH = 500;

/**
 * Removes the blobs no row points to any more (an upload written then rolled back at commit, a row
 * deleted), once older than the grace period. A blob a row names is never removed, nor a fresh one.
 * Rows are looked up after the listing, so a row committed meanwhile keeps its blob.
 */
export async function sweepOrphanBlobs(db: Executor, blobs: BlobStore, references: BlobReferences[], options: SweepOptions = {}): Promise<SweepResult> {
  const cutoff = (options.now ?? new Date()).getTime() - (options.graceMs ?? SWEEP_GRACE_MS);
  const result: SweepResult = { examined: 0, orphans: [] };
  let batch: StoredBlob[] = [];
  const settle = async () => {
    for (const key of await unreferenced(db, references, batch.map((b) => b.key))) {
      if (!options.dryRun) await blobs.remove(key);
      result.orphans.push(key);
    }
    batch = [];
  };
  for await (const blob of blobs.list()) {
    result.examined++;
    if (blob.storedAt.getTime() > cutoff) continue;
    batch.push(blob);
    if (batch.length >= BATCH) await settle();
  }
  await settle();
  return result;
}

async function unreferenced(db: Executor, references: BlobReferences[], keys: string[]): Promise<string[]> {
  const byDepartment = new Map<string, string[]>();
  for (const key of keys) {
    const departmentId = key.slice(0, key.indexOf('/'));
    const group = byDepartment.get(departmentId);
    if (group) group.push(key);
    else byDepartment.set(departmentId, [key]);
  }
  const orphans: string[] = [];
  for (const [departmentId, ofDepartment] of byDepartment) {
    const kept = new Set<string>();
    for (const lookUp of references) for (const key of await lookUp(db, departmentId, ofDepartment)) kept.add(key);
    orphans.push(...ofDepartment.filter((key) => !kept.has(key)));
  }
  return orphans;
}
