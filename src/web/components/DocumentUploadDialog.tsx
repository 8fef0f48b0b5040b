import { useId, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import type { UploadProgress } from '../api/upload.js';
import { useI18n } from '../i18n/index.js';
import { FormDialog } from './FormDialog.js';
import { useNotify } from './Notifier.js';
import { ProgressBar } from './ProgressBar.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export interface DocumentUploadTexts {
  title: string;
  submit: string;
  file: string;
  help: string;
  noFile: string;
  tooBig: string;
  progress: string;
  sent: (percent: number) => string;
}

interface DocumentUploadDialogProps {
  texts: DocumentUploadTexts;
  /** Sends the file; resolves once the server has stored it. The form's other fields come with it. */
  upload: (file: File, onProgress: (progress: UploadProgress) => void, data: FormData) => Promise<unknown>;
  /** Fields shown above the file (what kind of document it is…). */
  children?: ReactNode;
  doneMessage: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * A signed paper document, scanned (a contract, an attendance sheet), sent with a progress bar. A
 * native file input with its visible label: keyboard and screen readers know it. The server
 * checks the file's type from its bytes.
 */
export function DocumentUploadDialog({ texts: s, upload, doneMessage, onClose, onDone, children }: DocumentUploadDialogProps) {
  const { t } = useI18n();
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
      // Named after the input, so the form marks it and takes the person to it.
      throw new ApiError(400, 'VALIDATION_FAILED', message, [{ path: 'file', message }]);
    };
    if (!(file instanceof File) || file.size === 0) refuse(s.noFile);
    if ((file as File).size > MAX_BYTES) refuse(s.tooBig);
    setProblem(null);
    try {
      await upload(file as File, setProgress, data);
    } finally {
      setProgress(null);
    }
    notify(doneMessage);
    onDone();
  }

  const percent = progress?.total ? Math.round((progress.loaded / progress.total) * 100) : undefined;
  return (
    <FormDialog title={s.title} submitLabel={s.submit} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      {children}
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
