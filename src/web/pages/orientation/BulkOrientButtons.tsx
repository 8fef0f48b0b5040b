import type { BeneficiarySummary } from '../../../shared/contracts/beneficiaries.js';
import { Button } from '../../components/Button.js';
import { useI18n } from '../../i18n/index.js';
import { fullName } from '../people/BeneficiaryTable.js';
import type { PersonRef } from './OrientationDialog.js';

interface BulkOrientButtonsProps {
  people: BeneficiarySummary[];
  clear: () => void;
  onOrient: (people: PersonRef[]) => void;
}

/** The selection toolbar of the officer's lists: orient the selected people together, or unselect them. */
export function BulkOrientButtons({ people, clear, onOrient }: BulkOrientButtonsProps) {
  const { t } = useI18n();
  return (
    <>
      <Button variant="primary" size="sm" isDisabled={people.length === 0} onPress={() => onOrient(people.map((p) => ({ id: p.id, name: fullName(p) })))}>
        {t.beneficiaries.orientSelection}
      </Button>
      {people.length ? (
        <Button size="sm" variant="quiet" onPress={clear}>
          {t.list.clearSelection}
        </Button>
      ) : null}
    </>
  );
}
