import {
  Button,
  FieldError,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type SelectProps,
} from 'react-aria-components';
import { useI18n } from '../../i18n/index.js';
import { FieldLabel } from './FieldLabel.js';
import { useChangeClearsServerError } from './serverErrors.js';
import { useValidationText } from './useValidationText.js';

export interface SelectOption {
  id: string;
  label: string;
}

export interface SelectFieldProps
  extends Omit<SelectProps<SelectOption, 'single'>, 'children' | 'className' | 'items' | 'selectionMode'> {
  label: string;
  description?: string;
  options: SelectOption[];
  /** Shown when nothing is chosen yet. */
  placeholder?: string;
}

export function SelectField({ label, description, options, placeholder, ...props }: SelectFieldProps) {
  const errorText = useValidationText();
  const onChange = useChangeClearsServerError(props.name, props.onChange);
  const { t } = useI18n();
  return (
    <Select {...props} onChange={onChange} placeholder={placeholder ?? t.common.choose} className="field">
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <Button className="field__input field__select-button">
        <SelectValue className="field__select-value" />
        <span aria-hidden="true" className="field__chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field__error">{errorText}</FieldError>
      <Popover className="popover">
        <ListBox items={options} className="listbox">
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="listbox__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
