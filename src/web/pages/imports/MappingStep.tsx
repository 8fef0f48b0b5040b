import { useId, useState, type FormEvent } from 'react';
import { Form, type Key } from 'react-aria-components';
import type { ImportReportData } from '../../api/people.js';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { targetLabel, targetsFor } from './importFields.js';

interface MappingStepProps {
  report: ImportReportData;
  pending: boolean;
  onSubmit: (mapping: Record<string, string>) => void;
}

/**
 * Each column of the file with a list of the fields it can feed, starting from the server's guess.
 * One labelled select per column rather than selects inside a grid: the grid's arrow keys would
 * fight with the select's.
 */
export function MappingStep({ report, pending, onSubmit }: MappingStepProps) {
  const { t } = useI18n();
  const m = t.imports.mapping;
  const titleId = useId();
  const [mapping, setMapping] = useState<Record<string, string>>(report.mapping);
  const options = targetsFor(report.mapping).map((target) => ({ id: target, label: targetLabel(t, target) }));
  const blocking = report.status === 'needs_mapping';
  const unknown = new Set(report.unknownColumns);
  // Unknown columns first: they are the ones to look at.
  const headers = [...report.headers].sort((a, b) => Number(unknown.has(b)) - Number(unknown.has(a)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(mapping);
  }

  return (
    <section className="panel import-step" aria-labelledby={titleId}>
      <h2 id={titleId}>{m.title}</h2>
      <Notice tone={blocking ? 'warning' : 'info'}>
        <p>{blocking ? m.needed : m.unknown}</p>
        {report.missingFields.length ? (
          <p>{m.missing(report.missingFields.map((f) => targetLabel(t, f).toLocaleLowerCase()).join(', '))}</p>
        ) : null}
      </Notice>
      <Form onSubmit={submit} className="form">
        <div className="mapping-grid">
          {headers.map((header) => (
            <SelectField
              key={header}
              label={m.column(header)}
              options={options}
              value={mapping[header] ?? 'ignore'}
              onChange={(key: Key | null) => key !== null && setMapping((current) => ({ ...current, [header]: String(key) }))}
            />
          ))}
        </div>
        <div className="form__actions">
          <Button type="submit" variant={blocking ? 'primary' : 'secondary'} isPending={pending}>
            {m.submit}
          </Button>
        </div>
      </Form>
    </section>
  );
}
