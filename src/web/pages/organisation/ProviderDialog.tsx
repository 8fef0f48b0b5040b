import type { Provider } from '../../../shared/contracts/organisations.js';
import { providersApi } from '../../api/endpoints.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { TextField } from '../../components/fields/TextField.js';
import { checked, optionalText, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

interface ProviderDialogProps {
  provider: Provider | null;
  onClose: () => void;
  onSaved: () => void;
}

export function ProviderDialog({ provider, onClose, onSaved }: ProviderDialogProps) {
  const { t } = useI18n();
  const o = t.organisation.providers;
  const notify = useNotify();

  async function submit(data: FormData) {
    const input = {
      name: text(data, 'name'),
      siret: optionalText(data, 'siret')?.replace(/\s+/g, '') ?? null,
      active: checked(data, 'active'),
    };
    if (provider) {
      await providersApi.update(provider.id, input);
      notify(o.updated(input.name));
    } else {
      await providersApi.create(input);
      notify(o.created(input.name));
    }
    onSaved();
  }

  return (
    <FormDialog
      title={provider ? o.editTitle(provider.name) : o.createTitle}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      submitLabel={provider ? t.common.save : t.common.create}
      codeToField={{ CONFLICT: 'siret' }}
    >
      <TextField name="name" label={o.name} defaultValue={provider?.name} isRequired maxLength={160} />
      <TextField
        name="siret"
        label={o.siret}
        description={o.siretHelp}
        defaultValue={provider?.siret ?? ''}
        inputMode="numeric"
        pattern="\s*(\d\s*){14}"
        maxLength={20}
      />
      <Checkbox name="active" value="on" defaultSelected={provider?.active ?? true}>
        {o.active}
      </Checkbox>
    </FormDialog>
  );
}
