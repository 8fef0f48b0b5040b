import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Popover,
  type DatePickerProps,
} from 'react-aria-components';
import { FieldParts } from './FieldParts.js';
import { useChangeClearsServerError } from './serverErrors.js';
import { useValidationText } from './useValidationText.js';

export interface DateFieldProps
  extends Omit<DatePickerProps<CalendarDate>, 'children' | 'className' | 'value' | 'defaultValue' | 'onChange'> {
  label: string;
  description?: string;
  /** ISO calendar dates (YYYY-MM-DD), the API's format, so callers never handle date objects. */
  defaultValue?: string | null;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

const toDate = (iso: string | null | undefined): CalendarDate | null | undefined => {
  if (iso === undefined) return undefined;
  if (iso === null || iso === '') return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
};

/** Typing the date segment by segment works without the calendar; the calendar is an aid. */
export function DateField({ label, description, defaultValue, value, onChange, ...props }: DateFieldProps) {
  const errorText = useValidationText();
  const changed = useChangeClearsServerError(props.name, onChange);
  return (
    <DatePicker<CalendarDate>
      {...props}
      className="field"
      defaultValue={toDate(defaultValue)}
      value={toDate(value)}
      onChange={(v) => changed(v ? v.toString() : null)}
    >
      <FieldParts label={label} description={description} isRequired={props.isRequired} errorText={errorText}>
        <Group className="field__input field__date">
          <DateInput className="field__date-input">
            {(segment) => <DateSegment segment={segment} className="field__date-segment" />}
          </DateInput>
          <Button className="field__date-button">
            <CalendarIcon />
          </Button>
        </Group>
      </FieldParts>
      <Popover className="popover">
        <Dialog className="calendar-dialog">
          <Calendar className="calendar">
            <header className="calendar__header">
              <Button slot="previous" className="calendar__nav">
                <span aria-hidden="true">‹</span>
              </Button>
              <Heading className="calendar__title" />
              <Button slot="next" className="calendar__nav">
                <span aria-hidden="true">›</span>
              </Button>
            </header>
            <CalendarGrid className="calendar__grid">
              {(date) => <CalendarCell date={date} className="calendar__cell" />}
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}

function CalendarIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" className="icon">
      <path
        fill="currentColor"
        d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 8h14V6H5v2Z"
      />
    </svg>
  );
}
