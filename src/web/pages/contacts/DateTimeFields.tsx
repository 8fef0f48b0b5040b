import { DateField } from '../../components/fields/DateField.js';
import { text } from '../../components/form.js';
import { useI18n } from '../../i18n/index.js';
import { parisDateTime } from './dateTime.js';
import { TimeField } from './TimeField.js';

/**
 * An appointment's day and hour side by side. The day carries the name `scheduledAt`, the API's
 * field: what the server says about the instant lands on it.
 */
export function DateTimeFields({ dateLabel, defaultDate }: { dateLabel: string; defaultDate?: string }) {
  const { t } = useI18n();
  return (
    <div className="form__row">
      <DateField name="scheduledAt" label={dateLabel} defaultValue={defaultDate ?? null} isRequired />
      <TimeField name="time" label={t.contacts.dialogs.time} isRequired />
    </div>
  );
}

/** The two fields above as the API's ISO date-time, with the Paris offset of that day. */
export const scheduledAtOf = (data: FormData): string => parisDateTime(text(data, 'scheduledAt'), text(data, 'time'));
