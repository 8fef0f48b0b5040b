import { z } from 'zod';
import { PersonContacts, type AppointmentInput, type ContactInput, type ContactView, type OutcomeInput } from '../../shared/contracts/contacts.js';
import { api, buildUrl } from './client.js';

/** Endpoints of the contacts capability: a person's appointments and contacts, and what happened to each. */

export type ContactViewData = ContactView;
export type PersonContactsData = z.infer<typeof PersonContacts>;
/** What the dialogs send, before the server's defaults (45 planned minutes, no video link…). */
export type AppointmentRequest = z.input<typeof AppointmentInput>;
export type ContactRequest = z.input<typeof ContactInput>;
export type OutcomeRequest = z.input<typeof OutcomeInput>;

const Created = z.object({ id: z.uuid() });
const OutcomeResult = z.object({ id: z.uuid(), status: z.string(), movedTo: z.uuid().nullable() });

export const contactsApi = {
  forPerson: (personId: string) => api.get(`/beneficiaries/${personId}/contacts`, PersonContacts),
  plan: (personId: string, input: AppointmentRequest) => api.post(`/beneficiaries/${personId}/appointments`, input, Created),
  /** A contact recorded after the fact (a call, a message answered, a meeting not planned): held at once. */
  record: (personId: string, input: ContactRequest) => api.post(`/beneficiaries/${personId}/contacts`, input, Created),
  /** Refused with 409 when the appointment already has an outcome, or is said held before its day. */
  outcome: (id: string, input: OutcomeRequest) => api.post(`/contacts/${id}/outcome`, input, OutcomeResult),
  /** A plain link: the browser opens the convocation letter (PDF) itself, with the session cookie. */
  convocationUrl: (id: string) => buildUrl(`/contacts/${id}/convocation`),
};
