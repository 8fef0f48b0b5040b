import type { ReactNode } from 'react';
import { FieldError, Text, type ValidationResult } from 'react-aria-components';
import { FieldLabel } from './FieldLabel.js';

interface FieldPartsProps {
  label: string;
  description?: string | undefined;
  isRequired?: boolean | undefined;
  errorText: (validation: ValidationResult) => string;
  /** The control itself (input, text area, select button...). */
  children: ReactNode;
}

/**
 * What every form field shows around its control, in the same order: label, help, control,
 * error. Rendered inside the react-aria field, whose slots link them for screen readers.
 */
export function FieldParts({ label, description, isRequired, errorText, children }: FieldPartsProps) {
  return (
    <>
      <FieldLabel isRequired={isRequired ?? false}>{label}</FieldLabel>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      {children}
      <FieldError className="field__error">{errorText}</FieldError>
    </>
  );
}
