import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { SettingKey, SettingsPatch } from '../../../shared/settings.js';
import { Button } from '../../components/Button.js';
import { useNotify } from '../../components/Notifier.js';
import { ClearServerErrorContext } from '../../components/fields/serverErrors.js';
import { FormAlert, useFormErrors } from '../../components/useFormErrors.js';
import { useI18n } from '../../i18n/index.js';
import { SettingField, type SettingValue } from './SettingField.js';

interface SettingsFormProps {
  keys: readonly SettingKey[];
  values: Record<string, unknown>;
  /** Sends only the changed keys; resolves with the new values. */
  save: (patch: SettingsPatch) => Promise<void>;
  savedMessage: string;
  noteFor?: (key: SettingKey) => string | undefined;
  /** Shown under the fields, e.g. the colour contrast check; gets the values being edited. */
  children?: (draft: Record<string, SettingValue>) => ReactNode;
}

/** One form per settings section (or per lot), saved as a PATCH of what changed. */
export function SettingsForm({ keys, values, save, savedMessage, noteFor, children }: SettingsFormProps) {
  const { t } = useI18n();
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, messages, show, clear, clearField } = useFormErrors(formRef);
  const [pending, setPending] = useState(false);
  const initial = () => Object.fromEntries(keys.map((k) => [k, values[k] as SettingValue]));
  const [draft, setDraft] = useState<Record<string, SettingValue>>(initial);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clear();
    const patch = Object.fromEntries(keys.filter((k) => draft[k] !== values[k]).map((k) => [k, draft[k]])) as SettingsPatch;
    if (Object.keys(patch).length === 0) {
      notify(t.settings.noChanges);
      return;
    }
    setPending(true);
    try {
      await save(patch);
      notify(savedMessage);
    } catch (error) {
      show(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <Form ref={formRef} onSubmit={submit} validationErrors={fieldErrors} className="form settings-form">
      <FormAlert messages={messages} />
      <ClearServerErrorContext.Provider value={clearField}>
        {keys.map((key) => (
          <SettingField
            key={key}
            settingKey={key}
            value={draft[key] ?? ''}
            onChange={(value) => setDraft((d) => ({ ...d, [key]: value }))}
            note={noteFor?.(key)}
          />
        ))}
      </ClearServerErrorContext.Provider>
      {children?.(draft)}
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={pending}>
          {pending ? t.common.saving : t.common.save}
        </Button>
      </div>
    </Form>
  );
}
