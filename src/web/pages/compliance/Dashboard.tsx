import { complianceApi } from '../../api/compliance.js';
import { useResource } from '../../api/useResource.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { SessionsToPrepare } from '../team-sessions/SessionsToPrepare.js';

/** The département's counts: open reports by step and age, decisions by type and territory, EP cases to prepare. */
export function Dashboard() {
  const { t, formatNumber } = useI18n();
  const c = t.compliance;
  const d = c.dashboard;
  const loaded = useResource('breaches:dashboard', () => complianceApi.dashboard());
  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <LoadingState />;
  const { openByStatusAndAge, decisions, toPrepare } = loaded.data;
  const table = (caption: string, headers: string[], rows: string[][]) => (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>{headers.map((h) => <th key={h} scope="col" className="table__column">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr><td colSpan={headers.length} className="table__cell">{d.none}</td></tr>
          ) : rows.map((r) => <tr key={r.join('|')}>{r.map((cell, i) => <td key={i} className="table__cell">{cell}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="breaches-dashboard" className="breach-dashboard">
      <h2 id="breaches-dashboard">{d.title}</h2>
      {table(d.byAge, [c.list.status, c.list.age, d.count], openByStatusAndAge.map((r) => [c.reviewStatuses[r.reviewStatus], d.bands[r.band], formatNumber(r.count)]))}
      {table(d.decisions, [c.list.status, c.list.territory, d.count], decisions.map((r) => [c.events[r.event] ?? r.event, r.territoryName ?? d.noTerritory, formatNumber(r.count)]))}
      {table(d.toPrepare, [c.list.territory, d.count], toPrepare.map((r) => [r.key || d.noTerritory, formatNumber(r.count)]))}
      <SessionsToPrepare />
    </section>
  );
}
