import { useRef } from 'react';
import { ACTION_TYPES } from '../../../shared/cer.js';
import { Button } from '../../components/Button.js';
import { DateField } from '../../components/fields/DateField.js';
import type { SelectOption } from '../../components/fields/SelectField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';
import { blankAction, fieldName, type ActionDraft } from './editorState.js';
import { SuggestField } from './SuggestField.js';
import { useFocusLater } from './useFocusLater.js';

interface ActionsEditorProps {
  /** The objective's index: inputs are named objectives_<i>_actions_<j>_<field>, as the server's issues. */
  objectiveIndex: number;
  actions: ActionDraft[];
  onChange: (actions: ActionDraft[]) => void;
  /** Active reference actions of the objective's domain. */
  suggestions: SelectOption[];
}

const MAX_ACTIONS = 20;

/** The actions that serve one objective: type, wording, who runs it, when. */
export function ActionsEditor({ objectiveIndex, actions, onChange, suggestions }: ActionsEditorProps) {
  const { t } = useI18n();
  const e = t.contracts.editor;
  const group = useRef<HTMLFieldSetElement>(null);
  const n = objectiveIndex + 1;
  const name = (j: number, field: string) => fieldName('objectives', objectiveIndex, 'actions', j, field);
  const update = (key: number, patch: Partial<ActionDraft>) => onChange(actions.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  const typeOptions = ACTION_TYPES.map((type) => ({ id: type, label: t.contracts.actionTypes[type] }));

  const focusLater = useFocusLater(group);

  return (
    <fieldset ref={group} className="fieldset contract-actions">
      <legend className="fieldset__legend">{e.actionsLegend(n)}</legend>
      {actions.length === 0 ? <p className="muted">{e.noActions}</p> : null}
      <ol className="contract-editor__rows">
        {actions.map((action, j) => (
          <li key={action.key} className="contract-editor__row" data-key={action.key}>
            <p className="contract-editor__row-title">{e.action(j + 1)}</p>
            <div className="form__row">
              <SelectField name={name(j, 'type')} label={e.actionType} options={typeOptions} value={action.type} onChange={(type) => update(action.key, { type: type as ActionDraft['type'] })} isRequired />
              <SuggestField
                name={name(j, 'label')}
                label={e.actionLabel}
                description={e.actionLabelHelp}
                options={suggestions}
                listLabel={e.actionSuggestions}
                value={action.label}
                onChange={(label) => update(action.key, { label })}
                minLength={2}
                maxLength={300}
                isRequired
              />
            </div>
            <div className="form__row">
              <TextField name={name(j, 'organiser')} label={e.organiser} value={action.organiser} onChange={(organiser) => update(action.key, { organiser })} maxLength={200} />
              <DateField name={name(j, 'startsOn')} label={e.actionStartsOn} value={action.startsOn} onChange={(startsOn) => update(action.key, { startsOn })} />
              <DateField name={name(j, 'endsOn')} label={e.actionEndsOn} value={action.endsOn} onChange={(endsOn) => update(action.key, { endsOn })} />
            </div>
            <Button
              size="sm"
              variant="quiet"
              onPress={() => {
                onChange(actions.filter((a) => a.key !== action.key));
                focusLater('.contract-actions__add');
              }}
            >
              {e.removeAction(n, j + 1)}
            </Button>
          </li>
        ))}
      </ol>
      {actions.length < MAX_ACTIONS ? (
        <Button
          size="sm"
          className="contract-actions__add"
          onPress={() => {
            const added = blankAction();
            onChange([...actions, added]);
            // The new row's first control (its type) takes the focus, as a new line in a spreadsheet.
            focusLater(`[data-key="${added.key}"] button`);
          }}
        >
          {e.addAction(n)}
        </Button>
      ) : null}
    </fieldset>
  );
}
