import { OBJECTIVE_DOMAINS, OBJECTIVE_TERMS, type ObjectiveDomain, type ObjectiveTerm } from '../../../shared/cer.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { DateField } from '../../components/fields/DateField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { SelectField, type SelectOption } from '../../components/fields/SelectField.js';
import { useChangeClearsServerError } from '../../components/fields/serverErrors.js';
import { todayIso } from '../../components/form.js';
import { useI18n } from '../../i18n/index.js';
import { ActionsEditor } from './ActionsEditor.js';
import { fieldName, type ObjectiveDraft } from './editorState.js';
import { SuggestField } from './SuggestField.js';

export interface Suggestions {
  objectives: (domain: ObjectiveDomain) => SelectOption[];
  actions: (domain: ObjectiveDomain) => SelectOption[];
}

interface ObjectiveFieldsProps {
  index: number;
  objective: ObjectiveDraft;
  onChange: (patch: Partial<ObjectiveDraft>) => void;
  /** The deadline a term proposes while the referent has not chosen one. */
  deadlineFor: (term: ObjectiveTerm) => string | null;
  suggestions: Suggestions;
}

/** One objective: its term and domain, its wording (from the reference list or free), deadline, consent and actions. */
export function ObjectiveFields({ index, objective, onChange, deadlineFor, suggestions }: ObjectiveFieldsProps) {
  const { t, formatDate } = useI18n();
  const e = t.contracts.editor;
  const name = (field: string) => fieldName('objectives', index, field);
  const consentChanged = useChangeClearsServerError<boolean>(name('consentOn'));

  return (
    <>
      <div className="form__row">
        <RadioGroupField
          name={name('term')}
          label={e.term}
          orientation="horizontal"
          options={OBJECTIVE_TERMS.map((term) => ({ id: term, label: t.contracts.terms[term] }))}
          value={objective.term}
          onChange={(value) => {
            const term = value as ObjectiveTerm;
            onChange(objective.deadlineTouched ? { term } : { term, deadline: deadlineFor(term) });
          }}
          isRequired
        />
        <SelectField
          name={name('domain')}
          label={e.domain}
          options={OBJECTIVE_DOMAINS.map((domain) => ({ id: domain, label: t.contracts.domains[domain] }))}
          value={objective.domain}
          onChange={(domain) => onChange({ domain: domain as ObjectiveDomain })}
          isRequired
        />
      </div>
      <SuggestField
        name={name('wording')}
        label={e.wording}
        description={e.wordingHelp}
        options={suggestions.objectives(objective.domain)}
        listLabel={e.wordingSuggestions}
        value={objective.wording}
        onChange={(wording, referenceItemId) => onChange({ wording, referenceItemId })}
        minLength={3}
        maxLength={500}
        isRequired
      />
      <DateField
        name={name('deadline')}
        label={e.deadline}
        value={objective.deadline}
        onChange={(deadline) => onChange({ deadline, deadlineTouched: true })}
        isRequired
      />
      <div className="field">
        {/* The consent is dated the day it is ticked; one already given keeps its date. */}
        <Checkbox
          name={name('consentOn')}
          isSelected={objective.consentOn !== null}
          onChange={(given) => {
            consentChanged(given);
            onChange({ consentOn: given ? todayIso() : null });
          }}
        >
          {e.consent}
        </Checkbox>
        {objective.consentOn ? <p className="field__help">{e.consentOn(formatDate(objective.consentOn))}</p> : null}
      </div>
      <ActionsEditor
        objectiveIndex={index}
        actions={objective.actions}
        onChange={(actions) => onChange({ actions })}
        suggestions={suggestions.actions(objective.domain)}
      />
    </>
  );
}
