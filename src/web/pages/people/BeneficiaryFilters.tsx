import { useId, useState, type FormEvent } from 'react';
import { Form, type Key } from 'react-aria-components';
import { ALERT_KINDS, PATHWAY_STATUSES } from '../../../shared/beneficiaries.js';
import { Button } from '../../components/Button.js';
import { SelectField, type SelectOption } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';
import type { EditableFilters } from './useListState.js';

const ANY = 'any';

/** The département's own filters; absent for PIP staff, who only see their PIP anyway. */
export interface OrganisationOptions {
  territories: SelectOption[];
  lots: SelectOption[];
  providers: SelectOption[];
}

interface BeneficiaryFiltersProps {
  value: EditableFilters;
  onApply: (filters: EditableFilters) => void;
  /** False where the page fixes the situation itself (the queue, the people to orient). */
  showStatus: boolean;
  organisation?: OrganisationOptions;
}

export function BeneficiaryFilters({ value, onApply, showStatus, organisation }: BeneficiaryFiltersProps) {
  const { t } = useI18n();
  const l = t.list;
  const titleId = useId();
  // The parent keys this form by the applied filters: a change of address starts a fresh draft.
  const [draft, setDraft] = useState<EditableFilters>(value);

  const choose = (key: keyof EditableFilters) => (selected: Key | null) =>
    setDraft((d) => ({ ...d, [key]: selected === null || selected === ANY ? undefined : String(selected) }));
  const withAny = (anyLabel: string, options: SelectOption[]) => [{ id: ANY, label: anyLabel }, ...options];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...draft, q: draft.q?.trim() || undefined });
  }

  return (
    <Form onSubmit={submit} className="filters" aria-labelledby={titleId} role="search">
      <h2 id={titleId} className="filters__title">
        {l.filters}
      </h2>
      <div className="filters__grid">
        <TextField
          label={l.search}
          description={l.searchHelp}
          value={draft.q ?? ''}
          onChange={(q) => setDraft((d) => ({ ...d, q }))}
          maxLength={120}
        />
        {showStatus ? (
          <SelectField
            label={l.status}
            options={withAny(l.anyStatus, PATHWAY_STATUSES.map((s) => ({ id: s, label: t.statuses[s] })))}
            value={draft.status ?? ANY}
            onChange={choose('status')}
          />
        ) : null}
        <SelectField
          label={l.alert}
          options={withAny(l.anyAlert, ALERT_KINDS.map((a) => ({ id: a, label: t.alerts[a] })))}
          value={draft.alert ?? ANY}
          onChange={choose('alert')}
        />
        {organisation ? (
          <>
            <SelectField label={l.territory} options={withAny(l.anyTerritory, organisation.territories)} value={draft.territoryId ?? ANY} onChange={choose('territoryId')} />
            <SelectField label={l.lot} options={withAny(l.anyLot, organisation.lots)} value={draft.lotId ?? ANY} onChange={choose('lotId')} />
            <SelectField label={l.provider} options={withAny(l.anyProvider, organisation.providers)} value={draft.providerId ?? ANY} onChange={choose('providerId')} />
          </>
        ) : null}
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {l.apply}
        </Button>
        <Button onPress={() => onApply({})}>{l.reset}</Button>
      </div>
    </Form>
  );
}
