import type { Time } from '@internationalized/date';
import { DateInput, DateSegment, TimeField as AriaTimeField, type TimeFieldProps as AriaTimeFieldProps } from 'react-aria-components';
import { FieldParts } from '../../components/fields/FieldParts.js';
import { useChangeClearsServerError } from '../../components/fields/serverErrors.js';
import { useValidationText } from '../../components/fields/useValidationText.js';

export interface TimeFieldProps extends Omit<AriaTimeFieldProps<Time>, 'children' | 'className'> {
  label: string;
  description?: string;
}

/**
 * An hour and minutes typed segment by segment, like the date fields (arrows change a segment,
 * digits fill it and move on): no list of 96 quarter hours to scroll. The form receives "HH:mm:ss".
 */
export function TimeField({ label, description, ...props }: TimeFieldProps) {
  const errorText = useValidationText();
  const onChange = useChangeClearsServerError(props.name, props.onChange);
  return (
    <AriaTimeField {...props} onChange={onChange} granularity="minute" className="field">
      <FieldParts label={label} description={description} isRequired={props.isRequired} errorText={errorText}>
        <DateInput className="field__input field__date field__time">
          {(segment) => <DateSegment segment={segment} className="field__date-segment" />}
        </DateInput>
      </FieldParts>
    </AriaTimeField>
  );
}
