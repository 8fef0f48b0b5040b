import { useId, useState } from 'react';
import { addDays, frenchToday } from '../../../shared/calendar.js';
import { ProofPeriod } from '../../../shared/contracts/proof.js';
import { buildUrl } from '../../api/client.js';
import { DateField } from '../../components/fields/DateField.js';
import { useI18n } from '../../i18n/index.js';

/**
 * The person's justification pack (FSE+) for a period, as a plain link: the browser downloads the
 * archive itself with the session cookie. The link exists only while the period is valid, so the
 * server's refusal is never what the user meets.
 */
export function ProofPanel({ beneficiaryId, since }: { beneficiaryId: string; since: string | null }) {
  const { t } = useI18n();
  const p = t.proof;
  const today = frenchToday();
  const [from, setFrom] = useState<string | null>(since && since < today ? since : addDays(today, -365));
  const [to, setTo] = useState<string | null>(today);
  const errorId = useId();
  const titleId = useId();
  const valid = ProofPeriod.safeParse({ from, to }).success;
  return (
    <section className="proof" aria-labelledby={titleId}>
      <h3 id={titleId} className="proof__title">{p.title}</h3>
      <p>{p.intro}</p>
      <div className="proof__period" role="group" aria-label={p.periodLabel} aria-describedby={valid ? undefined : errorId}>
        <DateField name="from" label={p.from} value={from} onChange={setFrom} isRequired />
        <DateField name="to" label={p.to} value={to} onChange={setTo} isRequired />
      </div>
      {valid ? (
        <p>
          <a className="button button--primary" download href={buildUrl(`/beneficiaries/${beneficiaryId}/proof`, { from: from!, to: to! })}>
            {p.download}
          </a>{' '}
          <span className="muted">{p.audited}</span>
        </p>
      ) : (
        <p id={errorId} className="field__error" role="alert">{p.invalid}</p>
      )}
    </section>
  );
}
