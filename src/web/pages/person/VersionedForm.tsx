import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { BeneficiaryUpdate } from '../../../shared/contracts/beneficiaries.js';
import { ApiError } from '../../api/client.js';
import { beneficiariesApi } from '../../api/people.js';
import { Button } from '../../components/Button.js';
import { ClearServerErrorContext } from '../../components/fields/serverErrors.js';
import { useNotify } from '../../components/Notifier.js';
import { Notice } from '../../components/states.js';
import { FormAlert, useFormErrors } from '../../components/useFormErrors.js';
import { useI18n } from '../../i18n/index.js';
import { onFormFields } from './formValues.js';

export type Changes = Omit<BeneficiaryUpdate, 'version'>;

interface VersionedFormProps {
  personId: string;
  /** The version the page loaded: the server refuses the save if someone saved since. */
  version: number;
  /** The fields that changed, or null when nothing did. */
  changes: (data: FormData) => Changes | null;
  onSaved: () => void;
  /** Reloads the file and starts the forms again from it (after a conflict). */
  onReload: () => void;
  /** For roles that read files without editing them: the same fields, disabled, and no save button. */
  readOnly?: boolean;
  children: ReactNode;
}

/**
 * An edit form of the person's file with optimistic locking. On 409 nothing typed is lost: the
 * form stays as it is, and the person is told to reload (which shows the other person's save).
 */
export function VersionedForm({ personId, version, changes, onSaved, onReload, readOnly = false, children }: VersionedFormProps) {
  const { t } = useI18n();
  const s = t.person.saving;
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, messages, show, clear, clearField } = useFormErrors(formRef);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clear();
    const patch = changes(new FormData(event.currentTarget));
    if (!patch) {
      notify(s.noChanges);
      return;
    }
    setPending(true);
    try {
      await beneficiariesApi.update(personId, { version, ...patch });
      notify(s.saved);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') setConflict(true);
      else show(onFormFields(error));
    } finally {
      setPending(false);
    }
  }

  if (readOnly) {
    return (
      <div className="form person-form">
        <Notice tone="info">
          <p>{s.readOnly}</p>
        </Notice>
        {/* A disabled fieldset disables every control inside it, React Aria's buttons included. */}
        <fieldset disabled className="fieldset fieldset--bare">
          {children}
        </fieldset>
      </div>
    );
  }

  return (
    <Form ref={formRef} onSubmit={submit} validationErrors={fieldErrors} className="form person-form">
      <p className="form__legend">{t.validation.requiredLegend}</p>
      <FormAlert messages={messages} />
      <ClearServerErrorContext.Provider value={clearField}>{children}</ClearServerErrorContext.Provider>
      {conflict ? (
        <Notice tone="danger" role="alert">
          <p>{s.conflict}</p>
          <Button size="sm" onPress={onReload}>
            {s.reload}
          </Button>
        </Notice>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={pending}>
          {pending ? t.common.saving : t.common.save}
        </Button>
      </div>
    </Form>
  );
}
