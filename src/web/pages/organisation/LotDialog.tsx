import type { Lot, LotInput, Provider, Tender, Territory } from '../../../shared/contracts/organisations.js';
import { tendersApi } from '../../api/endpoints.js';
import { DateField } from '../../components/fields/DateField.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { number, optionalNumber, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

const NO_PROVIDER = 'none';

interface LotDialogProps {
  tender: Tender;
  /** null to add a lot to the tender. */
  lot: Lot | null;
  territories: Territory[];
  providers: Provider[];
  onClose: () => void;
  onSaved: () => void;
}

export function LotDialog({ tender, lot, territories, providers, onClose, onSaved }: LotDialogProps) {
  const { t } = useI18n();
  const o = t.organisation.lots;
  const notify = useNotify();
  const nextNumber = Math.max(0, ...tender.lots.map((l) => l.number)) + 1;

  async function submit(data: FormData) {
    const provider = text(data, 'providerId');
    const input: LotInput = {
      number: number(data, 'number'),
      label: text(data, 'label'),
      territoryId: text(data, 'territoryId'),
      providerId: provider && provider !== NO_PROVIDER ? provider : null,
      capacity: number(data, 'capacity'),
      startsOn: text(data, 'startsOn'),
      endsOn: text(data, 'endsOn'),
      pricePerBeneficiaryMonth: optionalNumber(data, 'pricePerBeneficiaryMonth'),
      fixedPrice: optionalNumber(data, 'fixedPrice'),
    };
    if (lot) {
      await tendersApi.updateLot(lot.id, input);
      notify(o.updated(input.number));
    } else {
      await tendersApi.addLot(tender.id, input);
      notify(o.created(input.number));
    }
    onSaved();
  }

  const money = { maximumFractionDigits: 2 } as const;
  return (
    <FormDialog
      title={lot ? o.editTitle(lot.number) : o.createTitle(tender.reference)}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      submitLabel={lot ? t.common.save : t.common.create}
      codeToField={{ CONFLICT: 'number' }}
      size="lg"
    >
      <div className="form__row">
        <NumberField name="number" label={o.numberField} defaultValue={lot?.number ?? nextNumber} minValue={1} maxValue={999} isRequired />
        <NumberField name="capacity" label={o.capacityField} defaultValue={lot?.capacity} minValue={0} maxValue={1_000_000} isRequired />
      </div>
      <TextField name="label" label={o.label} defaultValue={lot?.label} isRequired maxLength={160} />
      <SelectField
        name="territoryId"
        label={o.territory}
        options={territories.map((x) => ({ id: x.id, label: x.name }))}
        defaultValue={lot?.territoryId ?? null}
        description={territories.length === 0 ? o.noTerritory : undefined}
        isRequired
      />
      <SelectField
        name="providerId"
        label={o.provider}
        options={[{ id: NO_PROVIDER, label: o.noProvider }, ...providers.map((p) => ({ id: p.id, label: p.name }))]}
        defaultValue={lot?.providerId ?? NO_PROVIDER}
      />
      <div className="form__row">
        <DateField name="startsOn" label={t.organisation.tenders.startsOn} defaultValue={lot?.startsOn ?? tender.startsOn} isRequired />
        <DateField name="endsOn" label={t.organisation.tenders.endsOn} defaultValue={lot?.endsOn ?? tender.endsOn} isRequired />
      </div>
      <div className="form__row">
        <NumberField
          name="pricePerBeneficiaryMonth"
          label={o.pricePerMonth}
          description={o.priceHelp}
          defaultValue={lot?.pricePerBeneficiaryMonth ?? undefined}
          minValue={0}
          formatOptions={money}
        />
        <NumberField
          name="fixedPrice"
          label={o.fixedPrice}
          description={o.priceHelp}
          defaultValue={lot?.fixedPrice ?? undefined}
          minValue={0}
          formatOptions={money}
        />
      </div>
    </FormDialog>
  );
}
