import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { frenchToday } from '../../../shared/calendar.js';
import type { ContactOutcome } from '../../../shared/contacts.js';
import { contactsApi, type ContactViewData } from '../../api/contacts.js';
import type { BeneficiaryFileData } from '../../api/people.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { can } from '../../app/permissions.js';
import { Button } from '../../components/Button.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { AppointmentButton, ContactList, ConvocationLink } from './ContactList.js';
import { parisDay } from './dateTime.js';
import { OutcomeDialog } from './OutcomeDialog.js';
import { PlanDialog } from './PlanDialog.js';
import { RecordContactDialog } from './RecordContactDialog.js';

/** The PIP records contacts while it follows the person (the server refuses them otherwise). */
const FOLLOWED = ['waiting_first_contact', 'active', 'suspended'];

type Open = { kind: 'plan' } | { kind: 'record' } | { kind: 'outcome'; appointment: ContactViewData };

/**
 * The « Contacts » tab of the person's file: the appointments still planned, soonest first, each
 * with a button to record what happened once its day has come; then the history, newest first;
 * then the unexcused absences, facts for a breach report. A held contact moves the person's
 * contact dates and alerts, so the file is read again after one.
 */
export function ContactsTab({ file, onChanged }: { file: BeneficiaryFileData; onChanged: () => void }) {
  const { t, formatDate } = useI18n();
  const c = t.contacts;
  const user = useCurrentUser();
  const loaded = useResource(`contacts:${file.id}`, () => contactsApi.forPerson(file.id));
  const [open, setOpen] = useState<Open | null>(null);
  const ids = { planned: useId(), history: useId(), absences: useId() };
  const plannedTitle = useRef<HTMLHeadingElement>(null);
  const historyTitle = useRef<HTMLHeadingElement>(null);
  // After an outcome its button is gone with the appointment: once the list is read again, the
  // focus goes to where the appointment now is (the history, or the planned list for a moved one).
  const focusAfterLoad = useRef<RefObject<HTMLHeadingElement | null> | null>(null);
  const data = loaded.data;

  useEffect(() => {
    if (!data || !focusAfterLoad.current) return;
    focusAfterLoad.current.current?.focus();
    focusAfterLoad.current = null;
  }, [data]);

  const mayRecord = can(user.role, 'contact:manage');
  const followed = FOLLOWED.includes(file.pathway.status);
  const close = () => setOpen(null);
  const done = (held: boolean) => {
    setOpen(null);
    loaded.reload();
    if (held) onChanged();
  };

  if (loaded.error && !data) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!data) return <LoadingState />;
  const planned = data.contacts.filter((x) => x.status === 'planned').sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''));
  const history = data.contacts.filter((x) => x.status !== 'planned');
  const today = frenchToday();
  const manages = mayRecord && followed;

  return (
    <div className="contacts">
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {manages ? (
        <div className="person-actions__buttons" role="group" aria-label={c.actions.label}>
          <Button variant="primary" onPress={() => setOpen({ kind: 'plan' })}>
            {c.actions.plan}
          </Button>
          <Button onPress={() => setOpen({ kind: 'record' })}>{c.actions.record}</Button>
        </div>
      ) : mayRecord ? (
        <p className="muted">{c.notFollowed}</p>
      ) : null}
      {data.contacts.length === 0 ? (
        <EmptyState title={c.empty}>{manages ? <p>{c.emptyHelp}</p> : null}</EmptyState>
      ) : (
        <>
          <section className="contacts__section" aria-labelledby={ids.planned}>
            <h3 id={ids.planned} ref={plannedTitle} tabIndex={-1} className="contacts__title">
              {c.planned.title}
            </h3>
            {planned.length === 0 ? <p className="muted">{c.planned.none}</p> : null}
            {planned.length > 0 && !file.identity.email && !file.identity.phone ? <p className="muted">{t.outbox.noReminder}</p> : null}
            <ContactList
              items={planned}
              all={data.contacts}
              action={(appointment, when) => {
                const happened = appointment.scheduledAt !== null && parisDay(appointment.scheduledAt) <= today;
                return (
                  <div className="contact__actions">
                    {manages ? (
                      <AppointmentButton label={happened ? c.actions.outcome : c.actions.change} when={when} onPress={() => setOpen({ kind: 'outcome', appointment })} />
                    ) : null}
                    <ConvocationLink appointmentId={appointment.id} when={when} />
                  </div>
                );
              }}
            />
          </section>
          <section className="contacts__section" aria-labelledby={ids.history}>
            <h3 id={ids.history} ref={historyTitle} tabIndex={-1} className="contacts__title">
              {c.history.title}
            </h3>
            {history.length === 0 ? <p className="muted">{c.history.none}</p> : <ContactList items={history} all={data.contacts} />}
          </section>
          <section className="contacts__section" aria-labelledby={ids.absences}>
            <h3 id={ids.absences} className="contacts__title">
              {c.absences.title}
            </h3>
            {data.unexcusedAbsences.length === 0 ? (
              <p className="muted">{c.absences.none}</p>
            ) : (
              <>
                <p>{c.absences.count(data.unexcusedAbsences.length)}</p>
                <ul>
                  {data.unexcusedAbsences.map((day, i) => (
                    <li key={`${day}-${i}`}>
                      <time dateTime={day}>{formatDate(day)}</time>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
      {open?.kind === 'plan' ? <PlanDialog personId={file.id} sites={data.sites} onClose={close} onDone={() => done(false)} /> : null}
      {open?.kind === 'record' ? <RecordContactDialog personId={file.id} onClose={close} onDone={() => done(true)} /> : null}
      {open?.kind === 'outcome' ? (
        <OutcomeDialog
          appointment={open.appointment}
          sites={data.sites}
          onClose={close}
          onDone={(outcome: ContactOutcome) => {
            focusAfterLoad.current = outcome === 'moved' ? plannedTitle : historyTitle;
            done(outcome === 'held');
          }}
        />
      ) : null}
    </div>
  );
}
