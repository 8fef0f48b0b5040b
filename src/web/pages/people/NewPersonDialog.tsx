import { useNavigate } from 'react-router';
import { CIVILITIES, type Civility } from '../../../shared/beneficiaries.js';
import { communesApi } from '../../api/endpoints.js';
import { beneficiariesApi } from '../../api/people.js';
import { useResource } from '../../api/useResource.js';
import { filePath } from '../../app/navigation.js';
import { ComboBoxField } from '../../components/fields/ComboBoxField.js';
import { DateField } from '../../components/fields/DateField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { optionalText, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useI18n } from '../../i18n/index.js';

/**
 * A person known outside the monthly files (a walk-in, a move from another département). The
 * server refuses a duplicate (same CAF number, France Travail id, or name and birth date).
 */
export function NewPersonDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const i = t.person.identity;
  const navigate = useNavigate();
  const communes = useResource('communes', communesApi.list);

  async function submit(data: FormData) {
    const civility = optionalText(data, 'civility') as Civility | null;
    const { id } = await beneficiariesApi.create({
      civility,
      lastName: text(data, 'lastName'),
      firstNames: text(data, 'firstNames'),
      birthDate: text(data, 'birthDate'),
      cafNumber: optionalText(data, 'cafNumber')?.toUpperCase() ?? null,
      phone: optionalText(data, 'phone'),
      email: optionalText(data, 'email'),
      communeCode: optionalText(data, 'communeCode'),
      noFixedAddress: false,
    });
    // The file is where the rest is completed: open it rather than come back to the list.
    navigate(filePath(id), { state: { back: '/beneficiaires' } });
  }

  return (
    <FormDialog
      title={t.newPerson.title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      submitLabel={t.newPerson.open}
      size="lg"
    >
      <p className="muted">{t.newPerson.intro}</p>
      <SelectField name="civility" label={i.civility} options={CIVILITIES.map((c) => ({ id: c, label: i.civilities[c] }))} />
      <div className="form__row">
        <TextField name="lastName" label={i.lastName} isRequired maxLength={120} autoComplete="off" />
        <TextField name="firstNames" label={i.firstNames} isRequired maxLength={160} autoComplete="off" />
      </div>
      <DateField name="birthDate" label={i.birthDate} isRequired />
      <div className="form__row">
        <TextField name="cafNumber" label={i.cafNumber} description={i.cafNumberHelp} maxLength={15} autoComplete="off" />
        <TextField name="phone" type="tel" label={i.phone} description={i.phoneHelp} maxLength={20} autoComplete="off" />
      </div>
      <TextField name="email" type="email" label={i.email} maxLength={254} autoComplete="off" />
      <ComboBoxField
        name="communeCode"
        label={i.commune}
        description={i.communeHelp}
        emptyText={i.noCommune}
        options={(communes.data ?? []).map((c) => ({ id: c.inseeCode, label: `${c.name} (${c.postalCodes.join(', ')})` }))}
      />
    </FormDialog>
  );
}
