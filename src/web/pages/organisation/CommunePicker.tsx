import { useId, useMemo, useState } from 'react';
import { Input, Label, ListBox, ListBoxItem, SearchField, Text, type Selection } from 'react-aria-components';
import type { Commune, Territory } from '../../../shared/contracts/organisations.js';
import { useI18n } from '../../i18n/index.js';

interface CommunePickerProps {
  communes: Commune[];
  territories: Territory[];
  /** The territory being edited, whose communes are not "elsewhere". */
  territoryId: string | null;
  selected: Set<string>;
  onChange: (selected: Set<string>) => void;
}

/**
 * A filterable multi-select list: one tab stop for ~150 communes (arrows move, Space ticks),
 * where a list of checkboxes would cost 150 tab stops.
 */
export function CommunePicker({ communes, territories, territoryId, selected, onChange }: CommunePickerProps) {
  const { t, locale } = useI18n();
  const o = t.organisation.territories;
  const [filter, setFilter] = useState('');
  const labelId = useId();
  const helpId = useId();

  const territoryName = useMemo(() => new Map(territories.map((x) => [x.id, x.name])), [territories]);
  const visible = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase(locale);
    return communes.filter(
      (c) => !q || c.name.toLocaleLowerCase(locale).includes(q) || c.postalCodes.some((p) => p.startsWith(q)) || c.inseeCode.startsWith(q),
    );
  }, [communes, filter, locale]);

  const change = (selection: Selection) => {
    // "Select all" (Ctrl+A) means all the communes currently shown, added to those already chosen.
    const keys = selection === 'all' ? [...selected, ...visible.map((c) => c.inseeCode)] : [...selection];
    onChange(new Set(keys.map(String)));
  };

  return (
    <div className="field commune-picker">
      <p className="field__label" id={labelId}>
        {o.communes}
      </p>
      <Text className="field__help" id={helpId}>
        {o.communesHelp}
      </Text>
      <SearchField className="field field--search" value={filter} onChange={setFilter}>
        <Label className="field__label field__label--sub">{o.communesFilter}</Label>
        <Input className="field__input" />
      </SearchField>
      <p className="commune-picker__count" aria-live="polite">
        {o.selected(selected.size)}
      </p>
      <ListBox
        aria-labelledby={labelId}
        aria-describedby={helpId}
        items={visible}
        // Rows render texts and territory names: re-render them when those change.
        dependencies={[t, territoryName]}
        selectionMode="multiple"
        selectedKeys={selected}
        onSelectionChange={change}
        className="listbox listbox--scroll"
        renderEmptyState={() => <p className="listbox__empty">{o.noCommune}</p>}
      >
        {(commune) => {
          const elsewhere =
            commune.territoryId && commune.territoryId !== territoryId ? territoryName.get(commune.territoryId) : undefined;
          return (
            <ListBoxItem id={commune.inseeCode} textValue={commune.name} className="listbox__item listbox__item--check">
              {({ isSelected }) => (
                <>
                  <span className="checkbox__box" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  <span>
                    {commune.name} <span className="muted">({commune.postalCodes.join(', ')})</span>
                    {elsewhere ? <span className="muted"> — {o.elsewhere(elsewhere)}</span> : null}
                  </span>
                </>
              )}
            </ListBoxItem>
          );
        }}
      </ListBox>
    </div>
  );
}
