import { OBJECTIVE_RESULTS, type ObjectiveResult } from '../../../shared/cer.js';
import { ApiError } from '../../api/client.js';
import { contractsApi, type ContractViewData } from '../../api/contracts.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { optionalText, text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';
import { onFormFields } from '../person/formValues.js';

/** The "not evaluated now" choice: the objective is left as it is. */
const NOT_NOW = 'not_now';
const isResult = (value: string): value is ObjectiveResult => (OBJECTIVE_RESULTS as readonly string[]).includes(value);

interface EvaluateDialogProps {
  contract: ContractViewData;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Objective by objective, a result and a comment; once the contract has ended, the overall
 * assessment too, which the next version will build on. Inputs are named like the server's
 * issue paths (objectives_1_result) so its refusals land on the right field.
 */
export function EvaluateDialog({ contract, onClose, onDone }: EvaluateDialogProps) {
  const { t } = useI18n();
  const ev = t.contracts.dialogs.evaluate;
  const notify = useNotify();
  const withOverall = contract.status === 'ended';
  const results = [{ id: NOT_NOW, label: ev.notNow }, ...OBJECTIVE_RESULTS.map((r) => ({ id: r, label: t.contracts.objectiveStatuses[r] }))];

  async function submit(data: FormData) {
    const objectives = contract.objectives.flatMap((o, i) => {
      const result = text(data, `objectives_${i}_result`);
      return isResult(result) ? [{ id: o.id, result, comment: optionalText(data, `objectives_${i}_comment`) }] : [];
    });
    const overallResult = withOverall ? text(data, 'overall_result') : '';
    const overall = isResult(overallResult) ? { result: overallResult, assessment: text(data, 'overall_assessment') } : null;
    if (objectives.length === 0 && !overall) {
      const field = contract.objectives.length ? 'objectives_0_result' : 'overall_result';
      throw new ApiError(400, 'VALIDATION_FAILED', ev.nothing, [{ path: field, message: ev.nothing }]);
    }
    try {
      await contractsApi.evaluate(contract.id, { objectives, overall });
    } catch (error) {
      throw onFormFields(error);
    }
    notify(t.contracts.actions.done.evaluated);
    onDone();
  }

  return (
    <FormDialog title={ev.title} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <p>{ev.help}</p>
      {contract.objectives.map((objective, i) => (
        <fieldset key={objective.id} className="fieldset">
          <legend className="fieldset__legend">{ev.objective(i + 1, objective.wording)}</legend>
          <SelectField name={`objectives_${i}_result`} label={ev.result} options={results} defaultValue={isResult(objective.status) ? objective.status : NOT_NOW} />
          <TextAreaField name={`objectives_${i}_comment`} label={ev.comment} defaultValue={objective.evaluationComment ?? ''} maxLength={2000} rows={2} />
        </fieldset>
      ))}
      {withOverall ? (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{ev.overall}</legend>
          <p className="field__help">{ev.overallHelp}</p>
          <SelectField name="overall_result" label={ev.overallResult} options={results} defaultValue={NOT_NOW} />
          <TextAreaField name="overall_assessment" label={ev.assessment} description={ev.assessmentHelp} maxLength={8000} rows={4} />
        </fieldset>
      ) : null}
    </FormDialog>
  );
}
