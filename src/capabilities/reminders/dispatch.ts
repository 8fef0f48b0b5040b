import { and, asc, eq, gt, inArray, lt, lte, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/engine.js';
import { TransportError, type Transports } from '../../platform/messaging/transports.js';
import { contacts } from '../contacts/schema.js';
import { afterFailure, SENDING_LEASE_MS } from './rules.js';
import { messages } from './schema.js';

type Claimed = typeof messages.$inferSelect;

/**
 * Sends the messages that are due, at most once each. A message is claimed (status `sending`,
 * FOR UPDATE SKIP LOCKED so two workers never take the same one) and that claim is COMMITTED
 * before the transport is called; the outcome is written afterwards in its own statement. So a
 * crash can lose the outcome, never cause a second send: the message stays `sending`, and once its
 * lease is over it is marked `unknown` for staff to check rather than sent again (a duplicate SMS
 * at 7 a.m. is worse than a reminder a person may not have received, and the outbox shows it).
 *
 * It runs as an external job (platform/jobs ExternalJob): outside any transaction of the job
 * runner, one short transaction per step.
 */
export function createDispatcher(db: Db, transports: Transports, now: () => Date = () => new Date()) {
  /** Left `sending` by a process that stopped: the send may or may not have happened. */
  async function markInterrupted(): Promise<void> {
    const at = now();
    await db
      .update(messages)
      .set({ status: 'unknown', lastError: 'Envoi interrompu : on ne sait pas si le message est parti. Vérifiez auprès de la personne.', updatedAt: at })
      .where(and(eq(messages.status, 'sending'), lt(messages.claimedAt, new Date(at.getTime() - SENDING_LEASE_MS))));
  }

  /** Reminders whose appointment is no longer ahead (passed while retrying, or changed). */
  async function cancelStale(): Promise<void> {
    const at = now();
    const stillAhead = db.select({ one: sql`1` }).from(contacts).where(and(
      eq(contacts.departmentId, messages.departmentId), eq(contacts.id, messages.contactId), eq(contacts.status, 'planned'), gt(contacts.scheduledAt, at),
    ));
    await db
      .update(messages)
      .set({ status: 'cancelled', lastError: 'Rendez-vous déplacé, annulé ou passé avant l’envoi.', updatedAt: at })
      .where(and(eq(messages.status, 'queued'), notExists(stillAhead)));
  }

  /** Takes one due message: committed as `sending` when this returns. */
  function claimNext(): Promise<Claimed | null> {
    const at = now();
    return db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(messages)
        .where(and(eq(messages.status, 'queued'), lte(messages.sendAt, at)))
        .orderBy(asc(messages.sendAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return null;
      const claimed = { ...row, status: 'sending' as const, attempts: row.attempts + 1, claimedAt: at };
      await tx
        .update(messages)
        .set({ status: 'sending', attempts: claimed.attempts, claimedAt: at, updatedAt: at })
        .where(and(eq(messages.departmentId, row.departmentId), eq(messages.id, row.id)));
      return claimed;
    });
  }

  async function deliver(message: Claimed): Promise<void> {
    const transport = message.channel === 'email' ? transports.email : transports.sms;
    let outcome: Partial<typeof messages.$inferInsert>;
    try {
      const delivery = await transport.send({ to: message.recipient, subject: message.subject, body: message.body });
      outcome = { status: delivery.status, sentAt: now(), transportId: delivery.status === 'sent' ? delivery.transportId : null, lastError: null };
    } catch (error) {
      const next = afterFailure(message.attempts, error instanceof TransportError && error.permanent, now());
      outcome = { ...next, lastError: error instanceof Error ? error.message : String(error) };
    }
    // Only our own claim: a late answer after the lease still tells the truth over `unknown`.
    await db
      .update(messages)
      .set({ ...outcome, updatedAt: now() })
      .where(and(
        eq(messages.departmentId, message.departmentId), eq(messages.id, message.id),
        inArray(messages.status, ['sending', 'unknown']), eq(messages.claimedAt, message.claimedAt!),
      ));
  }

  /** Sends every due message, one at a time; returns how many were attempted. */
  async function runDue(): Promise<number> {
    await markInterrupted();
    await cancelStale();
    let attempted = 0;
    for (let message = await claimNext(); message; message = await claimNext()) {
      await deliver(message);
      attempted++;
    }
    return attempted;
  }

  return { runDue };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
