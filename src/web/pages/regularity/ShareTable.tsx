import type { RegularityShareData } from '../../api/agenda.js';
import { useI18n } from '../../i18n/index.js';

export interface ShareTableProps {
  caption: string;
  /** The first column's header: referent, PIP or lot. */
  groupLabel: string;
  /** What a row without a group is called (people without a referent…). */
  noneLabel: string;
  rows: RegularityShareData[];
}

/**
 * One grouping of the shares: counts, the share as a percentage in words, and a bar that repeats
 * it for the eye (hidden from assistive technologies, which read the percentage).
 */
export function ShareTable({ caption, groupLabel, noneLabel, rows }: ShareTableProps) {
  const { t, formatNumber } = useI18n();
  const r = t.agenda.regularity;
  const percent = (share: number) => formatNumber(Math.round(share * 1000) / 10);
  return (
    <div className="table-wrap">
      <table className="table share-table">
        <caption className="share-table__caption">{caption}</caption>
        <thead className="table__header">
          <tr>
            <th scope="col" className="table__column">{groupLabel}</th>
            <th scope="col" className="table__column share-table__number">{r.subject}</th>
            <th scope="col" className="table__column share-table__number">{r.within}</th>
            <th scope="col" className="table__column share-table__number">{r.late}</th>
            <th scope="col" className="table__column">{r.share}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id ?? 'none'} className="table__row">
              <th scope="row" className="table__cell share-table__name">{row.id === null ? noneLabel : row.name}</th>
              <td className="table__cell share-table__number">{formatNumber(row.subject)}</td>
              <td className="table__cell share-table__number">{formatNumber(row.within)}</td>
              <td className="table__cell share-table__number">{formatNumber(row.late)}</td>
              <td className="table__cell share-table__share">
                {row.share === null ? (
                  r.noShare
                ) : (
                  <>
                    <span className="share-table__value">{r.shareValue(percent(row.share))}</span>
                    <span className="share-bar" aria-hidden="true">
                      <span className="share-bar__fill" style={{ width: `${row.share * 100}%` }} />
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
