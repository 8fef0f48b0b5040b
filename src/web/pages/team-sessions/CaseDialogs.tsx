import { useState } from 'react';
import { teamSessionsApi, type TeamCaseView } from '../../api/team-sessions.js';
import { useResource } from '../../api/useResource.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';

interface DialogProps {
  sessionId: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Puts one of the territory's referred reports on the agenda. */
export function AddCaseDialog({ sessionId, onClose, onDone }: DialogProps) {
  const { t, formatDate } = useI18n();
  const d = t.teamSessions.dialogs;
  const candidates = useResource(`team-candidates:${sessionId}`, () => teamSessionsApi.candidates(sessionId));
  const [reportId, setReportId] = useState<string | null>(null);
  const options = (candidates.data ?? []).map((c) => ({ id: c.reportId, label: c.referredOn ? d.referredOn(c.personName, formatDate(c.referredOn)) : c.personName }));
  return (
    <FormDialog title={d.addTitle} submitLabel={d.add} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={async () => {
      await teamSessionsApi.addCase(sessionId, reportId ?? '');
      onDone(t.teamSessions.done.added);
    }}>
      {candidates.data && options.length === 0 ? <Notice tone="info">{d.noCandidates}</Notice> : null}
      <SelectField name="reportId" label={d.report} description={d.reportHelp} options={options} selectedKey={reportId} onSelectionChange={(k) => setReportId(String(k))} isRequired />
    </FormDialog>
  );
}

/** The file summary (before the opinion) or the opinion given at the session (from its day on). */
export function CaseTextDialog({ sessionId, kase, field, onClose, onDone }: DialogProps & { kase: TeamCaseView; field: 'summary' | 'opinion' }) {
  const { t } = useI18n();
  const d = t.teamSessions.dialogs;
  const summary = field === 'summary';
  return (
    <FormDialog title={`${summary ? d.summaryTitle : d.opinionTitle} — ${kase.personName}`} submitLabel={d.save} size="lg" isOpen onOpenChange={(open) => !open && onClose()} onSubmit={async (data) => {
      const value = text(data, field);
      await (summary ? teamSessionsApi.summary(sessionId, kase.id, value, kase.summary) : teamSessionsApi.opinion(sessionId, kase.id, value, kase.opinion));
      onDone(summary ? t.teamSessions.done.summary : t.teamSessions.done.opinion);
    }}>
      <TextAreaField
        name={field}
        label={summary ? d.summaryTitle : d.opinionTitle}
        description={summary ? d.summaryHelp : d.opinionHelp}
        defaultValue={(summary ? kase.summary : kase.opinion) ?? ''}
        rows={summary ? 10 : 5}
        isRequired
        maxLength={8000}
      />
    </FormDialog>
  );
}
