import { useId } from 'react';
import { ApiError } from '../../api/client.js';
import { contractQueuesApi, type BulkValidationResult, type ContractSummaryData } from '../../api/contract-queues.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { optionalText } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useI18n } from '../../i18n/index.js';

interface ValidationDialogProps {
  contracts: ContractSummaryData[];
  onClose: () => void;
  onValidated: (result: BulkValidationResult) => void;
  /** One of them is no longer waiting (someone decided meanwhile): nothing was validated. */
  onConflict: (error: ApiError) => void;
}

/**
 * The officer's decision on a selection: what will be validated, an optional comment, confirm.
 * The server validates all or none; each contract still gets its own recorded decision.
 */
export function ValidationDialog({ contracts, onClose, onValidated, onConflict }: ValidationDialogProps) {
  const { t } = useI18n();
  const { kinds, natures } = t.contracts;
  const v = t.contractQueues.validation;
  const listId = useId();

  async function submit(data: FormData) {
    try {
      onValidated(await contractQueuesApi.validate(contracts.map((x) => x.id), optionalText(data, 'comment')));
    } catch (error) {
      // The selection is stale: the page shows the server's message and fetches the queue again,
      // so the dialog closes rather than offer the same refused selection.
      if (error instanceof ApiError && error.code === 'CONFLICT') onConflict(error);
      else throw error;
    }
  }

  return (
    <FormDialog
      title={v.dialogTitle(contracts.length)}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      submitLabel={v.confirm(contracts.length)}
    >
      <p>{v.dialogBody(contracts.length)}</p>
      <p id={listId} className="field__label">
        {v.selectionLabel}
      </p>
      <ul aria-labelledby={listId} className="contract-validation__selection">
        {contracts.map((x) => (
          <li key={x.id}>
            {x.personName} — {t.contractQueues.table.contractLink(kinds[x.kind], x.versionNumber)} ({natures[x.nature].toLowerCase()}, {x.providerName})
          </li>
        ))}
      </ul>
      <TextAreaField name="comment" label={v.comment} description={v.commentHelp} maxLength={4000} />
    </FormDialog>
  );
}
