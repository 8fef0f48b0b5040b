import { ACTIVITY_TYPES, HOURS_REDUCTION_REASONS, type HoursReductionReason } from '../../../shared/cer.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { weeklyTotals, type ContractDraft } from './editorState.js';

interface WeeklyPlanFieldsProps {
  draft: ContractDraft;
  onChange: (patch: Partial<Pick<ContractDraft, 'hours' | 'reduction'>>) => void;
  minimum: number;
  /** The server's verdict on the plan as last saved, in its own words (null when it is met). */
  serverProblem: string | null;
}

const HALF_HOURS = { minimumFractionDigits: 0, maximumFractionDigits: 1 };

/**
 * The CE's weekly activity plan: hours per activity type with the total kept up to date against
 * the requirement (the legal minimum, or what a documented reduction grants).
 */
export function WeeklyPlanFields({ draft, onChange, minimum, serverProblem }: WeeklyPlanFieldsProps) {
  const { t, formatNumber } = useI18n();
  const e = t.contracts.editor;
  const h = (n: number) => t.contracts.hours(formatNumber(Math.round(n * 10) / 10));
  const { total, required } = weeklyTotals(draft, minimum);
  const reduction = draft.reduction;

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{e.weeklyLegend}</legend>
      <p className="field__help">{e.weeklyHelp(h(minimum))}</p>
      <div className="weekly-plan__grid">
        {ACTIVITY_TYPES.map((activity) => (
          <NumberField
            key={activity}
            name={`weeklyPlan_hours_${activity}`}
            label={e.hoursOf(t.contracts.activities[activity])}
            value={draft.hours[activity] ?? Number.NaN}
            onChange={(value) => onChange({ hours: { ...draft.hours, [activity]: value } })}
            minValue={0}
            maxValue={60}
            step={0.5}
            formatOptions={HALF_HOURS}
          />
        ))}
      </div>
      {/* Read out when it changes, so the person typing hears where the plan stands. */}
      <p className={`weekly-plan__total ${total >= required ? 'weekly-plan__total--met' : 'weekly-plan__total--short'}`} aria-live="polite">
        <span aria-hidden="true">{total >= required ? '✓ ' : '⚠ '}</span>
        {e.total(h(total), h(required))} {total >= required ? e.enough : e.missing(h(required - total))}
      </p>
      <Checkbox
        isSelected={reduction !== null}
        onChange={(on) => onChange({ reduction: on ? { reason: null, hours: 0, justification: '' } : null })}
      >
        {e.reduction}
      </Checkbox>
      {reduction ? (
        <div className="weekly-plan__reduction">
          <div className="form__row">
            <SelectField
              name="weeklyPlan_reduction_reason"
              label={e.reductionReason}
              options={HOURS_REDUCTION_REASONS.map((r) => ({ id: r, label: t.contracts.reductions[r] }))}
              value={reduction.reason}
              onChange={(reason) => onChange({ reduction: { ...reduction, reason: reason as HoursReductionReason } })}
              isRequired
            />
            <NumberField
              name="weeklyPlan_reduction_hours"
              label={e.reductionHours}
              description={e.reductionHoursHelp(h(minimum))}
              value={reduction.hours}
              onChange={(hours) => onChange({ reduction: { ...reduction, hours } })}
              minValue={0}
              maxValue={35}
              step={0.5}
              formatOptions={HALF_HOURS}
              isRequired
            />
          </div>
          <TextAreaField
            name="weeklyPlan_reduction_justification"
            label={e.justification}
            description={e.justificationHelp}
            value={reduction.justification}
            onChange={(justification) => onChange({ reduction: { ...reduction, justification } })}
            maxLength={2000}
            isRequired
          />
        </div>
      ) : null}
      {serverProblem ? (
        <Notice tone="warning">
          <p>
            {e.serverRule} {serverProblem}
          </p>
        </Notice>
      ) : null}
    </fieldset>
  );
}
