import { useEffect, useState } from 'react';
import { SearchField, Input, Label, Text } from 'react-aria-components';
import { beneficiariesApi } from '../../api/people.js';
import { useResource } from '../../api/useResource.js';
import { workshopsApi } from '../../api/workshops.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';

const SHOWN = 10;

interface RegisterDialogProps {
  sessionId: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Registers one person of the PIP: a search (name, first name, CAF number) narrows the people
 * followed, shown as radio buttons with their birth date to tell namesakes apart.
 */
export function RegisterDialog({ sessionId, onClose, onDone }: RegisterDialogProps) {
  const { t, formatDate } = useI18n();
  const r = t.workshops.dialogs.register;
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);

  // The list follows the typing, a moment after it stops.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(query.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [query]);

  const people = useResource(`workshop-people:${searched}`, () => beneficiariesApi.list({ q: searched || undefined, status: 'active', sort: 'name' }, 1, SHOWN));
  const items = people.data?.items ?? [];
  const nameOf = (id: string) => {
    const p = items.find((x) => x.id === id);
    return p ? `${p.firstNames} ${p.lastName}` : '';
  };

  async function submit(data: FormData) {
    const beneficiaryId = text(data, 'beneficiaryId');
    const name = nameOf(beneficiaryId);
    const { status } = await workshopsApi.register(sessionId, beneficiaryId);
    notify(status === 'waiting' ? t.workshops.done.waiting(name) : t.workshops.done.registered(name));
    onDone();
  }

  return (
    <FormDialog title={r.title} submitLabel={r.submit} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} size="lg">
      <SearchField value={query} onChange={setQuery} className="field" onSubmit={() => setSearched(query.trim())}>
        <Label className="field__label">{r.search}</Label>
        <Text slot="description" className="field__help">
          {r.searchHelp}
        </Text>
        <Input className="field__input" />
      </SearchField>
      {people.error ? <ErrorAlert error={people.error} onRetry={people.reload} /> : null}
      {!people.data && !people.error ? <LoadingState /> : null}
      {people.data && items.length === 0 ? (
        <p className="muted" role="status">
          {r.noMatch}
        </p>
      ) : null}
      {items.length > 0 ? (
        <RadioGroupField
          name="beneficiaryId"
          label={r.person}
          options={items.map((p) => ({ id: p.id, label: `${p.lastName.toUpperCase()} ${p.firstNames}`, detail: formatDate(p.birthDate) }))}
          value={chosen && items.some((p) => p.id === chosen) ? chosen : null}
          onChange={setChosen}
          isRequired
        />
      ) : null}
    </FormDialog>
  );
}
