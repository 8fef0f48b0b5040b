import { frenchToday } from '../../../shared/calendar.js';
import { contactsApi } from '../../api/contacts.js';
import { DateField } from '../../components/fields/DateField.js';
import { TextField } from '../../components/fields/TextField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';
import { HeldFields, heldOf } from './HeldFields.js';

interface RecordContactDialogProps {
  personId: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * A contact that took place without an appointment: dated today or before (the server refuses a
 * future day, on this field). The modality is chosen each time, never assumed: it is what the PIP
 * must justify.
 */
export function RecordContactDialog({ personId, onClose, onDone }: RecordContactDialogProps) {
  const { t } = useI18n();
  const d = t.contacts.dialogs;
  const notify = useNotify();

  async function submit(data: FormData) {
    await contactsApi.record(personId, { on: text(data, 'on'), subject: text(data, 'subject'), ...heldOf(data) });
    notify(t.contacts.done.recorded);
    onDone();
  }

  return (
    <FormDialog title={d.record.title} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <p>{d.record.help}</p>
      <DateField name="on" label={d.date} description={d.record.onHelp} defaultValue={frenchToday()} isRequired />
      <TextField name="subject" label={d.subject} isRequired minLength={3} maxLength={300} />
      <HeldFields />
    </FormDialog>
  );
}
