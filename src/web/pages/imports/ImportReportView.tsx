import { useId } from 'react';
import type { ImportReportData } from '../../api/people.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ImportLinesTable } from './ImportLinesTable.js';

interface ImportReportViewProps {
  report: ImportReportData;
  /** Absent once applied, or while applying. */
  onApply?: () => void;
}

/** The dry run (or the final report): the counts, the warnings, then each line's fate. */
export function ImportReportView({ report, onApply }: ImportReportViewProps) {
  const { t, formatNumber } = useI18n();
  const r = t.imports.report;
  const titleId = useId();
  const applied = report.status === 'applied';
  const c = report.counts;
  const counts: [string, number][] = [
    [r.total, c.total],
    [applied ? r.createdDone : r.create, c.create],
    [applied ? r.updatedDone : r.update, c.update],
    [r.unchanged, c.unchanged],
    [r.rejected, c.rejected],
    [r.skipped, c.skipped],
  ];
  const somethingToApply = c.create + c.update > 0;

  return (
    <section className="panel import-step" aria-labelledby={titleId}>
      <h2 id={titleId}>{applied ? r.appliedTitle(report.fileName) : r.title(report.fileName)}</h2>
      <Notice tone={applied ? 'success' : 'info'}>
        <p>{applied ? r.appliedNote : r.dryRunNote}</p>
      </Notice>
      <h3>{r.counts}</h3>
      <dl className="counts">
        {counts.map(([label, value]) => (
          <div key={label} className="counts__item">
            <dt>{label}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {report.warnings.length ? (
        <>
          <h3>{r.warnings}</h3>
          <ul>
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
      {!applied && onApply ? (
        <div className="form__actions import-step__apply">
          {somethingToApply ? (
            <Button variant="primary" onPress={onApply}>
              {r.apply}
            </Button>
          ) : (
            <Notice tone="info">
              <p>{r.nothingToApply}</p>
            </Notice>
          )}
        </div>
      ) : null}
      <h3>{r.lines}</h3>
      <ImportLinesTable key={report.id ?? report.fileName} lines={report.lines} />
    </section>
  );
}
