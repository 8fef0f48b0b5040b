import { and, eq, gt, inArray, lte, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import { SETTINGS } from '../../shared/settings.js';
import { selectAppointmentFacts, type AppointmentFacts } from '../contacts/appointment-facts.js';
import { contacts } from '../contacts/schema.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { settingsColumns, settingsOf } from '../organisations/settings-queries.js';
import { reminderDue, reminderText } from './rules.js';
import { messages } from './schema.js';

const HOUR = 3_600_000;
/** People still accompanied: no reminder reaches someone whose accompaniment ended. */
const FOLLOWED = ['waiting_first_contact', 'active', 'suspended'] as const;

/**
 * The `reminders.schedule` job: writes the reminders of every planned appointment whose reminder
 * time has come (the lot's `reminderDelayHours` before it), one per channel of `reminderChannels`
 * the person has an address for. The unique (appointment, channel) index makes a second run, or two
 * instances running it together, write nothing more. Runs inside its job's transaction: it only writes rows.
 */
export async function scheduleReminders(tx: Executor, now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + SETTINGS.reminderDelayHours.schema.maxValue! * HOUR);
  const settings = settingsColumns(contacts.departmentId, beneficiaries.lotId);
  const rows = await selectAppointmentFacts(
    tx,
    and(
      eq(contacts.status, 'planned'),
      gt(contacts.scheduledAt, now),
      lte(contacts.scheduledAt, horizon),
      lte(contacts.scheduledAt, sql`${now}::timestamptz + make_interval(hours => ${widestDelayHours(settings)})`),
      inArray(beneficiaries.pathwayStatus, FOLLOWED),
      notExists(tx.select({ one: sql`1` }).from(messages).where(and(eq(messages.departmentId, contacts.departmentId), eq(messages.contactId, contacts.id)))),
    ),
    settings,
  );
  let written = 0;
  for (const row of rows) {
    const { values } = settingsOf(row);
    if (!reminderDue(row.scheduledAt!, values.reminderDelayHours, now)) continue;
    const reminders = values.reminderChannels.flatMap((channel) => {
      const recipient = channel === 'email' ? row.email : row.phone;
      return recipient ? [{ ...messageOf(row, channel, recipient), sendAt: now }] : [];
    });
    if (reminders.length === 0) continue;
    const inserted = await tx.insert(messages).values(reminders).onConflictDoNothing().returning({ id: messages.id });
    written += inserted.length;
  }
  return written;
}

/**
 * The widest delay the lot's or the département's settings may give, in SQL, so that only the
 * appointments near their reminder time leave the database. A superset of what `reminderDue`
 * accepts (a stored value the settings would reject only widens it): the rule in code stays the judge.
 */
function widestDelayHours({ departmentValues, lotValues }: ReturnType<typeof settingsColumns>) {
  const stored = (values: typeof lotValues) =>
    sql`case when jsonb_typeof(${values}->'reminderDelayHours') = 'number' then ceil((${values}->>'reminderDelayHours')::numeric)::int end`;
  return sql`greatest(${stored(lotValues)}, ${stored(departmentValues)}, ${SETTINGS.reminderDelayHours.default}::int)`;
}

function messageOf(row: AppointmentFacts, channel: 'email' | 'sms', recipient: string) {
  const text = reminderText(channel, { ...row, scheduledAt: row.scheduledAt! });
  return {
    departmentId: row.departmentId, contactId: row.id, beneficiaryId: row.beneficiaryId, providerId: row.providerId,
    channel, recipient, subject: text.subject, body: text.body,
  };
}

/**
 * The appointment was moved, cancelled or given an outcome: its reminders that have not left yet
 * are cancelled, in the same transaction as the change. Returns how many.
 */
export async function cancelReminders(tx: Executor, departmentId: string, contactId: string, now: Date): Promise<number> {
  const rows = await tx
    .update(messages)
    .set({ status: 'cancelled', lastError: 'Rendez-vous déplacé, annulé ou passé avant l’envoi.', updatedAt: now })
    .where(and(eq(messages.departmentId, departmentId), eq(messages.contactId, contactId), eq(messages.status, 'queued')))
    .returning({ id: messages.id });
  return rows.length;
}
