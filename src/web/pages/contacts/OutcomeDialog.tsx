import { useState } from 'react';
import { asksForSite } from '../../../shared/appointment-site.js';
import { frenchToday } from '../../../shared/calendar.js';
import { CONTACT_OUTCOMES, type AppointmentPlace, type ContactModality, type ContactOutcome } from '../../../shared/contacts.js';
import { contactsApi, type ContactViewData, type OutcomeRequest } from '../../api/contacts.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { optionalText, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { useWhen } from './ContactList.js';
import { parisDay } from './dateTime.js';
import { DateTimeFields, scheduledAtOf } from './DateTimeFields.js';
import { HeldFields, heldOf } from './HeldFields.js';
import { SiteField, type PipSite } from './SiteField.js';

/** Before its day an appointment cannot have been held or missed: it can only be moved, cancelled or excused. */
const BEFORE_ITS_DAY: ContactOutcome[] = ['excused_absence', 'cancelled', 'moved'];
/** The likely modality of a held appointment, from where it was to take place; the referent may change it. */
const MODALITY_OF_PLACE: Record<AppointmentPlace, ContactModality> = { site: 'face_to_face', home: 'face_to_face', phone: 'phone', video: 'video' };

interface OutcomeDialogProps {
  appointment: ContactViewData;
  /** The sites of the PIP following the person: a moved appointment on site may change site. */
  sites: PipSite[];
  onClose: () => void;
  onDone: (outcome: ContactOutcome) => void;
}

/** What happened to a planned appointment, with the fields each outcome needs. */
export function OutcomeDialog({ appointment, sites, onClose, onDone }: OutcomeDialogProps) {
  const { t } = useI18n();
  const o = t.contacts.dialogs.outcome;
  const notify = useNotify();
  const when = useWhen().instant(appointment.scheduledAt ?? '');
  const happened = appointment.scheduledAt !== null && parisDay(appointment.scheduledAt) <= frenchToday();
  const [outcome, setOutcome] = useState<ContactOutcome>(happened ? 'held' : 'moved');

  function inputOf(data: FormData): OutcomeRequest {
    switch (outcome) {
      case 'held':
        return { outcome, ...heldOf(data) };
      case 'excused_absence':
      case 'cancelled':
        return { outcome, reason: text(data, 'reason') };
      case 'unexcused_absence':
        return { outcome };
      case 'moved':
        return { outcome, scheduledAt: scheduledAtOf(data), siteId: optionalText(data, 'siteId'), reason: optionalText(data, 'reason') };
    }
  }

  async function submit(data: FormData) {
    await contactsApi.outcome(appointment.id, inputOf(data));
    notify(t.contacts.done.outcome[outcome]);
    onDone(outcome);
  }

  return (
    <FormDialog title={o.title} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <p className="contact-recap">{o.appointment(when, appointment.subject)}</p>
      {happened ? null : <p>{o.futureHelp}</p>}
      <RadioGroupField
        name="outcome"
        label={o.outcome}
        options={(happened ? CONTACT_OUTCOMES : BEFORE_ITS_DAY).map((id) => ({ id, label: o.outcomes[id] }))}
        value={outcome}
        onChange={(value) => setOutcome(value as ContactOutcome)}
        isRequired
      />
      {outcome === 'held' ? (
        <HeldFields modality={appointment.place ? MODALITY_OF_PLACE[appointment.place] : undefined} minutes={appointment.plannedMinutes} />
      ) : null}
      {outcome === 'excused_absence' ? <TextAreaField name="reason" label={o.excuse} isRequired minLength={3} maxLength={1000} /> : null}
      {outcome === 'cancelled' ? <TextAreaField name="reason" label={o.cancelReason} isRequired minLength={3} maxLength={1000} /> : null}
      {outcome === 'unexcused_absence' ? (
        <Notice tone="info">
          <p>{o.unexcusedNotice}</p>
        </Notice>
      ) : null}
      {outcome === 'moved' ? (
        <>
          <DateTimeFields dateLabel={o.newDate} />
          {appointment.place && asksForSite(appointment.place, sites.length) ? <SiteField sites={sites} defaultSiteId={appointment.siteId ?? sites[0]!.id} /> : null}
          <TextAreaField name="reason" label={o.moveReason} description={o.moveReasonHelp} maxLength={1000} />
        </>
      ) : null}
    </FormDialog>
  );
}
