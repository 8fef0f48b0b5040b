import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.js';
import { contractsApi, type ContractViewData } from '../../api/contracts.js';
import { contractEditPath, contractPath } from '../../app/navigation.js';
import { Button } from '../../components/Button.js';
import { useNotify } from '../../components/Notifier.js';
import { ErrorAlert } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { EvaluateDialog } from './EvaluateDialog.js';
import { FollowUpDialog } from './FollowUpDialog.js';
import { DocumentUploadDialog } from '../../components/DocumentUploadDialog.js';
import { StepDialog, type ContractStep } from './StepDialog.js';

type Dialog = ContractStep | 'attachScan' | 'followUp' | 'evaluate';
type Direct = 'submit' | 'renew' | 'amend';

/** The order buttons show in; the server's `allowed` decides which. The first one shown is the primary. */
const ORDER = ['sign', 'attachScan', 'submit', 'validate', 'return', 'followUp', 'evaluate', 'end', 'renew', 'amend', 'close'] as const;
const DIALOGS: readonly string[] = ['sign', 'validate', 'return', 'close', 'end', 'attachScan', 'followUp', 'evaluate'];

interface ContractActionsProps {
  contract: ContractViewData;
  onChanged: () => void;
  /** On the person's file, a link to the contract's own page comes first. */
  withOpenLink?: boolean;
}

/**
 * What the reader may do with this contract now — exactly the actions the server listed in
 * `allowed` — plus printing it for everyone who reads it. Renewing or amending creates a new
 * version and opens its editor.
 */
export function ContractActions({ contract, onChanged, withOpenLink = false }: ContractActionsProps) {
  const { t } = useI18n();
  const a = t.contracts.actions;
  const notify = useNotify();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState<Direct | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const allowed = ORDER.filter((action) => contract.allowed.includes(action));
  const editable = contract.allowed.includes('edit');

  async function direct(action: Direct) {
    setBusy(action);
    setError(null);
    try {
      if (action === 'submit') {
        await contractsApi.submit(contract.id);
        notify(a.done.submitted);
        onChanged();
      } else {
        const created = action === 'renew' ? await contractsApi.renew(contract.id) : await contractsApi.amend(contract.id);
        const notice = action === 'renew' ? a.done.renewed(contract.versionNumber + 1) : a.done.amended(contract.versionNumber + 1);
        navigate(contractEditPath(created.id), { state: { notice } });
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  const done = () => {
    setOpen(null);
    onChanged();
  };
  const primary = editable ? null : allowed[0];

  return (
    <div className="contract-actions-bar">
      <div className="person-actions__buttons" role="group" aria-label={a.title}>
        {withOpenLink ? (
          <Link to={contractPath(contract.id)} className="button button--primary">
            {t.contracts.tab.open}
          </Link>
        ) : null}
        {editable ? (
          <Link to={contractEditPath(contract.id)} className={`button ${withOpenLink ? 'button--secondary' : 'button--primary'}`}>
            {a.edit}
          </Link>
        ) : null}
        {allowed.map((action) => (
          <Button
            key={action}
            variant={action === 'close' ? 'danger' : action === primary && !withOpenLink ? 'primary' : 'secondary'}
            isPending={busy === action}
            onPress={() => (DIALOGS.includes(action) ? setOpen(action as Dialog) : void direct(action as Direct))}
          >
            {a[action]}
          </Button>
        ))}
        <a href={contractsApi.pdfUrl(contract.id)} target="_blank" rel="noopener noreferrer" className="button button--secondary">
          {a.print} <span className="visually-hidden">{a.newWindow}</span>
        </a>
        {contract.hasScan ? (
          <a href={contractsApi.scanUrl(contract.id)} download className="button button--secondary">
            {a.downloadScan}
          </a>
        ) : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {open === 'attachScan' ? (
        <DocumentUploadDialog
          texts={t.contracts.dialogs.scan}
          upload={(file, onProgress) => contractsApi.attachScan(contract.id, file, onProgress)}
          doneMessage={t.contracts.actions.done.scanAttached}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      ) : null}
      {open === 'followUp' ? <FollowUpDialog contract={contract} onClose={() => setOpen(null)} onDone={done} /> : null}
      {open === 'evaluate' ? <EvaluateDialog contract={contract} onClose={() => setOpen(null)} onDone={done} /> : null}
      {open && !['attachScan', 'followUp', 'evaluate'].includes(open) ? (
        <StepDialog contract={contract} step={open as ContractStep} onClose={() => setOpen(null)} onDone={done} />
      ) : null}
    </div>
  );
}
