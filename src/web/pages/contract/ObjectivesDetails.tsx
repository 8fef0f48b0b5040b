import type { ContractViewData } from '../../api/contracts.js';
import { useI18n } from '../../i18n/index.js';
import { Group } from '../person/PersonSummary.js';
import { ObjectivesTimeline } from './ObjectivesTimeline.js';
import { TableHead } from './TableHead.js';

type Objective = ContractViewData['objectives'][number];

/** One objective's actions as a small table: what, by whom, when, where it stands. */
function ActionsTable({ objective, n }: { objective: Objective; n: number }) {
  const { t, formatDate } = useI18n();
  const d = t.contracts.details;
  if (objective.actions.length === 0) return <p className="muted">{d.noActions}</p>;
  const dates = (from: string | null, to: string | null) =>
    from && to ? t.contracts.period(formatDate(from), formatDate(to)) : from ? formatDate(from) : to ? formatDate(to) : t.contracts.none;
  return (
    <table className="table table--dense contract-table">
      <caption className="visually-hidden">{d.actions(n)}</caption>
      <TableHead labels={[d.actionLabel, d.actionType, d.organiser, d.actionDates, d.actionStatus]} />
      <tbody>
        {objective.actions.map((action) => (
          <tr key={action.id} className="table__row">
            <th scope="row" className="table__cell">
              {action.label}
            </th>
            <td className="table__cell">{t.contracts.actionTypes[action.type]}</td>
            <td className="table__cell">{action.organiser ?? t.contracts.none}</td>
            <td className="table__cell">{dates(action.startsOn, action.endsOn)}</td>
            <td className="table__cell">{t.contracts.actionStatuses[action.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The objectives on the calendar, then each with its consent, its evaluation and its actions. */
export function ObjectivesDetails({ contract }: { contract: ContractViewData }) {
  const { t, formatDate } = useI18n();
  const d = t.contracts.details;
  if (contract.objectives.length === 0) return <p className="muted">{d.noObjectives}</p>;
  return (
    <>
      <ObjectivesTimeline startsOn={contract.startsOn} endsOn={contract.endedOn ?? contract.endsOn} objectives={contract.objectives} />
      <ol className="contract-objectives-list">
        {contract.objectives.map((objective, i) => (
          <li key={objective.id} className="contract-objectives-list__item">
            <Group
              title={d.objectiveTitle(i + 1, objective.wording)}
              entries={[
                [d.term, t.contracts.terms[objective.term]],
                [d.domain, t.contracts.domains[objective.domain]],
                [d.deadline, formatDate(objective.deadline)],
                [d.objectiveStatus, t.contracts.objectiveStatuses[objective.status]],
                [d.consent, objective.consentOn ? d.consentOn(formatDate(objective.consentOn)) : <span className="muted">{d.noConsent}</span>],
                ...(objective.evaluatedOn ? [[d.evaluatedOn, formatDate(objective.evaluatedOn)] as [string, string]] : []),
                ...(objective.evaluationComment ? [[d.evaluationComment, objective.evaluationComment] as [string, string]] : []),
              ]}
            />
            <ActionsTable objective={objective} n={i + 1} />
          </li>
        ))}
      </ol>
    </>
  );
}
