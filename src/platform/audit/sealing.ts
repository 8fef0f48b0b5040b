import { and, asc, count, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/engine.js';
import { auditChainHeads, auditLog } from './schema.js';
import { genesisHash, sealHash } from './chain.js';

const BATCH = 500;

/** Départements that have entries waiting for a seal. */
export async function departmentsToSeal(tx: Executor): Promise<string[]> {
  const rows = await tx.selectDistinct({ id: auditLog.departmentId }).from(auditLog).where(isNull(auditLog.sealSeq));
  return rows.map((r) => r.id);
}

/**
 * Seals a département's waiting entries in id order, continuing its chain. Writers never wait on
 * this: they only insert; the head row lock serialises sealers of one département among themselves.
 * An entry whose transaction commits late simply gets a later sequence number.
 */
export async function sealDepartment(tx: Tx, departmentId: string): Promise<number> {
  await tx.insert(auditChainHeads).values({ departmentId, lastSeq: 0n, lastHash: genesisHash(departmentId) }).onConflictDoNothing();
  const [head] = await tx.select().from(auditChainHeads).where(eq(auditChainHeads.departmentId, departmentId)).for('update');
  if (!head) throw new Error('audit chain head missing');
  let { lastSeq, lastHash } = head;
  let sealed = 0;
  for (;;) {
    const batch = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.departmentId, departmentId), isNull(auditLog.sealSeq)))
      .orderBy(asc(auditLog.id))
      .limit(BATCH);
    if (batch.length === 0) break;
    const seals = batch.map((entry) => {
      lastSeq += 1n;
      lastHash = sealHash(lastHash, lastSeq, entry);
      return sql`(${entry.id}::bigint, ${lastSeq}::bigint, ${lastHash}::text)`;
    });
    await tx.execute(sql`
      update audit_log set seal_seq = s.seq, hash = s.hash
      from (values ${sql.join(seals, sql`, `)}) as s(id, seq, hash)
      where audit_log.department_id = ${departmentId} and audit_log.id = s.id`);
    sealed += batch.length;
  }
  if (sealed > 0) {
    await tx.update(auditChainHeads).set({ lastSeq, lastHash, sealedAt: new Date() }).where(eq(auditChainHeads.departmentId, departmentId));
  }
  return sealed;
}

export interface ChainVerification {
  ok: boolean;
  sealedCount: number;
  unsealedCount: number;
  /** The first sequence number whose entry is missing or does not match its seal. */
  firstBrokenSeq: number | null;
}

/** Recomputes a département's chain from the genesis: detects altered, deleted or reordered entries. */
export async function verifyChain(tx: Executor, departmentId: string): Promise<ChainVerification> {
  const [head] = await tx.select().from(auditChainHeads).where(eq(auditChainHeads.departmentId, departmentId));
  const [{ unsealed } = { unsealed: 0 }] = await tx
    .select({ unsealed: count() })
    .from(auditLog)
    .where(and(eq(auditLog.departmentId, departmentId), isNull(auditLog.sealSeq)));
  let previous = genesisHash(departmentId);
  let expectedSeq = 0n;
  const broken = (seq: bigint): ChainVerification => ({
    ok: false, sealedCount: Number(expectedSeq - 1n), unsealedCount: unsealed, firstBrokenSeq: Number(seq),
  });
  for (;;) {
    const batch = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.departmentId, departmentId), isNotNull(auditLog.sealSeq), gt(auditLog.sealSeq, expectedSeq)))
      .orderBy(asc(auditLog.sealSeq))
      .limit(1000);
    if (batch.length === 0) break;
    for (const entry of batch) {
      expectedSeq += 1n;
      if (entry.sealSeq !== expectedSeq) return broken(expectedSeq);
      const hash = sealHash(previous, expectedSeq, entry);
      if (hash !== entry.hash) return broken(expectedSeq);
      previous = hash;
    }
  }
  const headSeq = head?.lastSeq ?? 0n;
  // Entries cut from the end of the chain: the head still remembers how far it went.
  if (headSeq !== expectedSeq || (head && head.lastHash !== previous)) return broken(expectedSeq + 1n);
  return { ok: true, sealedCount: Number(expectedSeq), unsealedCount: unsealed, firstBrokenSeq: null };
}
