import { useRef, useState } from 'react';
import type { ObjectiveTerm } from '../../../shared/cer.js';
import { Button } from '../../components/Button.js';
import { useI18n } from '../../i18n/index.js';
import { blankObjective, suggestedDeadline, type ContractDraft, type ObjectiveDraft } from './editorState.js';
import { ObjectiveFields, type Suggestions } from './ObjectiveFields.js';
import { useFocusLater } from './useFocusLater.js';

interface ObjectivesEditorProps {
  draft: ContractDraft;
  onChange: (objectives: ObjectiveDraft[]) => void;
  suggestions: Suggestions;
}

const MAX_OBJECTIVES = 30;

/**
 * The contract's objectives as an ordered list: add, remove, move up or down. Every change says
 * where it happened (a status message) and puts the focus where the work continues, since the
 * pressed button may have moved or disappeared.
 */
export function ObjectivesEditor({ draft, onChange, suggestions }: ObjectivesEditorProps) {
  const { t } = useI18n();
  const e = t.contracts.editor;
  const list = useRef<HTMLDivElement>(null);
  const [announce, setAnnounce] = useState('');
  const objectives = draft.objectives;

  const focusLater = useFocusLater(list);
  const update = (key: number, patch: Partial<ObjectiveDraft>) => onChange(objectives.map((o) => (o.key === key ? { ...o, ...patch } : o)));
  const deadlineFor = (term: ObjectiveTerm) => suggestedDeadline(term, draft.startsOn, draft.durationMonths);

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const next = [...objectives];
    const [moved] = next.splice(index, 1);
    next.splice(target, 0, moved!);
    onChange(next);
    setAnnounce(e.moved(target + 1));
    // The same button if the objective can still go that way, else the other one.
    const canGoOn = by < 0 ? target > 0 : target < objectives.length - 1;
    const button = (by < 0) === canGoOn ? 'up' : 'down';
    focusLater(`[data-key="${moved!.key}"] [data-move="${button}"]`);
  }

  return (
    <div ref={list} className="contract-objectives">
      {objectives.length === 0 ? <p className="muted">{e.noObjectives}</p> : null}
      <ol className="contract-editor__rows">
        {objectives.map((objective, index) => (
          <li key={objective.key} data-key={objective.key}>
            <fieldset className="fieldset contract-objective">
              <legend className="fieldset__legend">{e.objective(index + 1)}</legend>
              <ObjectiveFields
                index={index}
                objective={objective}
                onChange={(patch) => update(objective.key, patch)}
                deadlineFor={deadlineFor}
                suggestions={suggestions}
              />
              <div className="contract-objective__tools">
                {index > 0 ? (
                  <Button size="sm" data-move="up" onPress={() => move(index, -1)}>
                    {e.moveUp(index + 1)}
                  </Button>
                ) : null}
                {index < objectives.length - 1 ? (
                  <Button size="sm" data-move="down" onPress={() => move(index, 1)}>
                    {e.moveDown(index + 1)}
                  </Button>
                ) : null}
                <Button
                  size="sm"
                  variant="danger"
                  onPress={() => {
                    onChange(objectives.filter((o) => o.key !== objective.key));
                    setAnnounce(e.removed(index + 1));
                    focusLater('.contract-objectives__add');
                  }}
                >
                  {e.remove(index + 1)}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {/* Moves and removals happen out of the reader's sight: say them. */}
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      {objectives.length < MAX_OBJECTIVES ? (
        <Button
          className="contract-objectives__add"
          onPress={() => {
            const added = blankObjective(objectives.length, draft);
            onChange([...objectives, added]);
            setAnnounce(e.added(objectives.length + 1));
            // The new objective's first control takes the focus: its term, on the chosen radio (the group's tab stop).
            focusLater(`[data-key="${added.key}"] input:checked`, `[data-key="${added.key}"] input`);
          }}
        >
          {e.add}
        </Button>
      ) : null}
    </div>
  );
}
