import { Label } from 'react-aria-components';
import { useI18n } from '../../i18n/index.js';

/** A visible label that also spells out "required": an asterisk alone is not explicit enough (RGAA 11.10). */
export function FieldLabel({ children, isRequired }: { children: React.ReactNode; isRequired?: boolean }) {
  const { t } = useI18n();
  return (
    <Label className="field__label">
      {children}
      {isRequired ? <span className="field__required"> ({t.common.required})</span> : null}
    </Label>
  );
}
