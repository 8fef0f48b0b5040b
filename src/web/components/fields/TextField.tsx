import { Input, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';
import { FieldParts } from './FieldParts.js';
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
      <FieldParts label={label} description={description} isRequired={props.isRequired} errorText={errorText}>
        <Input className="field__input" placeholder={placeholder} />
      </FieldParts>
    </AriaTextField>
  );
}
