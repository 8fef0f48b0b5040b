import { useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';
import { RomeSearch } from './RomeSearch.js';

export interface JobRow {
  key: number;
  romeCode: string;
  label: string;
}

interface TargetJobsFieldProps {
  rows: JobRow[];
  onChange: (rows: JobRow[]) => void;
}

const MAX_JOBS = 10;

/**
 * The jobs sought, each a ROME code and its title, as a small repeatable group. Inputs are named
 * "targetJobs_0_romeCode"… so that the server's errors land on the right one.
 */
export function TargetJobsField({ rows, onChange }: TargetJobsFieldProps) {
  const { t } = useI18n();
  const p = t.person.profile;
  const titleId = useId();
  const helpId = useId();
  const [nextKey, setNextKey] = useState(() => rows.reduce((max, r) => Math.max(max, r.key), 0) + 1);
  const [added, setAdded] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  const group = useRef<HTMLDivElement>(null);

  const update = (key: number, patch: Partial<JobRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <div ref={group} className="field job-list" role="group" aria-labelledby={titleId} aria-describedby={helpId}>
      <p id={titleId} className="field__label">
        {p.targetJobs}
      </p>
      <p id={helpId} className="field__help">
        {p.targetJobsHelp}
      </p>
      {rows.length === 0 ? <p className="muted">{p.noJobs}</p> : null}
      <ol className="job-list__rows">
        {rows.map((row, index) => (
          <li key={row.key} className="job-list__row" aria-label={p.jobNumber(index + 1)}>
            <TextField
              name={`targetJobs_${index}_romeCode`}
              label={p.romeCode}
              value={row.romeCode}
              onChange={(romeCode) => update(row.key, { romeCode: romeCode.toUpperCase() })}
              isRequired
              maxLength={5}
              pattern="[A-Na-n][0-9]{4}"
              // A row the person just added takes the focus, as a new empty line in a spreadsheet would.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus={row.key === added}
            />
            <TextField
              name={`targetJobs_${index}_label`}
              label={p.jobLabel}
              value={row.label}
              onChange={(label) => update(row.key, { label })}
              isRequired
              maxLength={200}
            />
            <Button
              size="sm"
              variant="quiet"
              className="job-list__remove"
              onPress={() => {
                onChange(rows.filter((r) => r.key !== row.key));
                // The pressed button disappears with its row: give the focus to "add" rather than to nothing.
                requestAnimationFrame(() => group.current?.querySelector<HTMLElement>('.job-list__add')?.focus());
              }}
            >
              {p.removeJob(index + 1)}
            </Button>
          </li>
        ))}
      </ol>
      {rows.length < MAX_JOBS ? (
        <RomeSearch
          onPick={(job) => {
            onChange([...rows, { key: nextKey, romeCode: job.romeCode, label: job.label }]);
            setNextKey((k) => k + 1);
            setAnnounce(p.jobAdded(job.label, job.romeCode));
          }}
        />
      ) : null}
      {/* The new row appears above the search field, out of sight of a screen reader: say it. */}
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      {rows.length < MAX_JOBS ? (
        <Button
          size="sm"
          className="job-list__add"
          onPress={() => {
            onChange([...rows, { key: nextKey, romeCode: '', label: '' }]);
            setAdded(nextKey);
            setNextKey((k) => k + 1);
          }}
        >
          {p.addJob}
        </Button>
      ) : null}
    </div>
  );
}
