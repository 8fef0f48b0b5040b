import { ACTIVITY_TYPES } from '../../../shared/cer.js';
import type { ContractViewData } from '../../api/contracts.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { Written } from './ContractDetails.js';
import { TableHead } from './TableHead.js';

/** The CE's weekly hours by activity, their total against the requirement, and the server's verdict in its words. */
export function WeeklyPlanDetails({ contract }: { contract: ContractViewData }) {
  const { t, formatNumber } = useI18n();
  const d = t.contracts.details;
  const h = (n: number) => t.contracts.hours(formatNumber(n));
  const plan = contract.weeklyPlan;
  const planned = ACTIVITY_TYPES.filter((a) => (plan?.hours[a] ?? 0) > 0);
  const check = contract.weeklyHours;

  return (
    <>
      {planned.length === 0 ? (
        <p className="muted">{d.noHours}</p>
      ) : (
        <table className="table table--dense contract-table">
          <TableHead labels={[d.activity, d.hoursPerWeek]} />
          <tbody>
            {planned.map((activity) => (
              <tr key={activity} className="table__row">
                <th scope="row" className="table__cell">
                  {t.contracts.activities[activity]}
                </th>
                <td className="table__cell">{h(plan?.hours[activity] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {check ? <p className="contract-section__total">{d.total(h(check.total), h(check.required))}</p> : null}
      {plan?.reduction ? (
        <>
          <h3 className="contract-section__subtitle">{d.reduction}</h3>
          <p>{d.reductionDetail(t.contracts.reductions[plan.reduction.reason], h(plan.reduction.hours))}</p>
          <Written text={plan.reduction.justification} />
        </>
      ) : null}
      {check ? (
        <Notice tone={check.problem ? 'warning' : 'success'}>
          <p>{check.problem ?? d.planMeets}</p>
        </Notice>
      ) : null}
    </>
  );
}
