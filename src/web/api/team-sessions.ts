import { z } from 'zod';
import { Candidate, ReportCase, SessionSummary, SessionView, type SessionInput } from '../../shared/contracts/team-sessions.js';
import type { SessionFilter } from '../../shared/team-sessions.js';
import { api, buildUrl } from './client.js';

/** Endpoints of the équipe pluridisciplinaire: sessions, their agenda, opinions, documents. */

export type TeamSessionSummary = z.infer<typeof SessionSummary>;
export type TeamSessionView = z.infer<typeof SessionView>;
export type TeamCaseView = TeamSessionView['cases'][number];
export type TeamSessionRequest = SessionInput;

const Versioned = z.object({ id: z.uuid(), version: z.number().int() });
const Done = z.object({ id: z.uuid() });
const base = (id: string) => `/team-sessions/${id}`;

export const teamSessionsApi = {
  list: (query: { territoryId?: string; when?: SessionFilter }) => api.get('/team-sessions', z.array(SessionSummary), query),
  create: (input: SessionInput) => api.post('/team-sessions', input, Versioned),
  /** 409 when the session changed since it was loaded, or when opinions fix its day and territory. */
  update: (id: string, version: number, session: SessionInput) => api.put(base(id), { version, session }, Versioned),
  get: (id: string) => api.get(base(id), SessionView),
  candidates: (id: string) => api.get(`${base(id)}/candidates`, z.array(Candidate)),
  addCase: (id: string, reportId: string) => api.post(`${base(id)}/cases`, { reportId }, Done),
  /** `previous`: the text as loaded; 409 when someone changed it meanwhile. */
  summary: (id: string, caseId: string, summary: string, previous: string) => api.put(`${base(id)}/cases/${caseId}`, { summary, previous }, Done),
  opinion: (id: string, caseId: string, opinion: string, previous: string | null) =>
    api.post(`${base(id)}/cases/${caseId}/opinion`, { opinion, previous }, Done.extend({ reportId: z.uuid() })),
  removeCase: (id: string, caseId: string) => api.delete(`${base(id)}/cases/${caseId}`, Done),
  forReport: (reportId: string) => api.get(`/breach-reports/${reportId}/team-cases`, z.array(ReportCase)),
  /** Plain links: the browser opens the PDFs itself, with the session cookie. */
  convocationUrl: (id: string, caseId: string) => buildUrl(`${base(id)}/cases/${caseId}/convocation`),
  recordUrl: (id: string) => buildUrl(`${base(id)}/record`),
};
