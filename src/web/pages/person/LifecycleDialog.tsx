import { beneficiariesApi } from '../../api/people.js';
import { DateField } from '../../components/fields/DateField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { text, todayIso } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';
import type { PathwayStatus } from '../../../shared/beneficiaries.js';
import { ExitReasonPicker } from './ExitReasonPicker.js';

export type LifecycleStep = 'firstContact' | 'suspend' | 'resume' | 'end';

interface LifecycleDialogProps {
  personId: string;
  step: LifecycleStep;
  onClose: () => void;
  onDone: () => void;
}

/** One step of the accompaniment, dated (never in the future: the server checks), with its reason where one is due. */
export function LifecycleDialog({ personId, step, onClose, onDone }: LifecycleDialogProps) {
  const { t } = useI18n();
  const l = t.pathway.lifecycle;
  const notify = useNotify();
  const titles: Record<LifecycleStep, string> = { firstContact: l.firstContactTitle, suspend: l.suspendTitle, resume: l.resumeTitle, end: l.endTitle };

  async function submit(data: FormData) {
    const on = text(data, 'on');
    const result =
      step === 'firstContact'
        ? await beneficiariesApi.firstContact(personId, on)
        : step === 'suspend'
          ? await beneficiariesApi.suspend(personId, on, text(data, 'reason'))
          : step === 'resume'
            ? await beneficiariesApi.resume(personId, on)
            : await beneficiariesApi.end(personId, on, text(data, 'reasonCode'));
    const status = result.status as PathwayStatus;
    notify(l.done(t.statuses[status] ?? result.status));
    onDone();
  }

  return (
    <FormDialog title={titles[step]} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size={step === 'end' ? 'lg' : 'md'}>
      <DateField name="on" label={l.on} description={l.onHelp} defaultValue={todayIso()} isRequired />
      {step === 'suspend' ? <TextAreaField name="reason" label={l.reason} description={l.suspendReasonHelp} isRequired minLength={3} maxLength={2000} /> : null}
      {step === 'end' ? <ExitReasonPicker personId={personId} /> : null}
    </FormDialog>
  );
}
