import type { ReactNode } from 'react';
import type { z } from 'zod';
import { SETTINGS, type ExitReason, type SanctionScale, type SettingKey } from '../../../shared/settings.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { CheckboxGroupField } from '../../components/fields/CheckboxGroupField.js';
import { DateField } from '../../components/fields/DateField.js';
import { NumberField } from '../../components/fields/NumberField.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';
import { isHexColor } from '../../theme/contrast.js';
import { ExitReasonsField } from './ExitReasonsField.js';
import { LogoField } from './LogoField.js';
import { SanctionScalesField } from './SanctionScalesField.js';

export type SettingValue = string | number | boolean | null | number[] | string[] | ExitReason[] | SanctionScale[];

interface SettingFieldProps {
  settingKey: SettingKey;
  value: SettingValue;
  onChange: (value: SettingValue) => void;
  /** Extra line under the help text: inherited or overridden value, for lot settings. */
  note?: ReactNode;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDateKey = (key: SettingKey) => {
  const fallback: unknown = SETTINGS[key].default;
  return typeof fallback === 'string' && ISO_DATE.test(fallback);
};
const isNumberListKey = (key: SettingKey) => {
  const fallback: unknown = SETTINGS[key].default;
  return Array.isArray(fallback) && fallback.every((n) => typeof n === 'number');
};
/** "3, 6, 9, 12" → [3, 6, 9, 12]; what is not a number stays in the list for the server to refuse. */
const parseNumberList = (text: string): number[] =>
  text.split(/[;,\s]+/).filter(Boolean).map((part) => Number(part.replace(',', '.')));

const isColorKey = (key: SettingKey) => {
  const fallback: unknown = SETTINGS[key].default;
  return typeof fallback === 'string' && isHexColor(fallback);
};

/** The field type comes from the settings catalogue, so a new setting needs no new UI code. */
export function SettingField({ settingKey, value, onChange, note }: SettingFieldProps) {
  const { t } = useI18n();
  const { label, help } = t.settings.keys[settingKey];
  const schema = SETTINGS[settingKey].schema as z.ZodType;
  const description = note ? `${help} ${note}` : help;

  if (settingKey === 'exitReasons') {
    return <ExitReasonsField label={label} description={description} value={value as ExitReason[]} onChange={onChange} />;
  }
  if (settingKey === 'sanctionScales') {
    return <SanctionScalesField label={label} description={description} value={value as SanctionScale[]} />;
  }
  if (settingKey === 'countedModalities' || settingKey === 'reminderChannels') {
    const choices = settingKey === 'countedModalities' ? t.settings.modalities : t.settings.channels;
    return (
      <CheckboxGroupField
        name={settingKey}
        label={label}
        description={description}
        options={Object.entries(choices).map(([id, text]) => ({ id, label: text }))}
        value={value as string[]}
        onChange={onChange}
        isRequired={settingKey === 'countedModalities'}
      />
    );
  }
  if (typeof SETTINGS[settingKey].default === 'boolean') {
    return (
      <div className="field">
        <Checkbox name={settingKey} isSelected={value === true} onChange={onChange} aria-describedby={`${settingKey}-help`}>
          {label}
        </Checkbox>
        <p id={`${settingKey}-help`} className="field__description">
          {description}
        </p>
      </div>
    );
  }
  if (isDateKey(settingKey)) {
    return <DateField name={settingKey} label={label} description={description} value={String(value)} onChange={(d) => onChange(d ?? '')} isRequired />;
  }
  if (isNumberListKey(settingKey)) {
    return (
      <TextField
        name={settingKey}
        label={label}
        description={description}
        defaultValue={(value as number[]).join(', ')}
        onChange={(text) => onChange(parseNumberList(text))}
        isRequired
      />
    );
  }
  // The only document-valued setting: everything else is a number or a short text.
  if (settingKey === 'logoSvg') {
    return <LogoField label={label} description={description} value={value === null ? null : String(value)} onChange={onChange} />;
  }

  if (typeof SETTINGS[settingKey].default === 'number') {
    const numeric = schema as z.ZodNumber;
    return (
      <NumberField
        name={settingKey}
        label={label}
        description={description}
        value={Number(value)}
        onChange={(n) => onChange(n)}
        minValue={numeric.minValue ?? undefined}
        maxValue={numeric.maxValue ?? undefined}
        isRequired
      />
    );
  }

  if (isColorKey(settingKey)) {
    const color = String(value);
    return (
      <div className="color-field">
        <TextField
          name={settingKey}
          label={label}
          description={description}
          value={color}
          onChange={onChange}
          pattern="#[0-9a-fA-F]{6}"
          maxLength={7}
          isRequired
        />
        {/* style is set through React's CSSOM binding, which the CSP allows (no style attribute in HTML). */}
        <span className="color-field__swatch" aria-hidden="true" style={{ backgroundColor: isHexColor(color) ? color : 'transparent' }} />
      </div>
    );
  }

  const text = schema as z.ZodString;
  return (
    <TextField
      name={settingKey}
      label={label}
      description={description}
      value={String(value)}
      onChange={onChange}
      maxLength={text.maxLength ?? undefined}
      isRequired
    />
  );
}
