import { useEffect, useId, useState } from 'react';
import { Autocomplete, Input, Label, ListBox, ListBoxItem, SearchField, Text, type Key } from 'react-aria-components';
import { referenceApi, type RomeJobData } from '../../api/reference.js';
import { useResource } from '../../api/useResource.js';
import { useI18n } from '../../i18n/index.js';

const PAUSE_MS = 250;
/** Shown at once, without a scrolling box (one the keyboard could not scroll by itself): type more to narrow. */
const SHOWN = 8;

/**
 * Finds a job in the ROME by its title or code, so nobody has to know "K2204" by heart. The
 * suggestions list sits in the page (an autocomplete, not a popover: a popover would hide the rest
 * of the page from assistive technologies while it is open). Arrows move in it, Enter adds the job.
 */
export function RomeSearch({ onPick }: { onPick: (job: RomeJobData) => void }) {
  const { t } = useI18n();
  const p = t.person.profile;
  const listLabel = useId();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    // Ask the server once typing pauses, not at every key.
    const timer = setTimeout(() => setQuery(input.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const searching = query.length >= 2;
  const jobs = useResource(searching ? `rome:${query}` : null, () => referenceApi.searchRome(query));
  const items = searching ? (jobs.data ?? []).slice(0, SHOWN) : [];

  // One ROME code has many job titles (appellations): an item is a code and a title together.
  const keyOf = (job: RomeJobData) => `${job.romeCode}|${job.label}`;
  const pick = (key: Key) => {
    const job = items.find((j) => keyOf(j) === key);
    if (!job) return;
    onPick(job);
    setInput('');
    setQuery('');
  };

  return (
    <div className="rome-search">
      <Autocomplete inputValue={input} onInputChange={setInput}>
        <SearchField
          className="field"
          // Enter picks a suggestion; without one it must not submit the whole file's form.
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
        >
          <Label className="field__label">{p.romeSearch}</Label>
          <Text slot="description" className="field__help">
            {p.romeSearchHelp}
          </Text>
          <Input className="field__input" />
        </SearchField>
        {searching && items.length ? (
          <>
            <p id={listLabel} className="visually-hidden">
              {p.romeResults}
            </p>
            <ListBox aria-labelledby={listLabel} items={items} onAction={pick} className="listbox listbox--inline">
              {(job: RomeJobData) => (
                <ListBoxItem id={keyOf(job)} textValue={`${job.label} (${job.romeCode})`} className="listbox__item">
                  {job.label} <span className="muted">({job.romeCode})</span>
                </ListBoxItem>
              )}
            </ListBox>
          </>
        ) : null}
      </Autocomplete>
      <p className="field__help" role="status">
        {searching && jobs.data && items.length === 0 ? p.romeNone : ''}
      </p>
    </div>
  );
}
