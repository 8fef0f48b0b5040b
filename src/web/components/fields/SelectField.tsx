import {
  Button,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  type SelectProps,
} from 'react-aria-components';
import { useI18n } from '../../i18n/index.js';
import { FieldParts } from './FieldParts.js';
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
      <FieldParts label={label} description={description} isRequired={props.isRequired} errorText={errorText}>
        <Button className="field__input field__select-button">
          <SelectValue className="field__select-value" />
          <span aria-hidden="true" className="field__chevron">
            ▾
          </span>
        </Button>
      </FieldParts>
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
