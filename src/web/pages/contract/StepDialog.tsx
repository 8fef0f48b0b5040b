import { SIGNATURE_MODES, type ContractStatus, type SignatureMode } from '../../../shared/cer.js';
import { contractsApi, type ContractViewData } from '../../api/contracts.js';
import { DateField } from '../../components/fields/DateField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { optionalText, text, todayIso } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';

/** The lifecycle steps that take a few fields: signatures, the département's decision, closing, ending. */
export type ContractStep = 'sign' | 'validate' | 'return' | 'close' | 'end';

interface StepDialogProps {
  contract: ContractViewData;
  step: ContractStep;
  onClose: () => void;
  onDone: () => void;
}

/**
 * One step of the contract's lifecycle in a dialog. The server checks everything again: a
 * contract not ready to sign comes back with what is missing (consent, commitments, the CE's
 * hours), listed at the top of the dialog.
 */
export function StepDialog({ contract, step, onClose, onDone }: StepDialogProps) {
  const { t } = useI18n();
  const d = t.contracts.dialogs;
  const done = t.contracts.actions.done;
  const notify = useNotify();
  const id = contract.id;

  const steps: Record<ContractStep, { title: string; submit: string; run: (data: FormData) => Promise<string> }> = {
    sign: {
      title: d.sign.title,
      submit: d.sign.title,
      run: async (data) => {
        const mode = text(data, 'mode') as SignatureMode;
        await contractsApi.sign(id, { personSignedOn: text(data, 'personSignedOn'), referentSignedOn: text(data, 'referentSignedOn'), mode });
        return done.signed;
      },
    },
    validate: {
      title: d.validate.title,
      submit: t.contracts.actions.validate,
      run: async (data) => {
        const { status } = await contractsApi.validate(id, optionalText(data, 'comment'));
        return done.validated(t.contracts.statuses[status as ContractStatus] ?? status);
      },
    },
    return: {
      title: d.return.title,
      submit: d.return.submit,
      run: async (data) => {
        await contractsApi.sendBack(id, text(data, 'comment'));
        return done.returned;
      },
    },
    close: {
      title: d.close.title,
      submit: d.close.submit,
      run: async (data) => {
        await contractsApi.close(id, { reason: text(data, 'reason') });
        return done.closed;
      },
    },
    end: {
      title: d.end.title,
      submit: d.end.submit,
      run: async (data) => {
        await contractsApi.end(id, text(data, 'on'));
        return done.ended;
      },
    },
  };
  const current = steps[step];

  async function submit(data: FormData) {
    notify(await current.run(data));
    onDone();
  }

  return (
    <FormDialog title={current.title} submitLabel={current.submit} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      {step === 'sign' ? (
        <>
          <DateField name="personSignedOn" label={d.sign.personSignedOn} description={d.sign.dateHelp} defaultValue={todayIso()} isRequired />
          <DateField name="referentSignedOn" label={d.sign.referentSignedOn} description={d.sign.dateHelp} defaultValue={todayIso()} isRequired />
          <RadioGroupField
            name="mode"
            label={d.sign.mode}
            description={d.sign.modeHelp}
            options={SIGNATURE_MODES.map((mode) => ({ id: mode, label: t.contracts.signatureModes[mode] }))}
            defaultValue={contract.hasScan ? 'paper_scan' : 'in_person'}
            isRequired
          />
        </>
      ) : null}
      {step === 'validate' ? (
        <>
          <p>{d.validate.help}</p>
          <TextAreaField name="comment" label={d.validate.comment} maxLength={4000} />
        </>
      ) : null}
      {step === 'return' ? <TextAreaField name="comment" label={d.return.comment} description={d.return.help} isRequired minLength={5} maxLength={4000} /> : null}
      {step === 'close' ? (
        <>
          <Notice tone="warning">
            <p>{d.close.warning}</p>
          </Notice>
          <TextAreaField name="reason" label={d.close.reason} isRequired minLength={3} maxLength={1000} />
        </>
      ) : null}
      {step === 'end' ? <DateField name="on" label={d.end.on} description={d.end.help} defaultValue={todayIso()} isRequired /> : null}
    </FormDialog>
  );
}
