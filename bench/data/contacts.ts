// The follow-up of accompanied people: a contact every one to three weeks from the first meeting
// to the last one, mostly face to face or by phone, some absences. The person's stored
// "last contact per modality" comes from the same draw, so the contact rule's alerts are truthful.
import { randomUUID } from 'node:crypto';
import { addDays } from '../../src/shared/calendar.js';
import type { ContactModality } from '../../src/shared/contacts.js';
import { Table } from './copy.js';
import type { Rand } from './organisation.js';

const MODALITIES: [ContactModality, number][] = [['face_to_face', 0.5], ['phone', 0.3], ['collective', 0.1], ['video', 0.05], ['written', 0.05]];
const SUBJECTS = ['Point mensuel', 'Suivi des candidatures', 'Préparation d’un entretien', 'Point sur la formation', 'Démarches administratives'];

export interface PersonFollowUp {
  departmentId: string;
  personId: string;
  providerId: string;
  referentId: string;
  firstContact: string;
  lastContact: string;
}

export class ContactTables {
  readonly contacts = new Table('contacts', [
    'department_id', 'id', 'beneficiary_id', 'provider_id', 'staff_user_id', 'status', 'subject', 'scheduled_at', 'planned_minutes', 'place',
    'happened_on', 'modality', 'duration_minutes', 'reason', 'created_by', 'created_at', 'updated_at',
  ]);

  constructor(private readonly rand: Rand) {}

  private modality(): ContactModality {
    let r = this.rand.next();
    for (const [m, share] of MODALITIES) if ((r -= share) <= 0) return m;
    return 'face_to_face';
  }

  /** Writes the person's contacts; returns the last held contact of each modality. */
  add(p: PersonFollowUp): Partial<Record<ContactModality, string>> {
    const last: Partial<Record<ContactModality, string>> = {};
    const held = (on: string, modality: ContactModality) => {
      this.row(p, 'held', on, modality);
      if (!last[modality] || on > last[modality]) last[modality] = on;
    };
    held(p.firstContact, 'face_to_face');
    for (let on = addDays(p.firstContact, this.rand.int(5, 20)); on < p.lastContact; on = addDays(on, this.rand.int(5, 20))) {
      const r = this.rand.next();
      if (r < 0.08) this.row(p, 'unexcused_absence', on, null);
      else if (r < 0.15) this.row(p, 'excused_absence', on, null);
      else held(on, this.modality());
    }
    if (p.lastContact > p.firstContact) held(p.lastContact, 'face_to_face');
    return last;
  }

  private row(p: PersonFollowUp, status: string, on: string, modality: ContactModality | null): void {
    const at = `${on}T09:30:00Z`;
    const planned = modality !== 'written' && modality !== 'collective';
    this.contacts.add([
      p.departmentId, randomUUID(), p.personId, p.providerId, p.referentId, status, this.rand.pick(SUBJECTS), planned ? at : null, planned ? 45 : null,
      planned ? (modality === 'phone' ? 'phone' : modality === 'video' ? 'video' : 'site') : null, on, modality, modality ? this.rand.int(15, 60) : null,
      status === 'excused_absence' ? 'Rendez-vous médical' : null, p.referentId, at, at,
    ]);
  }
}
