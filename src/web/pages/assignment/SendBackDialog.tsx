import { orientationApi } from '../../api/people.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';
import type { PersonRef } from '../orientation/OrientationDialog.js';

/** A PIP returns a person to the département: the orientation ends, the reason goes to the history. */
export function SendBackDialog({ person, onClose, onSent }: { person: PersonRef; onClose: () => void; onSent: () => void }) {
  const { t } = useI18n();
  const s = t.pathway.sendBack;
  const notify = useNotify();

  async function submit(data: FormData) {
    await orientationApi.sendBack(person.id, text(data, 'reason'));
    notify(s.done(person.name));
    onSent();
  }

  return (
    <FormDialog title={s.title(person.name)} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} submitLabel={s.submit}>
      <p>{s.intro}</p>
      <TextAreaField name="reason" label={s.reason} description={s.reasonHelp} isRequired minLength={3} maxLength={2000} />
    </FormDialog>
  );
}
