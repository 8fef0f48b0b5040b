import {
  Input,
  NumberField as AriaNumberField,
  type NumberFieldProps as AriaNumberFieldProps,
} from 'react-aria-components';
import { FieldParts } from './FieldParts.js';
import { useChangeClearsServerError } from './serverErrors.js';
import { useValidationText } from './useValidationText.js';

export interface NumberFieldProps extends Omit<AriaNumberFieldProps, 'children' | 'className'> {
  label: string;
  description?: string;
}

/** Free typing, no stepper buttons: agents type figures, and two tiny buttons per field add tab stops. */
export function NumberField({ label, description, ...props }: NumberFieldProps) {
  const errorText = useValidationText({ minValue: props.minValue, maxValue: props.maxValue });
  const onChange = useChangeClearsServerError(props.name, props.onChange);
  return (
    <AriaNumberField {...props} onChange={onChange} className="field">
      <FieldParts label={label} description={description} isRequired={props.isRequired} errorText={errorText}>
        <Input className="field__input field__input--number" />
      </FieldParts>
    </AriaNumberField>
  );
}
