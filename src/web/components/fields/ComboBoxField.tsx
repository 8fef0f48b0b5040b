import {
  Button,
  ComboBox,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  type ComboBoxProps,
} from 'react-aria-components';
import { FieldParts } from './FieldParts.js';
import { useChangeClearsServerError } from './serverErrors.js';
import type { SelectOption } from './SelectField.js';
import { useValidationText } from './useValidationText.js';

export interface ComboBoxFieldProps
  extends Omit<ComboBoxProps<SelectOption, 'single'>, 'children' | 'className' | 'defaultItems' | 'items'> {
  label: string;
  description?: string;
  options: SelectOption[];
  emptyText: string;
}

/** For long lists (the ~150 communes of a département): type to filter, then choose. */
export function ComboBoxField({ label, description, options, emptyText, ...props }: ComboBoxFieldProps) {
  const errorText = useValidationText();
  const onChange = useChangeClearsServerError(props.name, props.onChange);
  const onInputChange = useChangeClearsServerError(props.name, props.onInputChange);
  return (
    <ComboBox {...props} onChange={onChange} onInputChange={onInputChange} defaultItems={options} formValue="key" className="field" allowsEmptyCollection>
      <FieldParts label={label} description={description} isRequired={props.isRequired} errorText={errorText}>
        <div className="field__combo">
          <Input className="field__input" />
          {/* The list opens with the keyboard too (arrow down): the button serves pointer users. */}
          <Button className="field__combo-button" excludeFromTabOrder>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
      </FieldParts>
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox__empty">{emptyText}</p>}>
          {(option: SelectOption) => (
            <ListBoxItem id={option.id} textValue={option.label} className="listbox__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
