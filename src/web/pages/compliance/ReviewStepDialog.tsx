import { useState } from 'react';
import { frenchToday } from '../../../shared/calendar.js';
import { OBSERVATION_MODES, type ObservationMode } from '../../../shared/compliance.js';
import type { ReviewStepInput } from '../../../shared/contracts/compliance.js';
import type { SanctionScale } from '../../../shared/settings.js';
import { complianceApi } from '../../api/compliance.js';
import { settingsApi } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { DateField } from '../../components/fields/DateField.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { TextField } from '../../components/fields/TextField.js';
import { checked, number, optionalText, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useI18n } from '../../i18n/index.js';

type Event = ReviewStepInput['event'];
const REASONED: Event[] = ['close', 'decide_no_action', 'refer_to_ep', 'decide_suspension', 'decide_suppression'];
const SANCTIONS: Event[] = ['decide_suspension', 'decide_suppression'];

/**
 * One step of the département's review, dated: the fields follow the step (observations, a
 * sanction chosen within a row of the département's table, reasons). The server checks the
 * choice against the row; nothing is computed here.
 */
export function ReviewStepDialog({ reportId, event, onClose, onDone }: { reportId: string; event: Event; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const r = t.compliance.review;
  const sanction = SANCTIONS.includes(event);
  const settings = useResource(sanction ? 'settings' : null, () => settingsApi.get());
  const scales = ((settings.data?.values.sanctionScales ?? []) as SanctionScale[]).filter((s) => (event === 'decide_suppression') === (s.measure === 'suppression'));
  const [scaleCode, setScaleCode] = useState<string | null>(null);
  const [mode, setMode] = useState<ObservationMode>('written');
  const [assisted, setAssisted] = useState(false);

  async function submit(data: FormData) {
    const on = text(data, 'on');
    const note = optionalText(data, 'note') ?? undefined;
    const common = { scaleCode: scaleCode ?? '', sharePercent: number(data, 'sharePercent'), largerHousehold: checked(data, 'largerHousehold'), startsOn: text(data, 'startsOn'), note: note ?? '' };
    const step: ReviewStepInput =
      event === 'record_observations' ? { event, on, mode, assisted, assistedBy: optionalText(data, 'assistedBy') ?? undefined, note }
        : event === 'decide_suspension' ? { event, on, ...common, months: number(data, 'months') }
          : event === 'decide_suppression' ? { event, on, ...common }
            : ({ event, on, note } as ReviewStepInput);
    await complianceApi.step(reportId, step);
    onDone();
  }

  return (
    <FormDialog title={t.compliance.events[event] ?? event} submitLabel={r.submit} size="lg" isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      <DateField name="on" label={r.on} defaultValue={frenchToday()} isRequired />
      {event === 'record_observations' ? (
        <>
          <RadioGroupField name="mode" label={r.mode} options={OBSERVATION_MODES.map((m) => ({ id: m, label: t.compliance.modes[m] }))} value={mode} onChange={(v) => setMode(v as ObservationMode)} isRequired />
          <Checkbox name="assisted" isSelected={assisted} onChange={setAssisted}>{r.assisted}</Checkbox>
          {assisted ? <TextField name="assistedBy" label={r.assistedBy} maxLength={200} /> : null}
        </>
      ) : null}
      {sanction ? (
        <>
          <SelectField name="scaleCode" label={r.scale} description={r.scaleHelp} options={scales.map((s) => ({ id: s.code, label: s.label }))} selectedKey={scaleCode} onSelectionChange={(k) => setScaleCode(String(k))} isRequired />
          <NumberField name="sharePercent" label={r.share} minValue={0} maxValue={100} isRequired />
          {event === 'decide_suspension' ? <NumberField name="months" label={r.months} minValue={1} maxValue={24} isRequired /> : null}
          <Checkbox name="largerHousehold">{r.largerHousehold}</Checkbox>
          <DateField name="startsOn" label={r.startsOn} defaultValue={frenchToday()} isRequired />
        </>
      ) : null}
      <TextAreaField name="note" label={REASONED.includes(event) ? r.justification : r.note} rows={3} isRequired={REASONED.includes(event)} maxLength={4000} />
    </FormDialog>
  );
}
