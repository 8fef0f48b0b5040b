import { useState } from 'react';
import { frenchToday } from '../../../shared/calendar.js';
import { asksForSite } from '../../../shared/appointment-site.js';
import { APPOINTMENT_PLACES, type AppointmentPlace } from '../../../shared/contacts.js';
import { contactsApi } from '../../api/contacts.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { TextField } from '../../components/fields/TextField.js';
import { number, optionalText, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';
import { DateTimeFields, scheduledAtOf } from './DateTimeFields.js';
import { SiteField, type PipSite } from './SiteField.js';

interface PlanDialogProps {
  personId: string;
  /** The sites of the PIP following the person, its first site first. */
  sites: PipSite[];
  onClose: () => void;
  onDone: () => void;
}

/** The next appointment: when (Paris time), for how long, where, about what. */
export function PlanDialog({ personId, sites, onClose, onDone }: PlanDialogProps) {
  const { t } = useI18n();
  const d = t.contacts.dialogs;
  const notify = useNotify();
  // The link field shows only for a video call, and is then required (the server checks it too).
  const [place, setPlace] = useState<AppointmentPlace>('site');
  const withSite = asksForSite(place, sites.length);

  async function submit(data: FormData) {
    await contactsApi.plan(personId, {
      scheduledAt: scheduledAtOf(data),
      plannedMinutes: number(data, 'plannedMinutes'),
      place,
      siteId: withSite ? optionalText(data, 'siteId') : null,
      videoLink: place === 'video' ? optionalText(data, 'videoLink') : null,
      subject: text(data, 'subject'),
    });
    notify(t.contacts.done.planned);
    onDone();
  }

  return (
    <FormDialog title={d.plan.title} submitLabel={d.plan.submit} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      <DateTimeFields dateLabel={d.date} defaultDate={frenchToday()} />
      <NumberField name="plannedMinutes" label={d.plan.plannedMinutes} defaultValue={45} minValue={1} maxValue={600} isRequired />
      <RadioGroupField
        name="place"
        label={d.plan.place}
        options={APPOINTMENT_PLACES.map((p) => ({ id: p, label: t.contacts.places[p] }))}
        value={place}
        onChange={(value) => setPlace(value as AppointmentPlace)}
        isRequired
      />
      {withSite ? <SiteField sites={sites} defaultSiteId={sites[0]!.id} /> : null}
      {place === 'video' ? <TextField name="videoLink" label={d.plan.videoLink} description={d.plan.videoLinkHelp} inputMode="url" isRequired maxLength={500} /> : null}
      <TextField name="subject" label={d.subject} description={d.plan.subjectHelp} isRequired minLength={3} maxLength={300} />
    </FormDialog>
  );
}
