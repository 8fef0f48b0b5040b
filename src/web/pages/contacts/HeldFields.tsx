import { CONTACT_MODALITIES, type ContactModality } from '../../../shared/contacts.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { optionalNumber, optionalText, text } from '../../components/form.js';
import { useI18n } from '../../i18n/index.js';

/** What a held contact records, whether planned or not: how it took place, how long, what was said. */
export function HeldFields({ modality, minutes }: { modality?: ContactModality; minutes?: number | null }) {
  const { t } = useI18n();
  const d = t.contacts.dialogs;
  return (
    <>
      <RadioGroupField
        name="modality"
        label={d.modality}
        options={CONTACT_MODALITIES.map((m) => ({ id: m, label: t.contacts.modalities[m] }))}
        defaultValue={modality ?? null}
        isRequired
      />
      <NumberField name="durationMinutes" label={d.durationMinutes} description={d.durationHelp} defaultValue={minutes ?? undefined} minValue={1} maxValue={600} />
      <TextAreaField name="summary" label={d.summary} description={d.summaryHelp} rows={5} maxLength={8000} />
    </>
  );
}

/** The fields above as the API names them. */
export const heldOf = (data: FormData) => ({
  modality: text(data, 'modality') as ContactModality,
  durationMinutes: optionalNumber(data, 'durationMinutes'),
  summary: optionalText(data, 'summary'),
});
