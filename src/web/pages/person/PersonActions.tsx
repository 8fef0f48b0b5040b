import { useState } from 'react';
import type { PathwayStatus } from '../../../shared/beneficiaries.js';
import type { BeneficiaryFileData } from '../../api/people.js';
import { useCurrentUser } from '../../api/session.js';
import { can } from '../../app/permissions.js';
import { Button } from '../../components/Button.js';
import { useI18n } from '../../i18n/index.js';
import { AssignDialog } from '../assignment/AssignDialog.js';
import { SendBackDialog } from '../assignment/SendBackDialog.js';
import { OrientationDialog } from '../orientation/OrientationDialog.js';
import { LifecycleDialog, type LifecycleStep } from './LifecycleDialog.js';

type Action = LifecycleStep | 'orient' | 'assign' | 'sendBack';

/** Which steps each situation allows, as the server's pathway rules say (it checks them again). */
const LIFECYCLE: Partial<Record<PathwayStatus, LifecycleStep[]>> = {
  waiting_first_contact: ['firstContact', 'end'],
  active: ['suspend', 'end'],
  suspended: ['resume', 'end'],
};
const AT_PIP: PathwayStatus[] = ['awaiting_assignment', 'waiting_first_contact', 'active', 'suspended'];

/** The actions the reader's role may take on this person now; what is not allowed is not shown. */
export function PersonActions({ file, name, onChanged }: { file: BeneficiaryFileData; name: string; onChanged: () => void }) {
  const { t } = useI18n();
  const l = t.pathway.lifecycle;
  const user = useCurrentUser();
  const [open, setOpen] = useState<Action | null>(null);
  const status = file.pathway.status;
  const person = { id: file.id, name };

  const actions: { id: Action; label: string; primary?: boolean }[] = [];
  if (can(user.role, 'orientation:decide') && status !== 'ended') {
    actions.push({ id: 'orient', label: status === 'to_orient' ? l.orient : l.reorient, primary: status === 'to_orient' });
  }
  if (can(user.role, 'assignment:manage') && AT_PIP.includes(status)) {
    const first = status === 'awaiting_assignment';
    actions.push({ id: 'assign', label: first ? l.assign : l.transfer, primary: first }, { id: 'sendBack', label: l.sendBack });
  }
  if (can(user.role, 'pathway:manage')) {
    const labels: Record<LifecycleStep, string> = { firstContact: l.firstContact, suspend: l.suspend, resume: l.resume, end: l.end };
    for (const step of LIFECYCLE[status] ?? []) actions.push({ id: step, label: labels[step], primary: step === 'firstContact' });
  }
  if (actions.length === 0) return null;

  const done = () => {
    setOpen(null);
    onChanged();
  };

  return (
    <section className="person-actions" aria-labelledby="person-actions-title">
      <h2 id="person-actions-title" className="visually-hidden">
        {t.person.actions.title}
      </h2>
      <div className="person-actions__buttons">
        {actions.map((action) => (
          <Button key={action.id} variant={action.primary ? 'primary' : 'secondary'} onPress={() => setOpen(action.id)}>
            {action.label}
          </Button>
        ))}
      </div>
      {open === 'orient' ? <OrientationDialog people={[person]} onClose={() => setOpen(null)} onOriented={done} /> : null}
      {open === 'assign' ? <AssignDialog person={person} currentReferentId={file.pathway.referentId} onClose={() => setOpen(null)} onAssigned={done} /> : null}
      {open === 'sendBack' ? <SendBackDialog person={person} onClose={() => setOpen(null)} onSent={done} /> : null}
      {open === 'firstContact' || open === 'suspend' || open === 'resume' || open === 'end' ? (
        <LifecycleDialog personId={file.id} step={open} onClose={() => setOpen(null)} onDone={done} />
      ) : null}
    </section>
  );
}
