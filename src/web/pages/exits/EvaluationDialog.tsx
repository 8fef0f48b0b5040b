import { exitsApi } from '../../api/exits.js';
import { DateField } from '../../components/fields/DateField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { text, todayIso } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

/** The final evaluation: written once, it closes the pathway (the dialog says so before the click). */
export function EvaluationDialog({ personId, onClose, onDone }: { personId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const d = t.exits.dialog;
  const notify = useNotify();

  async function submit(data: FormData) {
    await exitsApi.evaluate(personId, { evaluation: text(data, 'evaluation'), on: text(data, 'on') });
    notify(d.closedDone);
    onDone();
  }

  return (
    <FormDialog title={t.exits.evaluate} submitLabel={d.close} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <p className="muted">{d.closeWarning}</p>
      <TextAreaField name="evaluation" label={d.evaluation} description={d.evaluationHelp} rows={6} isRequired maxLength={4000} />
      <DateField name="on" label={d.evaluatedOn} defaultValue={todayIso()} isRequired />
    </FormDialog>
  );
}
