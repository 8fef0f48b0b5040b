import { useId, useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { UploadProgress } from '../../api/upload.js';
import { workshopsApi } from '../../api/workshops.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { useI18n } from '../../i18n/index.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

interface ScanDialogProps {
  sessionId: string;
  onClose: () => void;
  onDone: () => void;
}

/** The signed attendance sheet, scanned, sent with a progress bar (the contract scan's dialog, for a session). */
export function ScanDialog({ sessionId, onClose, onDone }: ScanDialogProps) {
  const { t } = useI18n();
  const s = t.workshops.dialogs.scan;
  const notify = useNotify();
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);

  async function submit(data: FormData) {
    const file = data.get('file');
    const refuse = (message: string) => {
      setProblem(message);
      throw new ApiError(400, 'VALIDATION_FAILED', message, [{ path: 'file', message }]);
    };
    if (!(file instanceof File) || file.size === 0) refuse(s.noFile);
    if ((file as File).size > MAX_BYTES) refuse(s.tooBig);
    setProblem(null);
    try {
      await workshopsApi.attachSheetScan(sessionId, file as File, setProgress);
    } finally {
      setProgress(null);
    }
    notify(t.workshops.done.scan);
    onDone();
  }

  const percent = progress?.total ? Math.round((progress.loaded / progress.total) * 100) : undefined;
  return (
    <FormDialog title={s.title} submitLabel={s.submit} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      <div className="field">
        <label htmlFor={inputId} className="field__label">
          {s.file} <span className="field__required">({t.common.required})</span>
        </label>
        <p id={helpId} className="field__help">
          {s.help}
        </p>
        <input
          id={inputId}
          type="file"
          name="file"
          accept={ACCEPT}
          className="field__file"
          aria-describedby={problem ? `${helpId} ${errorId}` : helpId}
          aria-invalid={problem ? true : undefined}
          onChange={() => setProblem(null)}
        />
        {problem ? (
          <p id={errorId} className="field__error">
            {problem}
          </p>
        ) : null}
      </div>
      {progress ? <ProgressBar label={s.progress} value={percent} valueText={percent === undefined ? undefined : s.sent(percent)} /> : null}
    </FormDialog>
  );
}
