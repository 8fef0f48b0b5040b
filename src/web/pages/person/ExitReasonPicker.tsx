import { useState } from 'react';
import { beneficiariesApi } from '../../api/people.js';
import { useResource } from '../../api/useResource.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';

/** The exit reasons of the person's tender lot; the chosen one's category and positive flag are shown, not chosen. */
export function ExitReasonPicker({ personId }: { personId: string }) {
  const { t } = useI18n();
  const l = t.pathway.lifecycle;
  const reasons = useResource(`exit-reasons:${personId}`, () => beneficiariesApi.exitReasons(personId));
  const [code, setCode] = useState<string | null>(null);

  if (reasons.error) return <ErrorAlert error={reasons.error} onRetry={reasons.reload} />;
  if (!reasons.data) return <LoadingState />;
  const chosen = reasons.data.find((r) => r.code === code);
  return (
    <>
      <SelectField
        name="reasonCode"
        label={l.exitReason}
        description={l.exitReasonHelp}
        options={reasons.data.map((r) => ({ id: r.code, label: r.label }))}
        value={code}
        onChange={(key) => setCode(key === null ? null : String(key))}
        isRequired
      />
      {chosen ? (
        <p className="field__description" aria-live="polite">
          {l.exitClass(t.exitCategories[chosen.category], chosen.positive)}
        </p>
      ) : null}
    </>
  );
}
