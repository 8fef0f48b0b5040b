import { EXIT_CATEGORIES, type ExitCategory } from '../../../shared/beneficiaries.js';
import type { ExitReason } from '../../../shared/settings.js';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/fields/Checkbox.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { TextField } from '../../components/fields/TextField.js';
import { useI18n } from '../../i18n/index.js';

interface ExitReasonsFieldProps {
  label: string;
  description: string;
  value: ExitReason[];
  onChange: (value: ExitReason[]) => void;
}

/** A code no reason of the list uses yet: codes stay fixed once exits refer to them. */
function freeCode(reasons: ExitReason[]): string {
  const used = new Set(reasons.map((r) => r.code));
  let n = reasons.length + 1;
  while (used.has(`motif_${n}`)) n++;
  return `motif_${n}`;
}

/** The tender's exit reasons: label, category and positive flag per reason; field names follow the server's error paths. */
export function ExitReasonsField({ label, description, value, onChange }: ExitReasonsFieldProps) {
  const { t } = useI18n();
  const s = t.settings.exitReason;
  const update = (index: number, patch: Partial<ExitReason>) => onChange(value.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const categories = EXIT_CATEGORIES.map((c) => ({ id: c, label: t.exitCategories[c] }));

  return (
    <fieldset className="list-field">
      <legend className="field__label">{label}</legend>
      <p className="field__description">{description}</p>
      <ol className="list-field__items">
        {value.map((reason, index) => (
          <li key={reason.code}>
            <div className="list-field__item" role="group" aria-label={s.group(index + 1, reason.label)}>
            <TextField
              name={`exitReasons.${index}.label`}
              label={s.label}
              description={s.code(reason.code)}
              value={reason.label}
              onChange={(text) => update(index, { label: text })}
              minLength={2}
              maxLength={120}
              isRequired
            />
            <SelectField
              name={`exitReasons.${index}.category`}
              label={s.category}
              options={categories}
              value={reason.category}
              onChange={(key) => key !== null && update(index, { category: String(key) as ExitCategory })}
              isRequired
            />
            <Checkbox isSelected={reason.positive} onChange={(positive) => update(index, { positive })}>
              {s.positive}
            </Checkbox>
            <Button size="sm" variant="quiet" onPress={() => onChange(value.filter((_, i) => i !== index))} isDisabled={value.length === 1}>
              {s.remove(reason.label)}
            </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button size="sm" onPress={() => onChange([...value, { code: freeCode(value), label: '', category: 'other', positive: false }])}>
        {s.add}
      </Button>
    </fieldset>
  );
}
