import { useState } from 'react';
import type { Key } from 'react-aria-components';
import { referenceApi, type ReferenceList } from '../../api/reference.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { useI18n } from '../../i18n/index.js';

/** The theme choice that asks for a new code instead: not a code itself (codes have no dash). */
const NEW_THEME = '-new-';

interface AddItemDialogProps {
  list: ReferenceList;
  /** Codes already in use, offered first; a new code may be typed. */
  themeCodes: string[];
  themeName: (code: string) => string;
  initialTheme: string | null;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * A new item. Its theme is one already in use or a new code; a theme's own code for the themes
 * list. The server checks the code's format and refuses a label the theme already has; its
 * messages show on the fields.
 */
export function AddItemDialog({ list, themeCodes, themeName, initialTheme, onClose, onSaved }: AddItemDialogProps) {
  const { t } = useI18n();
  const r = t.reference;
  const notify = useNotify();
  const isThemes = list === 'themes';
  const [choice, setChoice] = useState<string | null>(initialTheme);
  const typesCode = isThemes || choice === NEW_THEME;
  const options = [
    ...themeCodes.map((code) => ({ id: code, label: themeName(code) === code ? code : `${themeName(code)} (${code})` })),
    { id: NEW_THEME, label: r.newTheme },
  ].sort((a, b) => (a.id === NEW_THEME ? 1 : b.id === NEW_THEME ? -1 : a.label.localeCompare(b.label, 'fr')));

  async function submit(data: FormData) {
    const label = text(data, 'label');
    await referenceApi.add(list, { theme: typesCode ? text(data, 'theme') : (choice ?? ''), label });
    notify(r.added(label));
    onSaved();
  }

  return (
    <FormDialog
      title={r.addTitle[list]}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      submitLabel={r.add}
      codeToField={{ CONFLICT: 'label' }}
    >
      {isThemes ? null : (
        <SelectField
          name="themeChoice"
          label={r.theme}
          options={options}
          selectedKey={choice}
          onSelectionChange={(key: Key | null) => setChoice(key === null ? null : String(key))}
          isRequired
        />
      )}
      {typesCode ? (
        <TextField
          name="theme"
          label={isThemes ? r.code : r.themeCode}
          description={isThemes ? r.themeCodeHelp : `${r.themeCodeHelp} ${r.newThemeHelp}`}
          autoComplete="off"
          isRequired
          maxLength={60}
        />
      ) : null}
      <TextField name="label" label={r.label} description={r.labelHelp} autoComplete="off" isRequired maxLength={300} />
    </FormDialog>
  );
}
