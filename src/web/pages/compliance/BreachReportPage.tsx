import { useState } from 'react';
import { useParams } from 'react-router';
import type { ReviewStepInput } from '../../../shared/contracts/compliance.js';
import { complianceApi } from '../../api/compliance.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { can } from '../../app/permissions.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DocumentUploadDialog } from '../../components/DocumentUploadDialog.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { stepLabel } from './labels.js';
import { ReportDialog } from './ReportDialog.js';
import { ReviewStepDialog } from './ReviewStepDialog.js';
import { ReportTeamCases } from '../team-sessions/ReportTeamCases.js';

type Open = { kind: 'approve' | 'return' | 'withdraw' | 'resubmit' | 'evidence' } | { kind: 'step'; event: ReviewStepInput['event'] };
const PIP_ACTIONS = ['approve', 'return', 'withdraw'] as const;

/** One breach report: its facts, the absences and evidence, every dated step, and what the viewer may do now. */
export function BreachReportPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const c = t.compliance;
  const p = c.page;
  const notify = useNotify();
  const user = useCurrentUser();
  const loaded = useResource(`breach:${id}`, () => complianceApi.get(id));
  const [open, setOpen] = useState<Open | null>(null);
  const report = loaded.data;
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    notify(c.actions.done);
    loaded.reload();
  };
  /** After a dialog that says its own success. */
  const refreshed = () => {
    setOpen(null);
    loaded.reload();
  };

  if (loaded.error && !report) {
    return loaded.error.code === 'NOT_FOUND' ? <EmptyState title={p.notFound} /> : <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  }
  if (!report) return <LoadingState />;
  const pipActions = PIP_ACTIONS.filter((a) => report.actions.includes(a));
  // The PIP may add evidence until the report is withdrawn (the server checks the same).
  const addsEvidence = can(user.role, 'breach:report') && report.status !== 'withdrawn';
  const reviewActions = report.actions.filter((a) => !['approve', 'return', 'withdraw', 'resubmit'].includes(a)) as ReviewStepInput['event'][];

  return (
    <>
      <PageHeader title={`${c.kinds[report.kind]} — ${report.personName}`} intro={stepLabel(t, report)} />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {report.actions.length || addsEvidence ? (
        <div className="person-actions__buttons" role="group" aria-label={p.actions}>
          {pipActions.map((a) => (
            <Button key={a} variant={a === 'approve' ? 'primary' : 'secondary'} onPress={() => setOpen({ kind: a })}>
              {c.actions[a]}
            </Button>
          ))}
          {report.actions.includes('resubmit') ? (
            <Button variant="primary" onPress={() => setOpen({ kind: 'resubmit' })}>
              {c.actions.resubmit}
            </Button>
          ) : null}
          {addsEvidence ? <Button onPress={() => setOpen({ kind: 'evidence' })}>{c.actions.addEvidence}</Button> : null}
          {reviewActions.map((event) => (
            <Button key={event} onPress={() => setOpen({ kind: 'step', event })}>
              {c.events[event]}
            </Button>
          ))}
        </div>
      ) : null}
      <section aria-labelledby="breach-facts">
        <h2 id="breach-facts">{p.facts}</h2>
        <p>{p.reportedBy(report.reportedByName, formatDate(report.reportedAt.slice(0, 10)))} · {p.period(formatDate(report.factsFrom), formatDate(report.factsTo))}</p>
        <p className="pre-line">{report.facts}</p>
        {report.returnComment ? <p><strong>{p.returnComment} :</strong> {report.returnComment}</p> : null}
        {report.absences.length ? (
          <>
            <h3>{p.absences}</h3>
            <ul>{report.absences.map((a) => <li key={a.contactId}>{formatDate(a.happenedOn)}</li>)}</ul>
          </>
        ) : null}
        {report.evidence.length ? (
          <>
            <h3>{p.evidence}</h3>
            <ul>{report.evidence.map((e) => <li key={e.id}><a href={`/api/breach-reports/${report.id}/evidence/${e.id}`}>{e.name}</a></li>)}</ul>
          </>
        ) : null}
      </section>
      <ReportTeamCases reportId={report.id} />
      <section aria-labelledby="breach-steps">
        <h2 id="breach-steps">{p.history}</h2>
        <ol className="breach-steps">
          {report.steps.map((s) => (
            <li key={s.id}>
              <strong>{c.events[s.event] ?? s.event}</strong> — {formatDate(s.on)} {p.stepBy(s.recordedByName)}
              {s.note ? <p className="pre-line">{s.note}</p> : null}
              {s.letter ? <a href={complianceApi.letterUrl(report.id, s.id)} target="_blank" rel="noreferrer">{`${p.letter} — ${c.events[s.event] ?? s.event}`}</a> : null}
            </li>
          ))}
        </ol>
      </section>
      {open?.kind === 'approve' || open?.kind === 'withdraw' ? (
        <ConfirmDialog
          isOpen
          onOpenChange={(o) => !o && close()}
          title={c.actions[open.kind]}
          body={open.kind === 'approve' ? c.actions.approveConfirm : c.actions.withdrawConfirm}
          confirmLabel={c.actions[open.kind]}
          onConfirm={async () => {
            await (open.kind === 'approve' ? complianceApi.approval(report.id, 'approve') : complianceApi.withdraw(report.id));
            done();
          }}
        />
      ) : null}
      {open?.kind === 'return' ? (
        <FormDialog title={c.actions.return} submitLabel={c.actions.return} isOpen onOpenChange={(o) => !o && close()} onSubmit={async (data) => {
          await complianceApi.approval(report.id, 'return', text(data, 'comment'));
          done();
        }}>
          <TextAreaField name="comment" label={c.actions.comment} rows={3} isRequired maxLength={2000} />
        </FormDialog>
      ) : null}
      {open?.kind === 'resubmit' ? <ReportDialog personId={report.beneficiaryId} report={report} onClose={close} onDone={refreshed} /> : null}
      {open?.kind === 'evidence' ? (
        <DocumentUploadDialog
          texts={c.evidenceUpload}
          doneMessage={c.evidenceUpload.done}
          onClose={close}
          onDone={refreshed}
          upload={(file, onProgress) => complianceApi.attachEvidence(report.id, file, onProgress)}
        />
      ) : null}
      {open?.kind === 'step' ? <ReviewStepDialog reportId={report.id} event={open.event} onClose={close} onDone={done} /> : null}
    </>
  );
}
