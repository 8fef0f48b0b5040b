import { useState } from 'react';
import { BREACH_KINDS, type BreachKind } from '../../../shared/compliance.js';
import { frenchToday } from '../../../shared/calendar.js';
import { complianceApi, type ReportViewData } from '../../api/compliance.js';
import { contactsApi } from '../../api/contacts.js';
import { useResource } from '../../api/useResource.js';
import { CheckboxGroupField } from '../../components/fields/CheckboxGroupField.js';
import { DateField } from '../../components/fields/DateField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';

interface ReportDialogProps {
  personId: string;
  /** A returned report to correct: the form starts from it and sends it again. */
  report?: ReportViewData;
  onClose: () => void;
  onDone: () => void;
}

/** A breach report, new or corrected: its kind, the facts and their period, and the unexcused absences picked from the person's contacts. */
export function ReportDialog({ personId, report, onClose, onDone }: ReportDialogProps) {
  const { t, formatDate } = useI18n();
  const d = t.compliance.dialog;
  const notify = useNotify();
  const contacts = useResource(`contacts:${personId}`, () => contactsApi.forPerson(personId));
  const a = t.compliance.actions;
  const [kind, setKind] = useState<BreachKind>(report?.kind ?? 'unexcused_absences');
  const [picked, setPicked] = useState<string[]>(report?.absences.map((x) => x.contactId) ?? []);
  const absences = (contacts.data?.contacts ?? []).filter((c) => c.status === 'unexcused_absence');

  async function submit(data: FormData) {
    const input = { kind, facts: text(data, 'facts'), factsFrom: text(data, 'factsFrom'), factsTo: text(data, 'factsTo'), absenceIds: picked };
    await (report ? complianceApi.resubmit(report.id, report.version, input) : complianceApi.report(personId, input));
    notify(report ? a.corrected : d.done);
    onDone();
  }

  // The period's dates default to the absences' own: the form waits for them.
  if (contacts.error && !contacts.data) return <ErrorAlert error={contacts.error} onRetry={contacts.reload} />;
  if (!contacts.data) return <LoadingState />;
  return (
    <FormDialog title={report ? a.correctTitle : d.title} submitLabel={report ? a.resubmit : d.submit} size="lg" isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
      <SelectField
        name="kind"
        label={d.kind}
        options={BREACH_KINDS.map((k) => ({ id: k, label: t.compliance.kinds[k] }))}
        selectedKey={kind}
        onSelectionChange={(key) => setKind(key as BreachKind)}
        isRequired
      />
      {absences.length === 0 ? (
        <p className="muted">{d.noAbsences}</p>
      ) : (
        <CheckboxGroupField
          name="absenceIds"
          label={d.absences}
          description={d.absencesHelp}
          options={absences.map((a) => ({ id: a.id, label: d.absence(formatDate(a.happenedOn ?? ''), a.subject) }))}
          value={picked}
          onChange={setPicked}
        />
      )}
      <TextAreaField name="facts" label={d.facts} description={d.factsHelp} rows={4} isRequired maxLength={4000} defaultValue={report?.facts} />
      <DateField name="factsFrom" label={d.factsFrom} defaultValue={report?.factsFrom ?? absences.at(-1)?.happenedOn ?? frenchToday()} isRequired />
      <DateField name="factsTo" label={d.factsTo} defaultValue={report?.factsTo ?? absences[0]?.happenedOn ?? frenchToday()} isRequired />
    </FormDialog>
  );
}
