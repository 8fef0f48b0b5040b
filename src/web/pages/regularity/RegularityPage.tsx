import { useSearchParams } from 'react-router';
import { agendaApi } from '../../api/agenda.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { ShareTable } from './ShareTable.js';
import './regularity.css';

const NONE = 'none';

/**
 * « Régularité du suivi »: the share of followed people within the contact rule. A PIP sees its
 * referents; the département sees each PIP and each lot, and one PIP's referents when it picks
 * it (?pip=… in the address).
 */
export function RegularityPage() {
  const { t, formatDate } = useI18n();
  const r = t.agenda.regularity;
  const user = useCurrentUser();
  const isPip = user.providerId !== null;
  const [params, setParams] = useSearchParams();
  const pip = isPip ? null : params.get('pip');
  const loaded = useResource(`regularity:${pip ?? ''}`, () => agendaApi.regularity(pip ?? undefined));
  const report = loaded.data;
  const choosePip = (id: string | null) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      if (id) out.set('pip', id);
      else out.delete('pip');
      return out;
    });
  const pipOptions = (report?.providers ?? []).flatMap((p) => (p.id ? [{ id: p.id, label: p.name }] : []));

  return (
    <>
      <PageHeader title={r.title} intro={r.intro} />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!report ? (
        loaded.error ? null : <LoadingState />
      ) : report.total.subject === 0 ? (
        <EmptyState title={r.empty} />
      ) : (
        <>
          <p className="regularity__as-of">{r.asOf(formatDate(report.asOf))}</p>
          <ShareTable caption={r.total} groupLabel={isPip ? r.provider : r.department} noneLabel={r.department} rows={[{ ...report.total, id: isPip ? user.providerId : null, name: isPip ? (user.providerName ?? report.total.name) : r.department }]} />
          {isPip ? null : (
            <>
              <ShareTable caption={r.byProvider} groupLabel={r.provider} noneLabel={r.none.provider} rows={report.providers} />
              <ShareTable caption={r.byLot} groupLabel={r.lot} noneLabel={r.none.lot} rows={report.lots} />
              <div className="regularity__pip">
                <SelectField
                  label={r.choosePip}
                  selectedKey={pip ?? NONE}
                  onSelectionChange={(key) => choosePip(key === NONE || key === null ? null : String(key))}
                  options={[{ id: NONE, label: r.noPip }, ...pipOptions]}
                />
              </div>
            </>
          )}
          {isPip || pip ? <ShareTable caption={r.byReferent} groupLabel={r.referent} noneLabel={r.none.referent} rows={report.referents} /> : null}
        </>
      )}
    </>
  );
}
