import { useState } from 'react';
import type { Key } from 'react-aria-components';
import { LOT_SETTING_KEYS } from '../../../shared/settings.js';
import { settingsApi, tendersApi } from '../../api/endpoints.js';
import { useResource } from '../../api/useResource.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { SettingsForm } from './SettingsForm.js';

/** Lot-scope deadlines and targets: a lot may differ from the département, e.g. a rural territory. */
export function LotSettingsPanel({ departmentValues }: { departmentValues: Record<string, unknown> }) {
  const { t } = useI18n();
  const s = t.settings;
  const tenders = useResource('tenders', tendersApi.list);
  const [lotId, setLotId] = useState<string | null>(null);
  const lotSettings = useResource(lotId ? `lot-settings:${lotId}` : null, () => settingsApi.getLot(lotId ?? ''));

  const modality = (m: unknown) => s.modalities[m as keyof typeof s.modalities] ?? String(m);
  const shown = (key: string, value: unknown) =>
    key === 'countedModalities' && Array.isArray(value) ? value.map(modality).join(', ') : Array.isArray(value) ? s.reasonsCount(value.length) : String(value);
  const lots = (tenders.data ?? []).flatMap((tender) => tender.lots.map((lot) => ({ tender, lot })));
  const chosen = lots.find((x) => x.lot.id === lotId);

  if (tenders.error) return <ErrorAlert error={tenders.error} onRetry={tenders.reload} />;
  if (!tenders.data) return <LoadingState />;
  if (lots.length === 0) return <EmptyState title={s.noLots} />;

  return (
    <div className="stack">
      <p>{s.lotIntro}</p>
      <SelectField
        label={s.lotChoice}
        description={s.lotChoiceHelp}
        options={lots.map(({ tender, lot }) => ({ id: lot.id, label: s.lotOption(tender.reference, lot.number, lot.label) }))}
        value={lotId}
        onChange={(key: Key | null) => setLotId(key === null ? null : String(key))}
      />
      {lotSettings.error ? <ErrorAlert error={lotSettings.error} onRetry={lotSettings.reload} /> : null}
      {lotId && lotSettings.loading ? <LoadingState /> : null}
      {chosen && lotSettings.data && !lotSettings.loading ? (
        <SettingsForm
          key={lotId}
          keys={LOT_SETTING_KEYS}
          values={lotSettings.data.values}
          savedMessage={s.lotSaved(chosen.lot.number)}
          noteFor={(key) =>
            lotSettings.data?.overridden.includes(key) ? `${s.overridden}.` : `${s.inherited(shown(key, departmentValues[key]))}.`
          }
          save={async (patch) => {
            await settingsApi.patchLot(chosen.lot.id, patch);
            lotSettings.reload();
          }}
        />
      ) : null}
    </div>
  );
}
