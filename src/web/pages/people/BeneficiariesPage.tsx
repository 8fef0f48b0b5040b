import { useState } from 'react';
import { can } from '../../app/permissions.js';
import { useCurrentUser } from '../../api/session.js';
import { Button } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';
import { BulkOrientButtons } from '../orientation/BulkOrientButtons.js';
import { OrientationDialog, type PersonRef } from '../orientation/OrientationDialog.js';
import { BeneficiaryList } from './BeneficiaryList.js';
import { NewPersonDialog } from './NewPersonDialog.js';
import { useOrganisationOptions } from './useOrganisationOptions.js';

const DEFAULTS = { sort: 'name', direction: 'asc' } as const;
const COLUMNS = ['status', 'pip', 'referent'] as const;

/** The département's list: every person, its filters, bulk orientation (officers) and creation. */
export function BeneficiariesPage() {
  const { t } = useI18n();
  const b = t.beneficiaries;
  const user = useCurrentUser();
  const organisation = useOrganisationOptions();
  const [creating, setCreating] = useState(false);
  const [orienting, setOrienting] = useState<PersonRef[] | null>(null);
  const [refresh, setRefresh] = useState(0);
  const canOrient = can(user.role, 'orientation:decide');

  return (
    <>
      <PageHeader
        title={b.title}
        intro={canOrient ? `${b.intro} ${b.introOrient}` : b.intro}
        actions={
          can(user.role, 'beneficiary:create') ? (
            <Button variant="primary" onPress={() => setCreating(true)}>
              {b.create}
            </Button>
          ) : null
        }
      />
      <BeneficiaryList
        label={b.tableLabel}
        defaults={DEFAULTS}
        columns={COLUMNS}
        organisation={organisation}
        refresh={refresh}
        selectionToolbar={canOrient ? ({ people, clear }) => <BulkOrientButtons people={people} clear={clear} onOrient={setOrienting} /> : undefined}
      />
      {creating ? <NewPersonDialog onClose={() => setCreating(false)} /> : null}
      {orienting ? (
        <OrientationDialog
          people={orienting}
          onClose={() => setOrienting(null)}
          onOriented={() => setRefresh((n) => n + 1)}
        />
      ) : null}
    </>
  );
}
