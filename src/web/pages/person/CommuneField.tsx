import { communesApi } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { ComboBoxField } from '../../components/fields/ComboBoxField.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';

/** The commune chosen by name from the département's official list. */
export function CommuneField({ defaultCode }: { defaultCode: string | null }) {
  const { t } = useI18n();
  const i = t.person.identity;
  const communes = useResource('communes', communesApi.list);

  if (!communes.data) {
    // The combo box takes its options once: wait for them. Read-only, not disabled, so that a save
    // meanwhile still sends the current code instead of clearing it.
    return <TextField name="communeCode" label={i.communeCode} description={i.communeCodeHelp} defaultValue={defaultCode ?? ''} maxLength={5} isReadOnly />;
  }
  return (
    <ComboBoxField
      name="communeCode"
      label={i.commune}
      description={i.communeHelp}
      emptyText={i.noCommune}
      defaultSelectedKey={defaultCode ?? undefined}
      options={communes.data.map((c) => ({ id: c.inseeCode, label: `${c.name} (${c.postalCodes.join(', ')})` }))}
    />
  );
}
