import { DateField } from '../../components/fields/DateField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';
import { TargetJobsField } from '../person/TargetJobsField.js';
import { endOf, kindOf, type ContractDraft } from './editorState.js';

interface ProjectFieldsProps {
  draft: ContractDraft;
  onChange: (patch: Partial<ContractDraft>) => void;
  durations: number[];
  ceStartDate: string;
}

/** The contract's period (its kind follows the start date), the professional project and both sides' commitments. */
export function ProjectFields({ draft, onChange, durations, ceStartDate }: ProjectFieldsProps) {
  const { t, formatDate } = useI18n();
  const e = t.contracts.editor;
  // A duration the département no longer offers stays selectable on a contract that has it.
  const offered = durations.includes(draft.durationMonths) ? durations : [...durations, draft.durationMonths].sort((a, b) => a - b);

  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{e.periodLegend}</legend>
        <div className="form__row">
          <DateField name="startsOn" label={e.startsOn} value={draft.startsOn} onChange={(startsOn) => onChange({ startsOn })} isRequired />
          <SelectField
            name="durationMonths"
            label={e.duration}
            description={e.durationHelp}
            options={offered.map((n) => ({ id: String(n), label: t.contracts.months(n) }))}
            value={String(draft.durationMonths)}
            onChange={(value) => onChange({ durationMonths: Number(value) })}
            isRequired
          />
        </div>
        {draft.startsOn ? (
          <p className="contract-editor__period" aria-live="polite">
            {e.endsOn(formatDate(endOf(draft.startsOn, draft.durationMonths)))}{' '}
            {e.kindNotice(t.contracts.kindInSentence[kindOf(draft.startsOn, ceStartDate)], formatDate(draft.startsOn))}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{e.projectLegend}</legend>
        <TargetJobsField rows={draft.targetJobs} onChange={(targetJobs) => onChange({ targetJobs })} />
        <div className="form__row">
          <TextField name="zone" label={e.zone} value={draft.zone} onChange={(zone) => onChange({ zone })} maxLength={200} />
          <TextField name="expectedSalary" label={e.expectedSalary} value={draft.expectedSalary} onChange={(expectedSalary) => onChange({ expectedSalary })} maxLength={100} />
        </div>
        <TextField
          name="contractTypeSought"
          label={e.contractTypeSought}
          description={e.contractTypeHelp}
          value={draft.contractTypeSought}
          onChange={(contractTypeSought) => onChange({ contractTypeSought })}
          maxLength={100}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{e.commitmentsLegend}</legend>
        <TextAreaField
          name="personCommitments"
          label={e.personCommitments}
          description={e.personCommitmentsHelp}
          value={draft.personCommitments}
          onChange={(personCommitments) => onChange({ personCommitments })}
          maxLength={8000}
          rows={4}
        />
        <TextAreaField
          name="organisationCommitments"
          label={e.organisationCommitments}
          description={e.organisationCommitmentsHelp}
          value={draft.organisationCommitments}
          onChange={(organisationCommitments) => onChange({ organisationCommitments })}
          maxLength={8000}
          rows={4}
        />
      </fieldset>
    </>
  );
}
