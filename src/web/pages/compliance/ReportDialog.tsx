import { useState } from 'react';
import { BREACH_KINDS, type BreachKind } from '../../../shared/compliance.js';
import { frenchToday } from '../../../shared/calendar.js';
import { complianceApi } from '../../api/compliance.js';
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
  onClose: () => void;
  onDone: () => void;
}

/** A breach report: its kind, the facts and their period, and the unexcused absences picked from the person's contacts. */
export function ReportDialog({ personId, onClose, onDone }: ReportDialogProps) {
  const { t, formatDate } = useI18n();
  const d = t.compliance.dialog;
  const notify = useNotify();
  const contacts = useResource(`contacts:${personId}`, () => contactsApi.forPerson(personId));
  const [kind, setKind] = useState<BreachKind>('unexcused_absences');
  const [picked, setPicked] = useState<string[]>([]);
  const absences = (contacts.data?.contacts ?? []).filter((c) => c.status === 'unexcused_absence');

  async function submit(data: FormData) {
    await complianceApi.report(personId, {
      kind, facts: text(data, 'facts'), factsFrom: text(data, 'factsFrom'), factsTo: text(data, 'factsTo'), absenceIds: picked,
    });
    notify(d.done);
    onDone();
  }

  // The period's dates default to the absences' own: the form waits for them.
  if (contacts.error && !contacts.data) return <ErrorAlert error={contacts.error} onRetry={contacts.reload} />;
  if (!contacts.data) return <LoadingState />;
  return (
    <FormDialog title={d.title} submitLabel={d.submit} size="lg" isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit}>
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
      <TextAreaField name="facts" label={d.facts} description={d.factsHelp} rows={4} isRequired maxLength={4000} />
      <DateField name="factsFrom" label={d.factsFrom} defaultValue={absences.at(-1)?.happenedOn ?? frenchToday()} isRequired />
      <DateField name="factsTo" label={d.factsTo} defaultValue={absences[0]?.happenedOn ?? frenchToday()} isRequired />
    </FormDialog>
  );
}
