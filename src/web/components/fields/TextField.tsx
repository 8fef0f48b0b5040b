import { FieldError, Input, Text, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';
import { FieldLabel } from './FieldLabel.js';
import { useChangeClearsServerError } from './serverErrors.js';
import { useValidationText } from './useValidationText.js';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'children' | 'className'> {
  label: string;
  description?: string;
  placeholder?: string;
}

export function TextField({ label, description, placeholder, ...props }: TextFieldProps) {
  const errorText = useValidationText({ minLength: props.minLength, maxLength: props.maxLength });
  const onChange = useChangeClearsServerError(props.name, props.onChange);
  return (
    <AriaTextField {...props} onChange={onChange} className="field">
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <Input className="field__input" placeholder={placeholder} />
      <FieldError className="field__error">{errorText}</FieldError>
    </AriaTextField>
  );
}
