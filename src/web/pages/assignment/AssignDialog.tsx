import { orientationApi } from '../../api/people.js';
import { useResource } from '../../api/useResource.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { text } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { ErrorAlert, LoadingState, Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import type { PersonRef } from '../orientation/OrientationDialog.js';

interface AssignDialogProps {
  person: PersonRef;
  /** The current référent when changing one: shown as such, and not pre-selected. */
  currentReferentId?: string | null;
  onClose: () => void;
  onAssigned: () => void;
}

/** The PIP manager designates the référent unique, seeing each one's caseload against the target. */
export function AssignDialog({ person, currentReferentId = null, onClose, onAssigned }: AssignDialogProps) {
  const { t } = useI18n();
  const a = t.pathway.assign;
  const notify = useNotify();
  const caseloads = useResource('caseloads', orientationApi.caseloads);
  const referents = (caseloads.data ?? []).filter((r) => r.active);

  async function submit(data: FormData) {
    const referentId = text(data, 'referentId');
    await orientationApi.assign(person.id, referentId);
    const name = referents.find((r) => r.referentId === referentId)?.displayName ?? '';
    notify(a.done(person.name, name));
    onAssigned();
  }

  return (
    <FormDialog title={a.title(person.name)} isOpen onOpenChange={(open) => !open && onClose()} onSubmit={submit} submitLabel={a.submit}>
      {caseloads.error ? <ErrorAlert error={caseloads.error} onRetry={caseloads.reload} /> : null}
      {caseloads.loading && !caseloads.data ? <LoadingState /> : null}
      {caseloads.data && referents.length === 0 ? <Notice tone="warning">{a.noReferent}</Notice> : null}
      {referents.length ? (
        <RadioGroupField
          name="referentId"
          label={a.referent}
          description={a.referentHelp}
          isRequired
          options={referents.map((r) => ({
            id: r.referentId,
            label: r.referentId === currentReferentId ? `${r.displayName} (${a.current})` : r.displayName,
            detail: [
              a.load(r.caseload, r.target),
              r.caseload > r.target ? a.overTarget : null,
              r.withAlerts > 0 ? a.withAlerts(r.withAlerts) : null,
            ]
              .filter(Boolean)
              .join(' — '),
            isDisabled: r.referentId === currentReferentId,
          }))}
        />
      ) : null}
    </FormDialog>
  );
}
