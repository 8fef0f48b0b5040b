import { useState, type FormEvent } from 'react';
import { Form, type Key } from 'react-aria-components';
import type { User } from '../../../shared/contracts/organisations.js';
import type { AuditFilters as Filters } from '../../api/endpoints.js';
import { Button } from '../../components/Button.js';
import { DateField } from '../../components/fields/DateField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';

const ANY = 'any';

interface AuditFiltersProps {
  value: Filters;
  /** Absent when the role may not list users: the author filter is then hidden. */
  users: User[] | undefined;
  onApply: (filters: Filters) => void;
}

export function AuditFilters({ value, users, onApply }: AuditFiltersProps) {
  const { t } = useI18n();
  const a = t.audit;
  const [draft, setDraft] = useState<Filters>(value);
  const set = (key: keyof Filters) => (v: string | null) => setDraft((d) => ({ ...d, [key]: v || undefined }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  function reset() {
    setDraft({});
    onApply({});
  }

  return (
    <Form onSubmit={submit} className="filters" aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title" className="filters__title">
        {a.filters}
      </h2>
      <div className="filters__grid">
        <TextField label={a.action} value={draft.action ?? ''} onChange={set('action')} maxLength={80} />
        <TextField label={a.entityType} value={draft.entityType ?? ''} onChange={set('entityType')} maxLength={80} />
        <TextField label={a.entityId} value={draft.entityId ?? ''} onChange={set('entityId')} maxLength={80} />
        {users ? (
          <SelectField
            label={a.actor}
            options={[{ id: ANY, label: a.anyActor }, ...users.map((u) => ({ id: u.id, label: u.displayName }))]}
            value={draft.actorUserId ?? ANY}
            onChange={(key: Key | null) => set('actorUserId')(key === ANY || key === null ? null : String(key))}
          />
        ) : null}
        <DateField label={a.from} value={draft.from ?? null} onChange={set('from')} />
        <DateField label={a.to} value={draft.to ?? null} onChange={set('to')} />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {a.apply}
        </Button>
        <Button onPress={reset}>{a.reset}</Button>
      </div>
    </Form>
  );
}
