import { useState } from 'react';
import { AID_DOCUMENT_KINDS, type AidDocumentKind } from '../../../shared/aids.js';
import { aidsApi, type AidDetailData } from '../../api/aids.js';
import type { ApiError } from '../../api/client.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { DocumentUploadDialog } from '../../components/DocumentUploadDialog.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { text } from '../../components/form.js';
import { useNotify } from '../../components/Notifier.js';
import { ErrorAlert } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { DecideDialog, type DialogEvent } from './DecideDialog.js';
import { RequestDialog } from './RequestDialog.js';

type Open = { kind: 'edit' } | { kind: 'attach'; invoiceOnly: boolean } | { kind: 'decide'; event: DialogEvent };

/** Steps taken at once, without a form: the server checks them. */
const DIRECT = ['submit', 'review', 'justify'] as const;
const WITH_FORM: DialogEvent[] = ['grant', 'refuse', 'return', 'pay', 'cancel', 'withdraw'];

/** The buttons of the steps the viewer may take now (the server's `allowed`), and their dialogs. */
export function AidActions({ aid, onChanged }: { aid: AidDetailData; onChanged: () => void }) {
  const { t } = useI18n();
  const a = t.aids;
  const notify = useNotify();
  const [open, setOpen] = useState<Open | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const allowed = new Set(aid.allowed);

  async function direct(step: (typeof DIRECT)[number]) {
    setPending(step);
    setError(null);
    try {
      if (step === 'submit') await aidsApi.submit(aid.id);
      else await aidsApi.decide(aid.id, { event: step });
      notify(step === 'submit' ? a.actions.submitted : a.actions.done);
      onChanged();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="aid__actions">
        {allowed.has('edit') ? <Button onPress={() => setOpen({ kind: 'edit' })}>{a.actions.edit}</Button> : null}
        {allowed.has('attach') || allowed.has('attachInvoice') ? (
          <Button onPress={() => setOpen({ kind: 'attach', invoiceOnly: !allowed.has('attach') })}>
            {allowed.has('attach') ? a.actions.attach : a.actions.attachInvoice}
          </Button>
        ) : null}
        {DIRECT.filter((s) => allowed.has(s)).map((s) => (
          <Button key={s} variant={s === 'submit' ? 'primary' : 'secondary'} isPending={pending === s} onPress={() => void direct(s)}>
            {a.actions[s]}
          </Button>
        ))}
        {WITH_FORM.filter((e) => allowed.has(e)).map((e) => (
          <Button key={e} variant={e === 'grant' ? 'primary' : e === 'refuse' || e === 'cancel' || e === 'withdraw' ? 'danger' : 'secondary'} onPress={() => setOpen({ kind: 'decide', event: e })}>
            {a.actions[e]}
          </Button>
        ))}
        {allowed.has('letter') ? (
          <a className="button button--secondary" href={aidsApi.letterUrl(aid.id)} target="_blank" rel="noreferrer">
            {a.detail.letter}
          </a>
        ) : null}
      </div>
      {open?.kind === 'edit' ? <EditDialog aid={aid} onClose={() => setOpen(null)} onDone={onChanged} /> : null}
      {open?.kind === 'attach' ? (
        <DocumentUploadDialog
          texts={a.upload}
          doneMessage={a.upload.done}
          onClose={() => setOpen(null)}
          onDone={onChanged}
          upload={(file, onProgress, data) => aidsApi.attach(aid.id, (text(data, 'kind') || 'invoice') as AidDocumentKind, file, onProgress)}
        >
          <SelectField
            name="kind"
            label={a.upload.kind}
            options={(open.invoiceOnly ? (['invoice'] as const) : AID_DOCUMENT_KINDS).map((k) => ({ id: k, label: a.documents[k] }))}
            defaultSelectedKey={open.invoiceOnly ? 'invoice' : (aid.requiredDocuments.find((k) => !aid.documents.some((d) => d.kind === k)) ?? 'estimate')}
            isRequired
          />
        </DocumentUploadDialog>
      ) : null}
      {open?.kind === 'decide' ? <DecideDialog aid={aid} event={open.event} onClose={() => setOpen(null)} onDone={onChanged} /> : null}
    </>
  );
}

/** Editing needs what the person may still ask: loaded when the dialog opens. */
function EditDialog({ aid, onClose, onDone }: { aid: AidDetailData; onClose: () => void; onDone: () => void }) {
  const person = useResource(`aids:${aid.beneficiaryId}`, () => aidsApi.forPerson(aid.beneficiaryId));
  if (person.error) return <ErrorAlert error={person.error} onRetry={person.reload} />;
  if (!person.data) return null;
  return <RequestDialog personId={aid.beneficiaryId} person={person.data} request={aid} onClose={onClose} onDone={onDone} />;
}
