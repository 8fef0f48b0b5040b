import type { ContractStatus } from '../../shared/cer.js';
import { can } from '../../shared/permissions.js';
import type { Role } from '../../shared/roles.js';

/** What can happen to a contract, and by whom. */
export type ContractEvent =
  | 'edit' // PIP: change a draft; editing a signed or returned contract takes it back to draft
  | 'sign' // PIP: the person and the referent signed (date and mode)
  | 'submit' // PIP: sent to the département
  | 'validate' // département
  | 'return' // département: sent back with comments
  | 'start' // its start date reached (validated → in force)
  | 'end' // its end date reached, or ended by the referent
  | 'evaluate' // PIP: overall assessment recorded
  | 'supersede' // an amendment of it came into force
  | 'close'; // stopped early, with a reason

const CLOSABLE: ContractStatus[] = ['draft', 'signed', 'submitted', 'returned', 'validated', 'in_force'];

const TRANSITIONS: Record<ContractEvent, Partial<Record<ContractStatus, ContractStatus>>> = {
  edit: { draft: 'draft', signed: 'draft', returned: 'draft' },
  sign: { draft: 'signed' },
  submit: { signed: 'submitted' },
  validate: { submitted: 'validated' },
  return: { submitted: 'returned' },
  start: { validated: 'in_force' },
  end: { in_force: 'ended' },
  evaluate: { ended: 'evaluated' },
  supersede: { validated: 'superseded', in_force: 'superseded' },
  close: Object.fromEntries(CLOSABLE.map((s) => [s, 'closed'])),
};

export const CONTRACT_EVENTS = Object.keys(TRANSITIONS) as ContractEvent[];

/** The status after the event, or null when the event is not allowed from this status. */
export const nextContractStatus = (from: ContractStatus, event: ContractEvent): ContractStatus | null => TRANSITIONS[event][from] ?? null;

/** A renewal starts from a contract that ran; an amendment changes one that is (or will be) in force. */
export const canRenew = (status: ContractStatus): boolean => status === 'in_force' || status === 'ended' || status === 'evaluated';
export const canAmend = (status: ContractStatus): boolean => status === 'validated' || status === 'in_force';

/** The contract a person is bound by: validated or in force (at most one, the database enforces it). */
export const BINDING_STATUSES: ContractStatus[] = ['validated', 'in_force'];
/** Contracts being prepared: one at a time per person, so two referents cannot draft in parallel. */
export const PREPARING_STATUSES: ContractStatus[] = ['draft', 'signed', 'submitted', 'returned'];

const RUNNING: ContractStatus[] = ['in_force', 'ended'];
const SCAN_ATTACHABLE: ContractStatus[] = ['draft', 'signed', 'submitted', 'returned'];

/**
 * What a viewer may do with a contract now: the server answers it with the contract so the page
 * offers exactly the actions the server will accept.
 */
export function allowedActions(role: Role, status: ContractStatus, personHasDraft: boolean): string[] {
  const allowed: string[] = [];
  if (can(role, 'contract:edit')) {
    if (nextContractStatus(status, 'edit')) allowed.push('edit');
    if (nextContractStatus(status, 'sign')) allowed.push('sign');
    if (nextContractStatus(status, 'submit')) allowed.push('submit');
    if (SCAN_ATTACHABLE.includes(status)) allowed.push('attachScan');
    if (status === 'in_force') allowed.push('followUp', 'end');
    if (RUNNING.includes(status)) allowed.push('evaluate');
    if (!personHasDraft && canRenew(status)) allowed.push('renew');
    if (!personHasDraft && canAmend(status)) allowed.push('amend');
    if (nextContractStatus(status, 'close')) allowed.push('close');
  }
  if (can(role, 'contract:validate') && status === 'submitted') allowed.push('validate', 'return');
  return allowed;
}
