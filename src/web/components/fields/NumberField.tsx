import {
  FieldError,
  Input,
  NumberField as AriaNumberField,
  Text,
  type NumberFieldProps as AriaNumberFieldProps,
} from 'react-aria-components';
import { FieldLabel } from './FieldLabel.js';
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
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <Input className="field__input field__input--number" />
      <FieldError className="field__error">{errorText}</FieldError>
    </AriaNumberField>
  );
}
