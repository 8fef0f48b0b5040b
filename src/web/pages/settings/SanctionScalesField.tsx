import type { SanctionScale } from '../../../shared/settings.js';

/**
 * The sanction table, shown as it stands: its rows are reference data the département changes
 * through the settings API (PATCH /api/settings); the officer picks one row per decision.
 */
export function SanctionScalesField({ label, description, value }: { label: string; description: string; value: SanctionScale[] }) {
  const months = (r: SanctionScale) => (r.minMonths === null ? '—' : `${r.minMonths}–${r.maxMonths}`);
  return (
    <div className="field">
      <div className="table-wrap">
        <table className="table">
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col" className="table__column">{label}</th>
              <th scope="col" className="table__column">%</th>
              <th scope="col" className="table__column">% (2+)</th>
              <th scope="col" className="table__column">M</th>
            </tr>
          </thead>
          <tbody>
            {value.map((r) => (
              <tr key={r.code}>
                <td className="table__cell">{r.label}</td>
                <td className="table__cell">{`${r.minSharePercent}–${r.maxSharePercent}`}</td>
                <td className="table__cell">{r.maxSharePercentLargerHousehold}</td>
                <td className="table__cell">{months(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__description">{description}</p>
    </div>
  );
}
