import type { Commune, Provider } from '../../../shared/contracts/organisations.js';
import { providersApi } from '../../api/endpoints.js';
import { ComboBoxField } from '../../components/fields/ComboBoxField.js';
import { TextField } from '../../components/fields/TextField.js';
import { optionalText, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

interface SiteDialogProps {
  provider: Provider;
  communes: Commune[];
  onClose: () => void;
  onSaved: () => void;
}

export function SiteDialog({ provider, communes, onClose, onSaved }: SiteDialogProps) {
  const { t } = useI18n();
  const o = t.organisation.sites;
  const notify = useNotify();

  async function submit(data: FormData) {
    const input = { name: text(data, 'name'), address: text(data, 'address'), communeCode: optionalText(data, 'communeCode') };
    await providersApi.addSite(provider.id, input);
    notify(o.created(input.name));
    onSaved();
  }

  const options = communes.map((c) => ({ id: c.inseeCode, label: `${c.name} (${c.postalCodes.join(', ')})` }));
  return (
    <FormDialog title={o.createTitle(provider.name)} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} submitLabel={t.common.create}>
      <TextField name="name" label={o.name} isRequired maxLength={120} />
      <TextField name="address" label={o.address} isRequired maxLength={300} autoComplete="street-address" />
      <ComboBoxField name="communeCode" label={o.commune} description={o.communeHelp} options={options} emptyText={o.noCommune} />
    </FormDialog>
  );
}
