import { useState } from 'react';
import { AID_DOCUMENT_KINDS, AID_PAYEES, type AidDocumentKind, type AidPayee, type AidType, type EnvelopeScope } from '../../../shared/aids.js';
import { aidsApi, centsOf, type CatalogueEntryData, type EnvelopeData } from '../../api/aids.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { CheckboxGroupField } from '../../components/fields/CheckboxGroupField.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { checked, optionalNumber } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

const thisYear = () => new Date().getFullYear();
const ceiling = (data: FormData, name: string) => {
  const euros = optionalNumber(data, name);
  return euros === null ? null : centsOf(euros);
};

/** One aid type of the year's catalogue: ceilings (empty = none), documents, contract, payee. */
export function CatalogueDialog({ aidType, entry, onClose, onDone }: { aidType: AidType; entry: CatalogueEntryData | null; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const a = t.aids;
  const c = a.catalogue;
  const notify = useNotify();
  const [documents, setDocuments] = useState<string[]>(entry?.requiredDocuments ?? []);
  const [payee, setPayee] = useState<AidPayee>(entry?.payee ?? 'person');
  const euros = (cents: number | null | undefined) => (cents == null ? undefined : cents / 100);

  async function submit(data: FormData) {
    await aidsApi.saveCatalogue({
      year: entry?.year ?? thisYear(), aidType, perRequestCents: ceiling(data, 'perRequest'), perPersonYearCents: ceiling(data, 'perYear'),
      lifetimeCents: ceiling(data, 'lifetime'), requiredDocuments: documents as AidDocumentKind[], contractRequired: checked(data, 'contractRequired'),
      payee, active: checked(data, 'active'),
    });
    notify(c.saved);
    onDone();
  }

  return (
    <FormDialog title={c.edit(a.types[aidType])} submitLabel={c.save} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <NumberField name="perRequest" label={c.perRequest} description={c.ceilingHelp} defaultValue={euros(entry?.perRequestCents)} minValue={0} />
      <NumberField name="perYear" label={c.perYear} description={c.ceilingHelp} defaultValue={euros(entry?.perPersonYearCents)} minValue={0} />
      <NumberField name="lifetime" label={c.lifetime} description={c.ceilingHelp} defaultValue={euros(entry?.lifetimeCents)} minValue={0} />
      <CheckboxGroupField label={c.documents} options={AID_DOCUMENT_KINDS.map((k) => ({ id: k, label: a.documents[k] }))} value={documents} onChange={setDocuments} />
      <RadioGroupField name="payee" label={c.payee} options={AID_PAYEES.map((p) => ({ id: p, label: a.payees[p] }))} value={payee} onChange={(v) => setPayee(v as AidPayee)} isRequired />
      <Checkbox name="contractRequired" defaultSelected={entry?.contractRequired ?? true}>{c.contract}</Checkbox>
      <Checkbox name="active" defaultSelected={entry?.active ?? true}>{c.active}</Checkbox>
    </FormDialog>
  );
}

/** A yearly envelope's amount; the server refuses to go under what is already granted. */
export function EnvelopeDialog({ scope, envelope, onClose, onDone }: { scope: EnvelopeScope; envelope: EnvelopeData | null; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const a = t.aids;
  const notify = useNotify();
  async function submit(data: FormData) {
    await aidsApi.saveEnvelope({ year: envelope?.year ?? thisYear(), scope, amountCents: centsOf(optionalNumber(data, 'amount')) });
    notify(a.catalogue.saved);
    onDone();
  }
  return (
    <FormDialog title={a.catalogue.editEnvelope(a.types[scope])} submitLabel={a.catalogue.save} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      <NumberField name="amount" label={a.budget.amount} defaultValue={envelope ? envelope.amountCents / 100 : undefined} minValue={0} isRequired />
    </FormDialog>
  );
}
