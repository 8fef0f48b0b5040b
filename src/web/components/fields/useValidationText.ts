import type { ValidationResult } from 'react-aria-components';
import { useI18n } from '../../i18n/index.js';

export interface Limits {
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

/**
 * Browser validation messages come in the browser's language, not the interface's: we rewrite the
 * standard cases from the catalogue and keep custom and server messages as they are.
 */
export function useValidationText(limits: Limits = {}): (v: ValidationResult) => string {
  const { t, formatNumber } = useI18n();
  return ({ validationDetails: d, validationErrors }) => {
    if (d.customError || (!d.valueMissing && !d.typeMismatch && !d.tooShort && !d.tooLong && !d.rangeUnderflow && !d.rangeOverflow && !d.patternMismatch && !d.badInput)) {
      return validationErrors.join(' ');
    }
    if (d.valueMissing) return t.validation.valueMissing;
    if (d.typeMismatch) return t.validation.typeMismatch;
    if (d.tooShort) return t.validation.tooShort(limits.minLength ?? 0);
    if (d.tooLong) return t.validation.tooLong(limits.maxLength ?? 0);
    if (d.rangeUnderflow) return t.validation.rangeUnderflow(formatNumber(limits.minValue ?? 0));
    if (d.rangeOverflow) return t.validation.rangeOverflow(formatNumber(limits.maxValue ?? 0));
    if (d.patternMismatch) return t.validation.patternMismatch;
    return t.validation.badInput;
  };
}
