import { ACTION_STATUSES, type ActionStatus, type ObjectiveStatus } from '../../../shared/cer.js';
import { contractsApi, type ContractViewData } from '../../api/contracts.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

/** While it runs an objective is planned or in progress; its result (achieved…) is the evaluation's. */
const RUNNING: ObjectiveStatus[] = ['planned', 'in_progress'];

interface FollowUpDialogProps {
  contract: ContractViewData;
  onClose: () => void;
  onDone: () => void;
}

/** Progress of a contract in force: where each open objective and each of its actions stands. */
export function FollowUpDialog({ contract, onClose, onDone }: FollowUpDialogProps) {
  const { t } = useI18n();
  const f = t.contracts.dialogs.followUp;
  const notify = useNotify();
  const open = contract.objectives.filter((o) => RUNNING.includes(o.status));
  const actionOptions = ACTION_STATUSES.map((s) => ({ id: s, label: t.contracts.actionStatuses[s] }));

  async function submit(data: FormData) {
    await contractsApi.followUp(contract.id, {
      objectives: open.map((o) => ({ id: o.id, status: text(data, `objective_${o.id}`) as ObjectiveStatus })),
      actions: open.flatMap((o) => o.actions.map((a) => ({ id: a.id, status: text(data, `action_${a.id}`) as ActionStatus }))),
    });
    notify(t.contracts.actions.done.followedUp);
    onDone();
  }

  return (
    <FormDialog title={f.title} isOpen onOpenChange={(isOpen) => !isOpen && onClose()} onSubmit={submit} size="lg">
      <p>{f.help}</p>
      {open.length === 0 ? <p className="muted">{f.none}</p> : null}
      {open.map((objective) => (
        <fieldset key={objective.id} className="fieldset">
          <legend className="fieldset__legend">{f.objective(contract.objectives.indexOf(objective) + 1, objective.wording)}</legend>
          <SelectField
            name={`objective_${objective.id}`}
            label={f.objectiveStatus}
            options={RUNNING.map((s) => ({ id: s, label: t.contracts.objectiveStatuses[s] }))}
            defaultValue={objective.status}
            isRequired
          />
          {objective.actions.map((action) => (
            <SelectField
              key={action.id}
              name={`action_${action.id}`}
              label={f.actionStatus(action.label)}
              options={actionOptions}
              defaultValue={action.status}
              isRequired
            />
          ))}
        </fieldset>
      ))}
    </FormDialog>
  );
}
