import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text, type RadioGroupProps } from 'react-aria-components';
import { useI18n } from '../../i18n/index.js';
import { useChangeClearsServerError } from './serverErrors.js';
import { useValidationText } from './useValidationText.js';

export interface RadioOption {
  id: string;
  label: ReactNode;
  /** A second line under the label (remaining capacity, caseload…), part of the accessible name. */
  detail?: ReactNode;
  isDisabled?: boolean;
}

export interface RadioGroupFieldProps extends Omit<RadioGroupProps, 'children' | 'className'> {
  label: string;
  description?: string;
  options: RadioOption[];
}

/**
 * A few visible choices, one tab stop, arrows to move: for choices the person must compare
 * (lots and their capacity, referents and their caseload) a list box would hide the details.
 */
export function RadioGroupField({ label, description, options, ...props }: RadioGroupFieldProps) {
  const errorText = useValidationText();
  const onChange = useChangeClearsServerError(props.name, props.onChange);
  const { t } = useI18n();
  return (
    <RadioGroup {...props} onChange={onChange} className="field radio-group">
      <Label className="field__label">
        {label}
        {props.isRequired ? <span className="field__required"> ({t.common.required})</span> : null}
      </Label>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <div className="radio-group__options">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} isDisabled={option.isDisabled} className="radio">
            <span className="radio__circle" aria-hidden="true" />
            <span className="radio__text">
              <span className="radio__label">{option.label}</span>
              {option.detail ? <span className="radio__detail">{option.detail}</span> : null}
            </span>
          </Radio>
        ))}
      </div>
      <FieldError className="field__error">{errorText}</FieldError>
    </RadioGroup>
  );
}
