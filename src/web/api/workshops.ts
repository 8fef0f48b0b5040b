import { z } from 'zod';
import type { Attendance } from '../../shared/contacts.js';
import { SessionDetail, SessionView, type SessionInput } from '../../shared/contracts/workshops.js';
import { api, buildUrl } from './client.js';
import { uploadFile, type UploadProgress } from './upload.js';

/** Endpoints of the workshops capability: the PIP's collective sessions, registrations and attendance. */

export type SessionViewData = z.infer<typeof SessionView>;
export type SessionDetailData = z.infer<typeof SessionDetail>;
export type SessionRequest = z.input<typeof SessionInput>;

const Created = z.object({ id: z.uuid() });
const Registered = z.object({ id: z.uuid(), status: z.enum(['registered', 'waiting']) });
const Recorded = z.object({ id: z.uuid(), recorded: z.number().int() });

export const workshopsApi = {
  list: () => api.get('/workshops', z.array(SessionView)),
  create: (input: SessionRequest) => api.post('/workshops', input, Created),
  get: (id: string) => api.get(`/workshops/${id}`, SessionDetail),
  /** 409 when the person is already registered; 'waiting' when the session is full. */
  register: (id: string, beneficiaryId: string) => api.post(`/workshops/${id}/registrations`, { beneficiaryId }, Registered),
  /** 409 before the session has started; a presence recorded is final. */
  attendance: (id: string, attendance: { registrationId: string; attendance: Attendance }[]) =>
    api.post(`/workshops/${id}/attendance`, { attendance }, Recorded),
  /** A plain link: the browser opens the PDF itself, with the session cookie. */
  sheetUrl: (id: string) => buildUrl(`/workshops/${id}/sheet`),
  attachSheetScan: (id: string, file: File, onProgress: (p: UploadProgress) => void) =>
    uploadFile(`/workshops/${id}/sheet-scan`, file, { method: 'PUT', query: { fileName: file.name }, schema: Created, onProgress }),
};
