import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { domainOfTheme, type ObjectiveDomain } from '../../../shared/cer.js';
import { ApiError } from '../../api/client.js';
import { contractsApi, type ContractDefaultsData, type ContractViewData } from '../../api/contracts.js';
import type { ReferenceItemData } from '../../api/reference.js';
import { Button } from '../../components/Button.js';
import { ClearServerErrorContext } from '../../components/fields/serverErrors.js';
import { useNotify } from '../../components/Notifier.js';
import { Notice } from '../../components/states.js';
import { FormAlert, useFormErrors } from '../../components/useFormErrors.js';
import { useI18n } from '../../i18n/index.js';
import { onFormFields } from '../person/formValues.js';
import { contentOf, draftOf, kindOf, type ContractDraft } from './editorState.js';
import { ObjectivesEditor } from './ObjectivesEditor.js';
import { ProjectFields } from './ProjectFields.js';
import { WeeklyPlanFields } from './WeeklyPlanFields.js';

export interface EditorData {
  view: ContractViewData;
  defaults: ContractDefaultsData;
  objectives: ReferenceItemData[];
  actions: ReferenceItemData[];
}

interface ContractEditorProps {
  data: EditorData;
  /** Reads the contract again and starts the form from it (after a conflict). */
  onReload: () => void;
}

/** The active items of a reference list that belong to an objective domain, as suggestions. */
const byDomain = (items: ReferenceItemData[]) => (domain: ObjectiveDomain) =>
  items.filter((i) => i.active && domainOfTheme(i.theme) === domain).map((i) => ({ id: i.id, label: i.label }));

/**
 * The whole contract in one form, saved at once with the version it was loaded at. What was
 * typed is React state: a refused save (409, or the server's field errors) never loses it, and a
 * successful one keeps the form as it is, with the new version for the next save.
 */
export function ContractEditor({ data, onReload }: ContractEditorProps) {
  const { t } = useI18n();
  const e = t.contracts.editor;
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, messages, show, clear, clearField } = useFormErrors(formRef);
  const [draft, setDraft] = useState<ContractDraft>(() => draftOf(data.view));
  const [saved, setSaved] = useState(data.view);
  const [version, setVersion] = useState(data.view.version);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState(false);
  const { defaults } = data;
  const kind = kindOf(draft.startsOn, defaults.ceStartDate);
  const suggestions = useMemo(() => ({ objectives: byDomain(data.objectives), actions: byDomain(data.actions) }), [data.objectives, data.actions]);
  const change = (patch: Partial<ContractDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const lastReturn = saved.status === 'returned' ? saved.reviews.filter((r) => !r.validated).at(-1) : undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clear();
    setPending(true);
    try {
      const result = await contractsApi.update(saved.id, version, contentOf(draft, kind));
      setVersion(result.version);
      setConflict(false);
      notify(e.saved);
      // The server's verdicts (weekly hours, status back to draft) as of this save; the form stays as typed.
      contractsApi.get(saved.id).then(setSaved, () => undefined);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') setConflict(true);
      else show(onFormFields(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <Form ref={formRef} onSubmit={submit} validationErrors={fieldErrors} className="form contract-editor">
      <p className="form__legend">{t.validation.requiredLegend}</p>
      <FormAlert messages={messages} />
      {saved.status === 'signed' ? (
        <Notice tone="warning">
          <p>{e.signedWarning}</p>
        </Notice>
      ) : null}
      {lastReturn?.comment ? (
        <Notice tone="info">
          <p>{e.returned}</p>
          <p className="pre-line">{lastReturn.comment}</p>
        </Notice>
      ) : null}
      <ClearServerErrorContext.Provider value={clearField}>
        <ProjectFields draft={draft} onChange={change} durations={defaults.durations} ceStartDate={defaults.ceStartDate} />
        {kind === 'ce' ? (
          <WeeklyPlanFields draft={draft} onChange={change} minimum={defaults.minWeeklyHours} serverProblem={saved.kind === 'ce' ? (saved.weeklyHours?.problem ?? null) : null} />
        ) : null}
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{e.objectivesLegend}</legend>
          <p className="field__help">{e.objectivesHelp}</p>
          <ObjectivesEditor draft={draft} onChange={(objectives) => change({ objectives })} suggestions={suggestions} />
        </fieldset>
      </ClearServerErrorContext.Provider>
      {conflict ? (
        <Notice tone="danger" role="alert">
          <p>{e.conflict}</p>
          <Button size="sm" onPress={onReload}>
            {e.reload}
          </Button>
        </Notice>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={pending}>
          {pending ? t.common.saving : e.save}
        </Button>
      </div>
    </Form>
  );
}
