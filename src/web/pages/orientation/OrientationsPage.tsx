import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';
import { BeneficiaryList } from '../people/BeneficiaryList.js';
import { fullName } from '../people/BeneficiaryTable.js';
import { BulkOrientButtons } from './BulkOrientButtons.js';
import { OrientationDialog, type PersonRef } from './OrientationDialog.js';

const FIXED = { status: 'to_orient' } as const;
/** A person to orient can only carry the orientation_overdue alert: sorting on alerts puts the late ones first. */
const DEFAULTS = { sort: 'alerts', direction: 'desc' } as const;
const COLUMNS = [] as const;

/** The officer's work list: people waiting for an orientation decision. */
export function OrientationsPage() {
  const { t } = useI18n();
  const o = t.orientations;
  const [orienting, setOrienting] = useState<PersonRef[] | null>(null);
  const [refresh, setRefresh] = useState(0);

  return (
    <>
      <PageHeader title={o.title} intro={o.intro} />
      <BeneficiaryList
        label={o.tableLabel}
        emptyText={o.empty}
        fixed={FIXED}
        defaults={DEFAULTS}
        showStatusFilter={false}
        columns={COLUMNS}
        refresh={refresh}
        actions={(p) => (
          <Button size="sm" variant="primary" onPress={() => setOrienting([{ id: p.id, name: fullName(p) }])} aria-label={o.orientLabel(fullName(p))}>
            {o.orient}
          </Button>
        )}
        selectionToolbar={({ people, clear }) => <BulkOrientButtons people={people} clear={clear} onOrient={setOrienting} />}
      />
      {orienting ? <OrientationDialog people={orienting} onClose={() => setOrienting(null)} onOriented={() => setRefresh((n) => n + 1)} /> : null}
    </>
  );
}
