import { Link } from 'react-router';
import type { ContractSummaryData } from '../../api/contracts.js';
import { contractPath } from '../../app/navigation.js';
import { useI18n } from '../../i18n/index.js';
import { ContractStatusBadge } from './ContractStatusBadge.js';
import { TableHead } from './TableHead.js';

/** Every version of the person's contracts, newest first, each a link to its page. */
export function ContractVersions({ versions }: { versions: ContractSummaryData[] }) {
  const { t, formatDate } = useI18n();
  const tab = t.contracts.tab;
  return (
    <table className="table table--dense contract-table">
      <caption className="visually-hidden">{tab.versions}</caption>
      <TableHead labels={[tab.version, tab.nature, tab.status, tab.dates]} />
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} className="table__row">
            <th scope="row" className="table__cell">
              <Link to={contractPath(v.id)} className="table__link">
                {tab.versionName(v.versionNumber, t.contracts.kinds[v.kind])}
              </Link>
            </th>
            <td className="table__cell">{t.contracts.natures[v.nature]}</td>
            <td className="table__cell">
              <ContractStatusBadge status={v.status} />
            </td>
            <td className="table__cell">{t.contracts.period(formatDate(v.startsOn), formatDate(v.endsOn))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
