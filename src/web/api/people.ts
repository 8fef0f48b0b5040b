import { z } from 'zod';
import type { AlertKind, OrientationKind, PathwayStatus } from '../../shared/beneficiaries.js';
import { ExitReason } from '../../shared/settings.js';
import {
  BeneficiaryFile,
  BeneficiarySummary,
  type BeneficiaryInput,
  type BeneficiaryUpdate,
  type SORTS,
} from '../../shared/contracts/beneficiaries.js';
import { Page } from '../../shared/contracts/common.js';
import { ImportReport, ImportSummary } from '../../shared/contracts/imports.js';
import { OrientationProposal, ReferentCaseload } from '../../shared/contracts/orientation.js';
import { api, buildUrl } from './client.js';
import { postWithProgress } from './stream.js';
import { uploadFile, type UploadProgress } from './upload.js';

/** Endpoints of the beneficiaries capability: lists, the person's file, orientation, assignment, imports. */

export type Sort = (typeof SORTS)[number];
export type BeneficiaryFileData = z.infer<typeof BeneficiaryFile>;
export type OrientationProposalData = z.infer<typeof OrientationProposal>;
export type ImportReportData = z.infer<typeof ImportReport>;
export type ImportSummaryData = z.infer<typeof ImportSummary>;
export type BeneficiaryPage = z.infer<typeof BeneficiaryPageSchema>;

/** The list's filters, as the server names them; the same ones feed the export link. */
export interface ListFilters {
  q?: string;
  status?: PathwayStatus;
  alert?: AlertKind;
  referentId?: string;
  providerId?: string;
  lotId?: string;
  territoryId?: string;
  sort?: Sort;
  direction?: 'asc' | 'desc';
}

const BeneficiaryPageSchema = Page(BeneficiarySummary);
const Created = z.object({ id: z.uuid() });
const Versioned = z.object({ id: z.uuid(), version: z.number().int() });
const StatusResult = z.object({ id: z.uuid(), status: z.string() });

export const beneficiariesApi = {
  list: (filters: ListFilters, page: number, pageSize: number) =>
    api.get('/beneficiaries', BeneficiaryPageSchema, { ...filters, page, pageSize }),
  /** A plain link: the browser downloads the file itself, with the session cookie. */
  exportUrl: (filters: ListFilters, format: 'csv' | 'xlsx') => buildUrl('/beneficiaries/export', { format, ...filters }),
  create: (input: z.input<typeof BeneficiaryInput>) => api.post('/beneficiaries', input, Created),
  get: (id: string) => api.get(`/beneficiaries/${id}`, BeneficiaryFile),
  update: (id: string, update: BeneficiaryUpdate) => api.patch(`/beneficiaries/${id}`, update, Versioned),
  firstContact: (id: string, on: string) => api.post(`/beneficiaries/${id}/first-contact`, { on }, StatusResult),
  suspend: (id: string, on: string, reason: string) => api.post(`/beneficiaries/${id}/suspend`, { on, reason }, StatusResult),
  resume: (id: string, on: string) => api.post(`/beneficiaries/${id}/resume`, { on }, StatusResult),
  exitReasons: (id: string) => api.get(`/beneficiaries/${id}/exit-reasons`, z.array(ExitReason)),
  end: (id: string, on: string, reasonCode: string) => api.post(`/beneficiaries/${id}/end`, { on, reasonCode }, StatusResult),
};

export interface OrientationRequest {
  beneficiaryIds: string[];
  kind: OrientationKind;
  decidedOn: string;
  reason: string;
  lotId: string | null;
  overCapacityReason: string | null;
}

export const orientationApi = {
  proposal: (id: string) => api.get(`/beneficiaries/${id}/orientation-proposal`, OrientationProposal),
  orient: (input: OrientationRequest) => api.post('/orientations', input, z.object({ oriented: z.number().int() })),
  caseloads: () => api.get('/referents/caseloads', z.array(ReferentCaseload)),
  assign: (id: string, referentId: string) =>
    api.put(`/beneficiaries/${id}/referent`, { referentId }, z.object({ id: z.uuid(), referentId: z.uuid() })),
  sendBack: (id: string, reason: string) => api.post(`/beneficiaries/${id}/send-back`, { reason }, z.object({ id: z.uuid() })),
};

export const importsApi = {
  /** Dry run (or the mapping step's answer). `mapping` is the user's choice per header. */
  upload: (file: File, mapping: Record<string, string> | null, onProgress: (p: UploadProgress) => void) =>
    uploadFile('/imports', file, {
      query: { fileName: file.name, mapping: mapping ? JSON.stringify(mapping) : undefined },
      schema: ImportReport,
      onProgress,
    }),
  /** Applies a dry run; the server streams how far it got (0 to 1) while it writes. */
  apply: (id: string, onProgress: (fraction: number) => void) => postWithProgress(`/imports/${id}/apply-stream`, ImportReport, onProgress),
  list: () => api.get('/imports', z.array(ImportSummary)),
};
