import { useState } from 'react';
import type { Key } from 'react-aria-components';
import { ORIENTATION_KINDS, type OrientationKind } from '../../../shared/beneficiaries.js';
import { ApiError } from '../../api/client.js';
import { providersApi, tendersApi } from '../../api/endpoints.js';
import { orientationApi } from '../../api/people.js';
import { useResource } from '../../api/useResource.js';
import { DateField } from '../../components/fields/DateField.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { TextAreaField } from '../../components/fields/TextAreaField.js';
import { optionalText, text, todayIso } from '../../components/form.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useNotify } from '../../components/Notifier.js';
import { Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { LotChoice } from './LotChoice.js';
import { lotOptions } from './lotOptions.js';

export interface PersonRef {
  id: string;
  name: string;
}

interface OrientationDialogProps {
  people: PersonRef[];
  onClose: () => void;
  onOriented: () => void;
}

/**
 * The officer's decision for one person or a selection. A professional orientation names a lot;
 * when the lot is full the server answers 409, the message is shown and the officer may confirm
 * with the reason for going beyond the contracted capacity.
 */
export function OrientationDialog({ people, onClose, onOriented }: OrientationDialogProps) {
  const { t } = useI18n();
  const o = t.pathway.orientation;
  const notify = useNotify();
  const ids = people.map((p) => p.id);
  const proposals = useResource(`proposals:${ids.join(',')}`, () => Promise.all(ids.map(orientationApi.proposal)));
  const tenders = useResource('tenders', tendersApi.list);
  const providers = useResource('providers', providersApi.list);
  const [kind, setKind] = useState<OrientationKind>('professional');
  const [chosenLot, setChosenLot] = useState<string | null>(null);
  const [refusedFull, setRefusedFull] = useState(false);

  const ready = proposals.data && tenders.data && providers.data;
  const options = ready ? lotOptions(proposals.data ?? [], tenders.data ?? [], providers.data ?? []) : [];
  const proposed = options.filter((x) => x.matching > 0);
  // One lot fits everybody: it is the proposal, pre-selected (the officer can still change it).
  const lotId = chosenLot ?? (proposed.length === 1 && proposed[0]!.matching === people.length ? proposed[0]!.lotId : null);
  const lot = options.find((x) => x.lotId === lotId);
  const knownFull = lot?.remaining !== null && lot?.remaining !== undefined && lot.remaining < people.length;
  const professional = kind === 'professional';
  const askReason = professional && (refusedFull || knownFull);

  async function submit(data: FormData) {
    try {
      const result = await orientationApi.orient({
        beneficiaryIds: ids,
        kind,
        decidedOn: text(data, 'decidedOn'),
        reason: text(data, 'reason'),
        lotId: professional ? (text(data, 'lotId') || lotId) : null,
        overCapacityReason: askReason ? optionalText(data, 'overCapacityReason') : null,
      });
      notify(o.done(result.oriented));
      onOriented();
    } catch (error) {
      // The lot filled up (or was full): keep everything typed and ask for the reason.
      if (error instanceof ApiError && error.code === 'CONFLICT' && error.issues.some((i) => i.path === 'overCapacityReason')) {
        setRefusedFull(true);
      }
      throw error;
    }
  }

  const title = people.length === 1 ? o.titleOne(people[0]!.name) : o.titleMany(people.length);
  return (
    <FormDialog
      title={title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      onSubmit={submit}
      submitLabel={askReason ? o.confirmOver : o.submit}
      size="lg"
    >
      <RadioGroupField
        name="kind"
        label={o.kind}
        description={o.kindHelp}
        options={ORIENTATION_KINDS.map((k) => ({ id: k, label: t.orientationKinds[k] }))}
        value={kind}
        onChange={(value: string) => setKind(value as OrientationKind)}
        isRequired
      />
      <DateField name="decidedOn" label={o.decidedOn} defaultValue={todayIso()} isRequired />
      <TextAreaField name="reason" label={o.reason} description={o.reasonHelp} isRequired minLength={3} maxLength={2000} />
      {professional ? (
        <LotChoice
          options={options}
          loading={!ready && !(proposals.error ?? tenders.error ?? providers.error)}
          error={proposals.error ?? tenders.error ?? providers.error}
          peopleCount={people.length}
          noTerritory={Boolean(proposals.data?.some((p) => p.territoryId === null))}
          value={lotId}
          onChange={(value: Key) => {
            setChosenLot(String(value));
            setRefusedFull(false);
          }}
        />
      ) : null}
      {askReason ? (
        <>
          <Notice tone="warning">
            <p>{o.fullWarning}</p>
          </Notice>
          <TextAreaField name="overCapacityReason" label={o.overCapacityReason} description={o.overCapacityHelp} isRequired minLength={3} maxLength={2000} />
        </>
      ) : null}
    </FormDialog>
  );
}
