import { tendersApi } from '../../api/endpoints.js';
import { DateField } from '../../components/fields/DateField.js';
import { TextField } from '../../components/fields/TextField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

export function TenderDialog({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const o = t.organisation.tenders;
  const notify = useNotify();

  async function submit(data: FormData) {
    const input = {
      reference: text(data, 'reference'),
      title: text(data, 'title'),
      startsOn: text(data, 'startsOn'),
      endsOn: text(data, 'endsOn'),
    };
    await tendersApi.create(input);
    notify(o.created(input.reference));
    onSaved();
  }

  return (
    <FormDialog
      title={o.createTitle}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      submitLabel={t.common.create}
      codeToField={{ CONFLICT: 'reference' }}
    >
      <TextField name="reference" label={o.reference} isRequired maxLength={60} />
      <TextField name="title" label={o.titleField} isRequired maxLength={200} />
      <div className="form__row">
        <DateField name="startsOn" label={o.startsOn} isRequired />
        <DateField name="endsOn" label={o.endsOn} isRequired />
      </div>
    </FormDialog>
  );
}
