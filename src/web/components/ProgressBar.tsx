import { Label, ProgressBar as AriaProgressBar } from 'react-aria-components';

export interface ProgressBarProps {
  label: string;
  /** 0-100; absent while the work has no measurable progress (the server applying an import). */
  value?: number;
  valueText?: string;
}

/**
 * React Aria's progress bar (role=progressbar with its value). The fill's width goes through
 * React's style binding, i.e. the CSSOM, which the CSP allows; no style attribute is written in HTML.
 */
export function ProgressBar({ label, value, valueText }: ProgressBarProps) {
  const indeterminate = value === undefined;
  return (
    <AriaProgressBar value={value} isIndeterminate={indeterminate} valueLabel={valueText} className="progress">
      {({ percentage, valueText: text }) => (
        <>
          <div className="progress__head">
            <Label className="progress__label">{label}</Label>
            {indeterminate ? null : <span className="progress__value">{text}</span>}
          </div>
          <div className="progress__track">
            <div
              className={`progress__fill${indeterminate ? ' progress__fill--indeterminate' : ''}`}
              style={indeterminate ? undefined : { width: `${percentage ?? 0}%` }}
            />
          </div>
        </>
      )}
    </AriaProgressBar>
  );
}
