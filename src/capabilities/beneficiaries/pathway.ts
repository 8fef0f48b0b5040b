import type { PathwayStatus } from '../../shared/beneficiaries.js';

/** What can happen to a pathway, and by whom (the département or the PIP). */
export type PathwayEvent =
  | 'orient_professional' // département: oriented to a PIP lot
  | 'orient_elsewhere' // département: social or socio-professional orientation, out of the PIPs' scope
  | 'assign' // PIP manager: référent unique designated (or changed)
  | 'first_contact' // referent: first meeting held
  | 'suspend'
  | 'resume'
  | 'end' // exit with a reason
  | 'send_back' // PIP: returned to the département with a reason
  | 'reopen'; // département: a person who had left comes back

const TRANSITIONS: Record<PathwayEvent, Partial<Record<PathwayStatus, PathwayStatus>>> = {
  orient_professional: {
    to_orient: 'awaiting_assignment', oriented_elsewhere: 'awaiting_assignment', awaiting_assignment: 'awaiting_assignment',
    waiting_first_contact: 'awaiting_assignment', active: 'awaiting_assignment', suspended: 'awaiting_assignment',
  },
  orient_elsewhere: {
    to_orient: 'oriented_elsewhere', oriented_elsewhere: 'oriented_elsewhere', awaiting_assignment: 'oriented_elsewhere',
    waiting_first_contact: 'oriented_elsewhere', active: 'oriented_elsewhere', suspended: 'oriented_elsewhere',
  },
  assign: { awaiting_assignment: 'waiting_first_contact', waiting_first_contact: 'waiting_first_contact', active: 'active', suspended: 'suspended' },
  first_contact: { waiting_first_contact: 'active' },
  suspend: { active: 'suspended' },
  resume: { suspended: 'active' },
  end: { waiting_first_contact: 'ended', active: 'ended', suspended: 'ended' },
  send_back: { awaiting_assignment: 'to_orient', waiting_first_contact: 'to_orient', active: 'to_orient', suspended: 'to_orient' },
  reopen: { ended: 'to_orient', oriented_elsewhere: 'to_orient' },
};

/** The status after the event, or null when the event is not allowed from this status. */
export const nextStatus = (from: PathwayStatus, event: PathwayEvent): PathwayStatus | null => TRANSITIONS[event][from] ?? null;

export const PATHWAY_EVENTS = Object.keys(TRANSITIONS) as PathwayEvent[];
