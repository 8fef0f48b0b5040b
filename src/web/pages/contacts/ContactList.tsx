import { useMemo, type ReactNode } from 'react';
import type { ContactStatus } from '../../../shared/contacts.js';
import { contactsApi, type ContactViewData } from '../../api/contacts.js';
import { Button } from '../../components/Button.js';
import { INTL_LOCALE, useI18n } from '../../i18n/index.js';
import { PARIS } from './dateTime.js';

/** The status in words; the colour only repeats it (RGAA 3.1). */
const TONE: Record<ContactStatus, string> = {
  planned: 'badge--info',
  held: 'badge--success',
  excused_absence: 'badge--warning',
  unexcused_absence: 'badge--danger',
  cancelled: 'badge--muted',
  moved: 'badge--muted',
};

/**
 * « mardi 3 mars 2026 à 10:00 »: an appointment's instant, always in Paris time, as it was planned;
 * « mardi 3 mars 2026 » for the day of a contact that was not planned (a calendar date, read as UTC
 * so that it never shifts a day).
 */
export function useWhen(): { instant: (iso: string) => string; day: (iso: string) => string } {
  const { locale } = useI18n();
  return useMemo(() => {
    const instant = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeStyle: 'short', timeZone: PARIS });
    const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeZone: 'UTC' });
    // A value that is not a date is shown as it came rather than breaking the page.
    const safely = (format: Intl.DateTimeFormat, value: string) => {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : format.format(date);
    };
    return { instant: (iso) => safely(instant, iso), day: (iso) => safely(day, `${iso}T00:00:00Z`) };
  }, [locale]);
}

/** Only web addresses become links: a typed value is never given another scheme to run. */
const isWebLink = (value: string) => /^https?:\/\//i.test(value);

interface ContactListProps {
  items: ContactViewData[];
  /** Every contact of the person: a moved appointment names the one that replaced it. */
  all: ContactViewData[];
  /** The button under an item, if any (planned appointments, for those who may record). */
  action?: (contact: ContactViewData, when: string) => ReactNode;
}

/** Appointments and contacts, each with its date, status, subject and what is known of it. */
export function ContactList({ items, all, action }: ContactListProps) {
  const { t, formatNumber } = useI18n();
  const c = t.contacts;
  const e = c.entry;
  const format = useWhen();
  const minutes = (n: number | null) => (n === null ? null : e.minutes(formatNumber(n)));

  return (
    <ul className="contact-list">
      {items.map((contact) => {
        const when = contact.scheduledAt ? format.instant(contact.scheduledAt) : format.day(contact.happenedOn ?? '');
        const next = contact.status === 'moved' ? all.find((other) => other.movedFromId === contact.id) : undefined;
        const previous = contact.movedFromId ? all.find((other) => other.id === contact.movedFromId) : undefined;
        const link = contact.videoLink;
        const details: [string, ReactNode][] = [];
        const add = (label: string, value: ReactNode) => {
          if (value !== null && value !== undefined && value !== '') details.push([label, value]);
        };
        if (contact.status === 'planned') {
          add(e.place, contact.place ? c.places[contact.place] : null);
          add(e.site, contact.siteName);
          add(e.videoLink, link && isWebLink(link) ? <VideoLink href={link} /> : link);
          add(e.plannedDuration, minutes(contact.plannedMinutes));
        }
        add(e.modality, contact.modality ? c.modalities[contact.modality] : null);
        if (contact.status === 'held') add(e.duration, minutes(contact.durationMinutes));
        add(contact.status === 'excused_absence' ? e.excuse : e.reason, contact.reason);
        add(e.summary, contact.summary ? <span className="pre-line">{contact.summary}</span> : null);
        add(e.by, contact.staffName);
        add(t.outbox.reminders, contact.reminders.length ? contact.reminders.map((r) => t.outbox.reminder(t.outbox.channels[r.channel], t.outbox.statuses[r.status])).join(' · ') : null);
        return (
          <li key={contact.id} className="summary__group contact">
            <h4 className="contact__title">
              <time dateTime={contact.scheduledAt ?? contact.happenedOn ?? undefined}>{when}</time>
            </h4>
            <p className="contact__subject">
              <span className={`badge ${TONE[contact.status]}`}>{c.statuses[contact.status]}</span> {contact.subject}
            </p>
            {!contact.scheduledAt ? <p className="contact__note">{e.notPlanned}</p> : null}
            {next?.scheduledAt ? <p className="contact__note">{e.movedTo(format.instant(next.scheduledAt))}</p> : null}
            {previous?.scheduledAt ? <p className="contact__note">{e.movedFrom(format.instant(previous.scheduledAt))}</p> : null}
            <ContactDetails details={details} />
            {action ? action(contact, when) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** What is known of a contact (or of a message), label by label; nothing when nothing is known. */
export function ContactDetails({ details }: { details: [string, ReactNode][] }) {
  if (details.length === 0) return null;
  return (
    <dl className="summary__list contact__details">
      {details.map(([label, value]) => (
        <div key={label} className="summary__entry">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A button that names its appointment for screen readers: a list of « Noter le déroulement » is otherwise ambiguous. */
export function AppointmentButton({ label, when, onPress }: { label: string; when: string; onPress: () => void }) {
  const { t } = useI18n();
  return (
    <Button size="sm" onPress={onPress} className="contact__action">
      {label}
      <span className="visually-hidden">{t.contacts.actions.of(when)}</span>
    </Button>
  );
}

/** The appointment's convocation letter (PDF), opened by the browser in a new tab; named for screen readers. */
export function ConvocationLink({ appointmentId, when }: { appointmentId: string; when: string }) {
  const { t } = useI18n();
  return (
    <a href={contactsApi.convocationUrl(appointmentId)} target="_blank" rel="noopener noreferrer" className="button button--secondary button--sm">
      {t.outbox.convocation}
      <span className="visually-hidden">
        {t.contacts.actions.of(when)} {t.outbox.newTab}
      </span>
    </a>
  );
}

function VideoLink({ href }: { href: string }) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="contact__link">
      {href} <span className="visually-hidden">{t.contacts.entry.newWindow}</span>
    </a>
  );
}
