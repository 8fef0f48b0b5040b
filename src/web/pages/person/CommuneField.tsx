import { communesApi } from '../../api/endpoints.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { can } from '../../app/permissions.js';
import { ComboBoxField } from '../../components/fields/ComboBoxField.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';

/**
 * The commune by name for the département's staff. PIP staff may not list the communes (the API
 * keeps the organisation to the département), so they type the INSEE code; the current commune's
 * name is shown in the help text.
 */
export function CommuneField({ defaultCode, defaultName }: { defaultCode: string | null; defaultName: string | null }) {
  const { t } = useI18n();
  const i = t.person.identity;
  const user = useCurrentUser();
  const listable = can(user.role, 'organisation:read');
  const communes = useResource(listable ? 'communes' : null, communesApi.list);

  if (!listable) {
    const help = defaultName ? `${i.communeCodeHelp} (${i.commune} : ${defaultName})` : i.communeCodeHelp;
    return <TextField name="communeCode" label={i.communeCode} description={help} defaultValue={defaultCode ?? ''} maxLength={5} />;
  }
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
