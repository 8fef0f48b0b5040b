import { useState } from 'react';
import type { Commune, Territory } from '../../../shared/contracts/organisations.js';
import { territoriesApi } from '../../api/endpoints.js';
import { TextField } from '../../components/fields/TextField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';
import { CommunePicker } from './CommunePicker.js';

interface TerritoryDialogProps {
  territory: Territory | null;
  territories: Territory[];
  communes: Commune[];
  onClose: () => void;
  onSaved: () => void;
}

export function TerritoryDialog({ territory, territories, communes, onClose, onSaved }: TerritoryDialogProps) {
  const { t } = useI18n();
  const o = t.organisation.territories;
  const notify = useNotify();
  const [selected, setSelected] = useState(
    () => new Set(territory ? communes.filter((c) => c.territoryId === territory.id).map((c) => c.inseeCode) : []),
  );

  async function submit(data: FormData) {
    const input = { name: text(data, 'name'), communeCodes: [...selected].sort() };
    if (territory) {
      await territoriesApi.update(territory.id, input);
      notify(o.updated(input.name));
    } else {
      await territoriesApi.create(input);
      notify(o.created(input.name));
    }
    onSaved();
  }

  return (
    <FormDialog
      title={territory ? o.editTitle(territory.name) : o.createTitle}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      submitLabel={territory ? t.common.save : t.common.create}
      codeToField={{ CONFLICT: 'name' }}
      size="lg"
    >
      <TextField name="name" label={o.name} defaultValue={territory?.name} isRequired maxLength={120} />
      <CommunePicker
        communes={communes}
        territories={territories}
        territoryId={territory?.id ?? null}
        selected={selected}
        onChange={setSelected}
      />
    </FormDialog>
  );
}
