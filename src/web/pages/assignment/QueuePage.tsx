import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';
import type { PersonRef } from '../orientation/OrientationDialog.js';
import { BeneficiaryList } from '../people/BeneficiaryList.js';
import { fullName } from '../people/BeneficiaryTable.js';
import { AssignDialog } from './AssignDialog.js';
import { SendBackDialog } from './SendBackDialog.js';

const FIXED = { status: 'awaiting_assignment' } as const;
/** Late ones first: an alert here is a contract clock already running out. */
const DEFAULTS = { sort: 'alerts', direction: 'desc' } as const;
const COLUMNS = [] as const;

type Acting = { kind: 'assign' | 'sendBack'; person: PersonRef } | null;

/** People oriented to the manager's PIP who wait for a référent (the server scopes to the PIP). */
export function QueuePage() {
  const { t } = useI18n();
  const q = t.queue;
  const [acting, setActing] = useState<Acting>(null);
  const [refresh, setRefresh] = useState(0);
  const done = () => setRefresh((n) => n + 1);

  return (
    <>
      <PageHeader title={q.title} intro={q.intro} />
      <BeneficiaryList
        label={q.tableLabel}
        emptyText={q.empty}
        fixed={FIXED}
        defaults={DEFAULTS}
        showStatusFilter={false}
        columns={COLUMNS}
        refresh={refresh}
        actions={(p) => {
          const person = { id: p.id, name: fullName(p) };
          return (
            <>
              <Button size="sm" variant="primary" onPress={() => setActing({ kind: 'assign', person })} aria-label={q.assignLabel(person.name)}>
                {q.assign}
              </Button>
              <Button size="sm" onPress={() => setActing({ kind: 'sendBack', person })} aria-label={q.sendBackLabel(person.name)}>
                {q.sendBack}
              </Button>
            </>
          );
        }}
      />
      {acting?.kind === 'assign' ? <AssignDialog person={acting.person} onClose={() => setActing(null)} onAssigned={done} /> : null}
      {acting?.kind === 'sendBack' ? <SendBackDialog person={acting.person} onClose={() => setActing(null)} onSent={done} /> : null}
    </>
  );
}
