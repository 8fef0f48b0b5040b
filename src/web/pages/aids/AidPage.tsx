import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { useNotify } from '../../components/Notifier.js';
import { aidsApi, type AidDetailData } from '../../api/aids.js';
import { useResource } from '../../api/useResource.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { AidActions } from './AidActions.js';
import './aids.css';

/** One aid request: what is asked and why, its documents, its history, and the steps the viewer may take. */
export function AidPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const loaded = useResource(`aid:${id}`, () => aidsApi.get(id));
  const aid = loaded.data;
  const notify = useNotify();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  useEffect(() => {
    if (created) notify(t.aids.form.saved);
  }, [created, notify, t]);
  return (
    <>
      <PageHeader title={aid ? t.aids.detail.title(t.aids.types[aid.aidType]) : t.aids.area.label} />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!aid ? (loaded.error ? null : <LoadingState />) : (
        <>
          <AidActions aid={aid} onChanged={loaded.reload} />
          <AidDetails aid={aid} />
        </>
      )}
    </>
  );
}

function AidDetails({ aid }: { aid: AidDetailData }) {
  const { t, formatMoney, formatDate, formatDateTime } = useI18n();
  const a = t.aids;
  const d = a.detail;
  const euros = (cents: number | null) => (cents === null ? '—' : formatMoney(cents / 100));
  const present = new Set(aid.documents.map((doc) => doc.kind));
  const missing = aid.requiredDocuments.filter((k) => !present.has(k)).map((k) => a.documents[k].toLocaleLowerCase());
  const rows: [string, string][] = [
    [d.person, aid.personName],
    [a.columns.provider, aid.providerName],
    [a.columns.status, a.statuses[aid.status]],
    [a.columns.requested, euros(aid.requestedCents)],
    [a.columns.granted, euros(aid.grantedCents)],
    [a.columns.paid, euros(aid.paidCents)],
    [d.objective, aid.objective?.wording ?? '—'],
    [d.purpose, aid.purpose],
    [d.justification, aid.justification],
    [d.payee, aid.payee === 'supplier' ? `${a.payees.supplier} : ${aid.supplierName ?? ''}` : a.payees.person],
    [d.consent, aid.consentOn ? d.consentOn(formatDate(aid.consentOn)) : d.consentMissing],
  ];
  if (aid.decisionReason) rows.push([d.reason, aid.decisionReason]);
  if (aid.paidOn) rows.push([d.paidOn, formatDate(aid.paidOn)]);
  return (
    <div className="aid">
      <section className="aid__section" aria-labelledby="aid-request">
        <h2 id="aid-request">{d.request}</h2>
        <dl className="aid__facts">
          {rows.map(([label, value]) => (
            <div key={label} className="aid__fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="aid__section" aria-labelledby="aid-documents">
        <h2 id="aid-documents">{d.documents}</h2>
        {aid.documents.length === 0 ? <p>{d.noDocuments}</p> : (
          <ul>
            {aid.documents.map((doc) => (
              <li key={doc.id}>
                <a href={aidsApi.documentUrl(aid.id, doc.id)}>{`${a.documents[doc.kind]} — ${doc.name}`}</a>
              </li>
            ))}
          </ul>
        )}
        {missing.length > 0 ? <p className="field__help">{d.missing(missing.join(', '))}</p> : null}
      </section>
      <section className="aid__section" aria-labelledby="aid-history">
        <h2 id="aid-history">{d.history}</h2>
        <ol>
          {aid.events.map((e, i) => (
            <li key={i}>
              {d.event(d.events[e.event] ?? e.event, e.actorName, formatDateTime(e.at))}
              {e.amountCents !== null ? ` — ${euros(e.amountCents)}` : ''}
              {e.reason ? ` — ${e.reason}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
