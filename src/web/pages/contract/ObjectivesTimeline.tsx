import { useId } from 'react';
import { daysBetween } from '../../../shared/calendar.js';
import { OBJECTIVE_TERMS, type ObjectiveStatus } from '../../../shared/cer.js';
import type { ContractViewData } from '../../api/contracts.js';
import { todayIso } from '../../components/form.js';
import { useI18n } from '../../i18n/index.js';
import { TableHead } from './TableHead.js';

type Objective = ContractViewData['objectives'][number];

interface ObjectivesTimelineProps {
  startsOn: string;
  endsOn: string;
  objectives: Objective[];
  /** Tests and printouts may fix the day; the page passes nothing and gets today. */
  today?: string;
}

const OPEN: ObjectiveStatus[] = ['planned', 'in_progress'];

/**
 * A Gantt-like view of the objectives: one bar per objective from the contract's start to its
 * deadline, coloured by term, with today's line. It is a real table — objective, term, deadline
 * in words — and the bars only draw what the cells already say, so nothing rests on the drawing
 * or on colour: an overdue objective is written out too.
 */
export function ObjectivesTimeline({ startsOn, endsOn, objectives, today = todayIso() }: ObjectivesTimelineProps) {
  const { t, formatDate } = useI18n();
  const tl = t.contracts.timeline;
  const span = Math.max(1, daysBetween(startsOn, endsOn));
  const at = (date: string) => Math.min(100, Math.max(0, (daysBetween(startsOn, date) / span) * 100));
  const todayShown = today >= startsOn && today <= endsOn;
  const captionId = useId();

  if (objectives.length === 0) return <p className="muted">{tl.empty}</p>;
  return (
    <figure className="gantt">
      <figcaption id={captionId} className="gantt__caption">
        {tl.caption(formatDate(startsOn), formatDate(endsOn))} {tl.today(formatDate(today))}.
      </figcaption>
      <ul className="gantt__legend" aria-label={tl.legend}>
        {OBJECTIVE_TERMS.map((term) => (
          <li key={term}>
            <span className={`gantt__swatch gantt__bar--${term}`} aria-hidden="true" /> {t.contracts.terms[term]}
          </li>
        ))}
        {todayShown ? (
          <li>
            <span className="gantt__swatch gantt__swatch--today" aria-hidden="true" /> {tl.todayMarker}
          </li>
        ) : null}
      </ul>
      <table className="table table--dense gantt__table" aria-labelledby={captionId}>
        <TableHead labels={[tl.objective, tl.term, tl.deadline]}>
          <th scope="col" className="table__column gantt__axis">
            <span className="visually-hidden">{tl.bar}</span>
            <span aria-hidden="true" className="gantt__axis-labels">
              <span>{formatDate(startsOn)}</span>
              <span>{formatDate(endsOn)}</span>
            </span>
          </th>
        </TableHead>
        <tbody>
          {objectives.map((objective) => {
            const overdue = OPEN.includes(objective.status) && objective.deadline < today;
            return (
              <tr key={objective.id} className="table__row">
                <th scope="row" className="table__cell gantt__wording">
                  {objective.wording}
                </th>
                <td className="table__cell">{t.contracts.terms[objective.term]}</td>
                <td className="table__cell">
                  {formatDate(objective.deadline)}
                  {objective.deadline > endsOn ? <span className="muted"> ({tl.afterEnd})</span> : null}
                  {overdue ? (
                    <span className="badge badge--danger gantt__overdue">
                      <span aria-hidden="true">⚠ </span>
                      {tl.overdue}
                    </span>
                  ) : null}
                </td>
                <td className="table__cell">
                  {/* Positions go through React's style binding (the CSSOM), which the CSP allows. */}
                  <div aria-hidden="true" className="gantt__lane">
                    <span
                      className={`gantt__bar gantt__bar--${objective.term}${overdue ? ' gantt__bar--overdue' : ''}`}
                      style={{ width: `${Math.max(2, at(objective.deadline))}%` }}
                    />
                    {todayShown ? <span className="gantt__today" style={{ left: `${at(today)}%` }} /> : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
