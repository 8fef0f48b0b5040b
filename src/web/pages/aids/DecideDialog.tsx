import { aidsApi, centsOf, type AidDetailData } from '../../api/aids.js';
import { DateField } from '../../components/fields/DateField.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { optionalNumber, text, todayIso } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

export type DialogEvent = 'grant' | 'refuse' | 'return' | 'pay' | 'cancel' | 'withdraw';

interface DecideDialogProps {
  aid: AidDetailData;
  event: DialogEvent;
  onClose: () => void;
  onDone: () => void;
}

/**
 * A step that needs words or figures: a grant (the full or a partial amount, with a reason), a
 * refusal, a return for more information, a cancellation, a payment (amount and date), or the
 * PIP withdrawing its request. The budget is checked by the server in the same step.
 */
export function DecideDialog({ aid, event, onClose, onDone }: DecideDialogProps) {
  const { t, formatMoney } = useI18n();
  const a = t.aids;
  const d = a.decide;
  const notify = useNotify();
  const withAmount = event === 'grant' || event === 'pay';
  const defaultAmount = (event === 'pay' ? aid.grantedCents : aid.requestedCents) ?? aid.requestedCents;

  async function submit(data: FormData) {
    if (event === 'withdraw') {
      await aidsApi.withdraw(aid.id, text(data, 'reason'));
    } else {
      await aidsApi.decide(aid.id, {
        event,
        ...(withAmount ? { amountCents: centsOf(optionalNumber(data, 'amount')) } : {}),
        ...(event === 'pay' ? { paidOn: text(data, 'paidOn') } : { reason: text(data, 'reason') }),
      });
    }
    notify(a.actions.done);
    onDone();
  }

  return (
    <FormDialog title={a.actions[event]} submitLabel={d.confirm} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      {withAmount ? (
        <NumberField
          name="amount"
          label={d.amount}
          description={event === 'grant' ? d.grantHelp(formatMoney(aid.requestedCents / 100)) : undefined}
          defaultValue={defaultAmount / 100}
          minValue={0.01}
          formatOptions={{ minimumFractionDigits: 0, maximumFractionDigits: 2 }}
          isRequired
        />
      ) : null}
      {event === 'pay' ? <DateField name="paidOn" label={d.paidOn} defaultValue={todayIso()} isRequired /> : (
        <TextAreaField name="reason" label={event === 'withdraw' ? d.withdrawReason : d.reason} isRequired minLength={event === 'withdraw' ? 3 : 1} maxLength={2000} />
      )}
    </FormDialog>
  );
}
