import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { MessagesQuery, type MessageView, type ReminderView } from '../../shared/contracts/messages.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { contacts } from '../contacts/schema.js';
import { maskRecipient } from './rules.js';
import { messages } from './schema.js';

/**
 * The outbox of the actor's PIP (a référent: of their own people), newest first. Reading it reads
 * people's names and what they were sent: audited like a list of people.
 */
export const listMessages = defineUseCase({
  name: 'message.list',
  kind: 'query',
  permission: 'message:read',
  input: MessagesQuery,
  async run(ctx, { page, pageSize, status }) {
    const where = inScope(
      ctx.actor, messages,
      status ? eq(messages.status, status) : undefined,
      ctx.actor.role === 'referent' ? eq(beneficiaries.referentId, ctx.actor.userId) : undefined,
    );
    const joined = and(eq(beneficiaries.departmentId, messages.departmentId), eq(beneficiaries.id, messages.beneficiaryId));
    const rows = await ctx.tx
      .select({ message: messages, lastName: beneficiaries.lastName, firstNames: beneficiaries.firstNames, appointmentAt: contacts.scheduledAt })
      .from(messages)
      .innerJoin(beneficiaries, joined)
      .innerJoin(contacts, and(eq(contacts.departmentId, messages.departmentId), eq(contacts.id, messages.contactId)))
      .where(where)
      .orderBy(desc(messages.createdAt), asc(messages.channel))
      .limit(pageSize)
        .offset((page - 1) * pageSize);
    const [total] = await ctx.tx.select({ n: count() }).from(messages).innerJoin(beneficiaries, joined).where(where);
    await ctx.audit({ action: 'message.list', entityType: 'beneficiary_list', details: { count: rows.length, status: status ?? null } });
    const items: MessageView[] = rows.map(({ message: m, lastName, firstNames, appointmentAt }) => ({
      id: m.id, contactId: m.contactId, beneficiaryId: m.beneficiaryId, personName: `${lastName.toLocaleUpperCase('fr-FR')} ${firstNames}`,
      channel: m.channel, recipient: maskRecipient(m.channel, m.recipient), subject: m.subject, body: m.body, status: m.status,
      attempts: m.attempts, lastError: m.lastError, sendAt: m.sendAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null,
      appointmentAt: appointmentAt?.toISOString() ?? null,
    }));
    return { items, total: total?.n ?? 0, page, pageSize };
  },
});

/** The reminders of some appointments, by appointment: what the person's contacts list shows. */
export async function remindersOf(ctx: UseCaseContext, contactIds: string[]): Promise<Map<string, ReminderView[]>> {
  const byContact = new Map<string, ReminderView[]>();
  if (contactIds.length === 0) return byContact;
  const rows = await ctx.tx
    .select({ contactId: messages.contactId, channel: messages.channel, status: messages.status, sentAt: messages.sentAt, lastError: messages.lastError })
    .from(messages)
    .where(inScope(ctx.actor, messages, inArray(messages.contactId, contactIds)))
    .orderBy(asc(messages.channel));
  for (const { contactId, sentAt, ...r } of rows) {
    byContact.set(contactId, [...(byContact.get(contactId) ?? []), { ...r, sentAt: sentAt?.toISOString() ?? null }]);
  }
  return byContact;
}
