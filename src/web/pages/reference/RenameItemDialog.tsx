import { referenceApi, type ReferenceItemData } from '../../api/reference.js';
import { TextField } from '../../components/fields/TextField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

interface RenameItemDialogProps {
  item: ReferenceItemData;
  onClose: () => void;
  onSaved: () => void;
}

/** A new label for an item; a label its theme already has is refused by the server, on the field. */
export function RenameItemDialog({ item, onClose, onSaved }: RenameItemDialogProps) {
  const { t } = useI18n();
  const r = t.reference;
  const notify = useNotify();

  async function submit(data: FormData) {
    const label = text(data, 'label');
    await referenceApi.update(item.id, { label });
    notify(r.renamed(label));
    onSaved();
  }

  return (
    <FormDialog
      title={r.renameTitle(item.label)}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      codeToField={{ CONFLICT: 'label' }}
    >
      <TextField name="label" label={r.label} description={r.renameHelp} defaultValue={item.label} autoComplete="off" isRequired maxLength={300} />
    </FormDialog>
  );
}
