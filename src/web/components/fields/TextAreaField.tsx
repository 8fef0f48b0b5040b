import { TextArea, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';
import { FieldParts } from './FieldParts.js';
import { useChangeClearsServerError } from './serverErrors.js';
import { useValidationText } from './useValidationText.js';

export interface TextAreaFieldProps extends Omit<AriaTextFieldProps, 'children' | 'className'> {
  label: string;
  description?: string;
  rows?: number;
}

/** Multi-line text (reasons, experience, constraints): the text field's label, help and errors. */
export function TextAreaField({ label, description, rows = 3, ...props }: TextAreaFieldProps) {
  const errorText = useValidationText({ minLength: props.minLength, maxLength: props.maxLength });
  const onChange = useChangeClearsServerError(props.name, props.onChange);
  return (
    <AriaTextField {...props} onChange={onChange} className="field">
      <FieldParts label={label} description={description} isRequired={props.isRequired} errorText={errorText}>
        <TextArea className="field__input field__textarea" rows={rows} />
      </FieldParts>
    </AriaTextField>
  );
}
