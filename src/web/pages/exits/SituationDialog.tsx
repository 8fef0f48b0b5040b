import { useState } from 'react';
import { EMPLOYMENT_CONTRACTS, EXIT_SITUATIONS, OPEN_ENDED_CONTRACTS, type EmploymentContract, type ExitSituation } from '../../../shared/exits.js';
import { exitsApi, type ExitData } from '../../api/exits.js';
import { DateField } from '../../components/fields/DateField.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { number, text, todayIso } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

interface SituationDialogProps {
  personId: string;
  exit: ExitData;
  onClose: () => void;
  onDone: () => void;
}

/** The situation at exit: a job asks for its contract, and its length unless it has no planned end. The server checks the same. */
export function SituationDialog({ personId, exit, onClose, onDone }: SituationDialogProps) {
  const { t } = useI18n();
  const e = t.exits;
  const notify = useNotify();
  const [situation, setSituation] = useState<ExitSituation | null>(exit.situation);
  const [contract, setContract] = useState<EmploymentContract | null>(exit.employmentContract);
  const job = situation === 'employment';
  const fixedTerm = job && contract !== null && !OPEN_ENDED_CONTRACTS.includes(contract);
  const today = todayIso();

  async function submit(data: FormData) {
    await exitsApi.recordSituation(personId, {
      // An empty choice goes to the server as it is, which names the field.
      situation: situation as ExitSituation,
      situationOn: text(data, 'situationOn'),
      employmentContract: job ? contract : null,
      employmentMonths: fixedTerm ? number(data, 'employmentMonths') : null,
    });
    notify(e.dialog.done);
    onDone();
  }

  return (
    <FormDialog title={exit.situation ? e.correct : e.record} submitLabel={e.dialog.submit} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <RadioGroupField
        name="situation"
        label={e.dialog.situation}
        description={e.situationHelp}
        options={EXIT_SITUATIONS.map((s) => ({ id: s, label: e.situations[s] }))}
        value={situation}
        onChange={(value) => setSituation(value as ExitSituation)}
        isRequired
      />
      {job ? (
        <SelectField
          name="employmentContract"
          label={e.dialog.contract}
          options={EMPLOYMENT_CONTRACTS.map((c) => ({ id: c, label: e.contracts[c] }))}
          value={contract}
          onChange={(key) => setContract(key === null ? null : (String(key) as EmploymentContract))}
          isRequired
        />
      ) : null}
      {fixedTerm ? (
        <NumberField name="employmentMonths" label={e.dialog.months} description={e.dialog.monthsHelp} minValue={1} maxValue={120} defaultValue={exit.employmentMonths ?? undefined} isRequired />
      ) : null}
      <DateField
        name="situationOn"
        label={e.dialog.situationOn}
        description={e.dialog.situationOnHelp}
        defaultValue={exit.situationOn ?? (today < exit.dueOn ? today : exit.dueOn)}
        isRequired
      />
    </FormDialog>
  );
}
