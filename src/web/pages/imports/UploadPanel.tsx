import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { UploadProgress } from '../../api/upload.js';
import { Button } from '../../components/Button.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { useI18n } from '../../i18n/index.js';

interface UploadPanelProps {
  file: File | null;
  onFile: (file: File | null) => void;
  onSubmit: () => void;
  /** Null when nothing is being sent. */
  progress: UploadProgress | null;
}

const ACCEPT = '.csv,.txt,.xlsx,.xml,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/xml,application/xml';

/**
 * A native file input with its visible label (keyboard and screen readers know it); dropping a
 * file on the frame is a shortcut for mouse users that fills the same input.
 */
export function UploadPanel({ file, onFile, onSubmit, progress }: UploadPanelProps) {
  const { t, formatNumber } = useI18n();
  const u = t.imports.upload;
  const inputId = useId();
  const helpId = useId();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [missing, setMissing] = useState(false);
  const sending = progress !== null;

  function drop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer.files;
    if (!files.length || sending) return;
    if (input.current) input.current.files = files;
    setMissing(false);
    onFile(files[0] ?? null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    onSubmit();
  }

  const size = (bytes: number) =>
    bytes < 1024 * 1024 ? u.kilobytes(formatNumber(Math.ceil(bytes / 1024))) : u.megabytes(formatNumber(Math.round(bytes / 104857.6) / 10));
  const percent = progress?.total ? Math.round((progress.loaded / progress.total) * 100) : null;
  const sent = percent !== null && percent >= 100;

  return (
    <section className="panel import-step" aria-labelledby={titleId}>
      <h2 id={titleId}>{u.title}</h2>
      <form
        onSubmit={submit}
        className={`upload${dragging ? ' upload--dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        noValidate
      >
        <div className="field">
          <label htmlFor={inputId} className="field__label">
            {u.file}
          </label>
          <p id={helpId} className="field__help">
            {u.fileHelp}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            name="file"
            accept={ACCEPT}
            className="field__file"
            aria-describedby={helpId}
            aria-invalid={missing || undefined}
            disabled={sending}
            onChange={(event) => {
              setMissing(false);
              onFile(event.currentTarget.files?.[0] ?? null);
            }}
          />
          {missing ? (
            <p className="field__error" role="alert">
              {u.noFile}
            </p>
          ) : null}
          {file ? <p className="field__help">{u.chosen(file.name, size(file.size))}</p> : null}
        </div>
        {progress ? (
          <ProgressBar label={sent ? u.analysing : u.progress} value={sent || percent === null ? undefined : percent} valueText={percent === null ? undefined : u.sent(percent)} />
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={sending}>
            {u.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}
