import type { Key } from 'react-aria-components';
import type { ApiError } from '../../api/client.js';
import { RadioGroupField } from '../../components/fields/RadioGroupField.js';
import { ErrorAlert, LoadingState, Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import type { LotOption } from './lotOptions.js';

interface LotChoiceProps {
  options: LotOption[];
  loading: boolean;
  error: ApiError | null;
  peopleCount: number;
  /** Someone's commune has no territory: no lot can be proposed for them. */
  noTerritory: boolean;
  value: string | null;
  onChange: (value: Key) => void;
}

/** The lots as radio buttons, each saying its PIP, its territory fit and what is left of its capacity. */
export function LotChoice({ options, loading, error, peopleCount, noTerritory, value, onChange }: LotChoiceProps) {
  const { t } = useI18n();
  const o = t.pathway.orientation;
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <LoadingState label={o.loadingLots} />;
  if (options.length === 0) return <Notice tone="warning">{o.noLots}</Notice>;

  const detail = (lot: LotOption) =>
    [
      lot.remaining === null ? o.capacityOnly(lot.capacity) : o.remaining(lot.remaining, lot.capacity),
      lot.matching === 0
        ? peopleCount > 1
          ? o.otherTerritoryMany
          : o.otherTerritory
        : peopleCount > 1
          ? o.matchesSome(lot.matching, peopleCount)
          : lot.territoryName
            ? o.matchesTerritory(lot.territoryName)
            : null,
    ]
      .filter(Boolean)
      .join(' — ');

  return (
    <>
      {noTerritory ? <Notice tone="info">{o.noTerritory}</Notice> : null}
      <RadioGroupField
        name="lotId"
        label={o.lot}
        description={o.lotHelp}
        isRequired
        value={value}
        onChange={onChange}
        options={options.map((lot) => ({
          id: lot.lotId,
          label: o.lotLine(lot.number, lot.label, lot.providerName ?? o.noProvider),
          detail: detail(lot),
          // The server refuses a lot without a PIP: do not offer it.
          isDisabled: lot.providerName === null,
        }))}
      />
    </>
  );
}
