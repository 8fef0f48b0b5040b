import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AID_PAYEES, type AidPayee, type AidType } from '../../../shared/aids.js';
import { aidsApi, centsOf, type AidDetailData, type PersonAidsData } from '../../api/aids.js';
import { aidPath } from '../../app/navigation.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { TextField } from '../../components/fields/TextField.js';
import { checked, optionalNumber, optionalText, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

interface RequestDialogProps {
  personId: string;
  person: PersonAidsData;
  /** The request being edited (a draft or a returned one); a new draft otherwise. */
  request?: AidDetailData;
  onClose: () => void;
  onDone: () => void;
}

/**
 * The aid request form: the type among those the département offers, what is still possible for
 * the person shown before anything is sent, the contract objective it serves, the person's consent.
 * A new draft opens its page, where the documents are attached and the request submitted.
 */
export function RequestDialog({ personId, person, request, onClose, onDone }: RequestDialogProps) {
  const { t, formatMoney } = useI18n();
  const a = t.aids;
  const f = a.form;
  const notify = useNotify();
  const navigate = useNavigate();
  const [aidType, setAidType] = useState<AidType | null>(request?.aidType ?? person.options[0]?.aidType ?? null);
  const option = person.options.find((o) => o.aidType === aidType);
  const [payee, setPayee] = useState<AidPayee>(request?.payee ?? option?.payee ?? 'person');
  const euros = (cents: number) => formatMoney(cents / 100);

  async function submit(data: FormData) {
    const input = {
      aidType: aidType as AidType, requestedCents: centsOf(optionalNumber(data, 'amount')), objectiveId: optionalText(data, 'objectiveId'),
      purpose: text(data, 'purpose'), justification: text(data, 'justification'), payee,
      supplierName: payee === 'supplier' ? optionalText(data, 'supplierName') : null, consent: checked(data, 'consent'),
    };
    if (request) {
      await aidsApi.update(request.id, { ...input, version: request.version });
      notify(a.form.saved);
      onDone();
      return;
    }
    const { id } = await aidsApi.create(personId, input);
    onDone();
    // Confirmed by the request's page once shown: a toast does not outlive the page it was raised on.
    void navigate(aidPath(id), { state: { created: true } });
  }

  const required = option?.requiredDocuments.map((d) => a.documents[d].toLocaleLowerCase()).join(', ');
  return (
    <FormDialog title={request ? f.editTitle : f.createTitle} submitLabel={f.save} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <SelectField
        name="aidType"
        label={f.type}
        options={person.options.map((o) => ({ id: o.aidType, label: a.types[o.aidType] }))}
        selectedKey={aidType}
        onSelectionChange={(key) => {
          const next = person.options.find((o) => o.aidType === key);
          setAidType((key as AidType) ?? null);
          if (next) setPayee(next.payee);
        }}
        isRequired
      />
      <NumberField
        name="amount"
        label={f.amount}
        description={f.amountHelp(option?.remainingCents === null || !option ? null : euros(option.remainingCents))}
        defaultValue={request ? request.requestedCents / 100 : undefined}
        minValue={0.01}
        formatOptions={{ minimumFractionDigits: 0, maximumFractionDigits: 2 }}
        isRequired
      />
      {person.objectives.length > 0 ? (
        <SelectField
          name="objectiveId"
          label={f.objective}
          description={f.objectiveHelp}
          options={person.objectives.map((o) => ({ id: o.id, label: o.wording }))}
          defaultSelectedKey={request?.objective?.id}
          isRequired
        />
      ) : null}
      <TextField name="purpose" label={f.purpose} defaultValue={request?.purpose} isRequired minLength={3} maxLength={500} />
      <TextAreaField name="justification" label={f.justification} description={f.justificationHelp} defaultValue={request?.justification} isRequired minLength={10} maxLength={4000} />
      <RadioGroupField
        name="payee"
        label={f.payee}
        options={AID_PAYEES.map((p) => ({ id: p, label: a.payees[p] }))}
        value={payee}
        onChange={(value) => setPayee(value as AidPayee)}
        isRequired
      />
      {payee === 'supplier' ? <TextField name="supplierName" label={f.supplier} defaultValue={request?.supplierName ?? undefined} isRequired maxLength={200} /> : null}
      <Checkbox name="consent" defaultSelected={request ? request.consentOn !== null : false}>
        {f.consent}
      </Checkbox>
      {required ? <p className="field__help">{f.required(required)}</p> : null}
    </FormDialog>
  );
}
