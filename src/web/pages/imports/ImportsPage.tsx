import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { importsApi, type ImportReportData } from '../../api/people.js';
import type { UploadProgress } from '../../api/upload.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { ErrorAlert } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ImportHistory } from './ImportHistory.js';
import { ImportReportView } from './ImportReportView.js';
import { MappingStep } from './MappingStep.js';
import { UploadPanel } from './UploadPanel.js';

/**
 * Upload → (mapping) → dry run → apply. Nothing is written before "Appliquer l'import": the dry
 * run is the server's plan, line by line, and applying replays it in one transaction. Both the
 * upload and the apply show a real progress bar.
 */
export function ImportsPage() {
  const { t } = useI18n();
  const r = t.imports.report;
  const history = useResource('imports', importsApi.list);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  /** Null when not applying; else how far the server got (0 to 1). */
  const [applying, setApplying] = useState<number | null>(null);
  const [round, setRound] = useState(0);

  async function run(work: () => Promise<ImportReportData>) {
    setError(null);
    try {
      setReport(await work());
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err);
    } finally {
      history.reload();
    }
  }

  const analyse = (mapping: Record<string, string> | null) => {
    if (!file) return;
    setProgress({ loaded: 0, total: file.size });
    void run(() => importsApi.upload(file, mapping, setProgress)).finally(() => setProgress(null));
  };

  const apply = (id: string) => {
    setApplying(0);
    void run(() => importsApi.apply(id, setApplying)).finally(() => setApplying(null));
  };

  const startOver = () => {
    setFile(null);
    setReport(null);
    setError(null);
    setRound((n) => n + 1);
  };

  const needsMapping = report && report.status !== 'applied' && (report.status === 'needs_mapping' || report.unknownColumns.length > 0);
  const status = progress
    ? t.imports.upload.progress
    : applying !== null
      ? r.applying
      : report?.status === 'applied'
        ? r.applied(report.counts.create, report.counts.update)
        : report?.status === 'needs_mapping'
          ? t.imports.mapping.needed
          : report
            ? r.title(report.fileName)
            : '';

  return (
    <>
      <PageHeader title={t.imports.title} intro={t.imports.intro} />
      {/* One polite region tells screen readers where the import stands; the panels show the rest. */}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {report?.status === 'applied' ? (
        <p>
          <Button variant="primary" onPress={startOver}>
            {t.imports.upload.another}
          </Button>
        </p>
      ) : (
        <UploadPanel
          key={round}
          file={file}
          onFile={(next) => {
            setFile(next);
            setReport(null);
            setError(null);
          }}
          onSubmit={() => analyse(null)}
          progress={progress}
        />
      )}
      {error ? <ErrorAlert error={error} /> : null}
      {needsMapping ? <MappingStep key={report.fileName} report={report} pending={progress !== null} onSubmit={analyse} /> : null}
      {/* Indeterminate while the server re-reads the file, then how many people are written. */}
      {applying !== null ? (
        <ProgressBar label={r.applying} value={applying > 0 ? Math.round(applying * 100) : undefined} valueText={applying > 0 ? r.appliedPercent(Math.round(applying * 100)) : undefined} />
      ) : null}
      {report && report.status !== 'needs_mapping' ? (
        <ImportReportView report={report} onApply={applying !== null || !report.id ? undefined : () => setConfirming(true)} />
      ) : null}
      {history.data ? <ImportHistory imports={history.data} /> : null}
      {history.error ? <ErrorAlert error={history.error} onRetry={history.reload} /> : null}
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={r.confirmTitle}
        body={report ? r.confirmBody(report.counts.create, report.counts.update) : ''}
        confirmLabel={r.confirm}
        onConfirm={async () => {
          // The dialog closes at once; the page shows the progress while the server works.
          if (report?.id) apply(report.id);
        }}
      />
    </>
  );
}
