import { z } from 'zod';
import { REPORT_STATUSES, REVIEW_STATUSES } from '../../shared/compliance.js';
import { ComplianceDashboard, ReportSummary, ReportView, type ReportInput, type ReviewStepInput } from '../../shared/contracts/compliance.js';
import { api, buildUrl } from './client.js';
import { uploadFile, type UploadProgress } from './upload.js';

/** Endpoints of the compliance capability: breach reports, the manager's approval, the département's review. */

export type ReportSummaryData = z.infer<typeof ReportSummary>;
export type ReportViewData = z.infer<typeof ReportView>;
export type DashboardData = z.infer<typeof ComplianceDashboard>;

const Moved = z.object({ id: z.uuid(), status: z.enum(REPORT_STATUSES) });
const Stepped = z.object({ id: z.uuid(), reviewStatus: z.enum(REVIEW_STATUSES), stepId: z.uuid() });

export const complianceApi = {
  forPerson: (personId: string) => api.get(`/beneficiaries/${personId}/breach-reports`, z.array(ReportSummary)),
  report: (personId: string, input: ReportInput) => api.post(`/beneficiaries/${personId}/breach-reports`, input, Moved),
  list: (query: { status?: string; open?: 'true' }) => api.get('/breach-reports', z.array(ReportSummary), query),
  dashboard: () => api.get('/breach-reports/dashboard', ComplianceDashboard),
  get: (id: string) => api.get(`/breach-reports/${id}`, ReportView),
  approval: (id: string, decision: 'approve' | 'return', comment?: string) => api.post(`/breach-reports/${id}/approval`, { decision, comment }, Moved),
  withdraw: (id: string) => api.post(`/breach-reports/${id}/withdraw`, undefined, Moved),
  /** The referent's correction of a returned report, with the version they loaded. */
  resubmit: (id: string, version: number, report: ReportInput) => api.put(`/breach-reports/${id}`, { version, report }, Moved),
  attachEvidence: (id: string, file: File, onProgress: (p: UploadProgress) => void) =>
    uploadFile(`/breach-reports/${id}/evidence`, file, { method: 'PUT', query: { fileName: file.name }, schema: z.object({ id: z.uuid() }), onProgress }),
  step: (id: string, step: ReviewStepInput) => api.post(`/breach-reports/${id}/steps`, step, Stepped),
  /** A plain link: the browser opens the PDF itself, with the session cookie. */
  letterUrl: (id: string, stepId: string) => buildUrl(`/breach-reports/${id}/steps/${stepId}/letter`),
};
