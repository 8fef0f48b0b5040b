import { CheckboxGroup, FieldError, Label, Text, type CheckboxGroupProps } from 'react-aria-components';
import { Checkbox } from './Checkbox.js';
import { useChangeClearsServerError } from './serverErrors.js';
import { useValidationText } from './useValidationText.js';

export interface CheckboxGroupFieldProps extends Omit<CheckboxGroupProps, 'children' | 'className'> {
  label: string;
  description?: string;
  options: { id: string; label: string }[];
}

/** Several independent choices under one label (the contracts a person seeks). */
export function CheckboxGroupField({ label, description, options, ...props }: CheckboxGroupFieldProps) {
  const errorText = useValidationText();
  const onChange = useChangeClearsServerError(props.name, props.onChange);
  return (
    <CheckboxGroup {...props} onChange={onChange} className="field checkbox-group">
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <div className="checkbox-group__options">
        {options.map((option) => (
          <Checkbox key={option.id} value={option.id}>
            {option.label}
          </Checkbox>
        ))}
      </div>
      <FieldError className="field__error">{errorText}</FieldError>
    </CheckboxGroup>
  );
}
