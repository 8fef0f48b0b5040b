import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Autocomplete, ListBox, ListBoxItem, useFilter, type Key } from 'react-aria-components';
import type { SelectOption } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';

/** Shown at once, without a scrolling box the keyboard could not scroll: typing narrows the list. */
const SHOWN = 8;

interface SuggestFieldProps {
  name: string;
  label: string;
  description: string;
  /** The reference list's wordings offered for this row; typing filters them. */
  options: SelectOption[];
  /** Names the list of suggestions for screen readers. */
  listLabel: string;
  value: string;
  /** The text, and the reference item it is when picked from the list (null once it is edited). */
  onChange: (text: string, itemId: string | null) => void;
  minLength: number;
  maxLength: number;
  isRequired?: boolean;
}

/**
 * Free text with suggestions: the reference list proposes wordings, the referent may keep one,
 * adapt it or write another. The suggestions sit in the page under the field (an autocomplete,
 * not a popover: a popover would hide the rest of the form from assistive technologies while it
 * is open). Typing shows them, the arrows move in them, Enter takes one, Escape hides them.
 */
export function SuggestField({ options, listLabel, value, onChange, ...field }: SuggestFieldProps) {
  const listId = useId();
  const { contains } = useFilter({ sensitivity: 'base' });
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const shown = open ? options.filter((o) => contains(o.label, value.trim())).slice(0, SHOWN) : [];
  const idOf = (text: string) => options.find((o) => o.label === text)?.id ?? null;

  const pick = (key: Key) => {
    const option = options.find((o) => o.id === key);
    if (!option) return;
    onChange(option.label, option.id);
    setOpen(false);
    box.current?.querySelector('input')?.focus();
  };

  function keyDown(event: KeyboardEvent) {
    // Enter takes a suggestion; without one it must not submit the whole contract.
    if (event.key === 'Enter') event.preventDefault();
    if (event.key === 'Escape') setOpen(false);
    if (event.key === 'ArrowDown' && !open) setOpen(true);
  }

  const leave = (event: FocusEvent) => {
    if (!box.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div ref={box} className="suggest" onBlur={leave}>
      <Autocomplete
        inputValue={value}
        onInputChange={(text) => {
          onChange(text, idOf(text));
          setOpen(true);
        }}
      >
        <TextField {...field} onKeyDown={keyDown} />
        <p id={listId} className="visually-hidden">
          {listLabel}
        </p>
        {/* Always there, empty when closed: the field keeps pointing at it (aria-controls) after it hides. */}
        <ListBox
          aria-labelledby={listId}
          items={shown}
          onAction={pick}
          className={`listbox listbox--inline suggest__list${shown.length ? '' : ' suggest__list--empty'}`}
        >
          {(option: SelectOption) => (
            <ListBoxItem id={option.id} textValue={option.label} className="listbox__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Autocomplete>
    </div>
  );
}
