import { z } from 'zod';
import { Page } from '../../shared/contracts/common.js';
import {
  ContractDefaults,
  ContractSummary,
  ContractView,
  type CloseInput,
  type ContractContent,
  type ContractQueueQuery,
  type EvaluationInput,
  type FollowUpInput,
  type SignatureInput,
} from '../../shared/contracts/cer.js';
import { api, buildUrl } from './client.js';
import { uploadFile, type UploadProgress } from './upload.js';

/** Endpoints of the contracts capability (CER and CE): a person's versions, one contract, its lifecycle. */

export type ContractViewData = ContractView;
export type ContractSummaryData = ContractSummary;
export type ContractDefaultsData = z.infer<typeof ContractDefaults>;
/** What the editor sends: the whole content, defaults applied (the server fills the same ones). */
export type ContractContentInput = z.input<typeof ContractContent>;
export type ContractQueue = z.infer<typeof ContractQueueQuery>['queue'];

const Versioned = z.object({ id: z.uuid(), version: z.number().int() });
const StatusResult = z.object({ id: z.uuid(), status: z.string() });
const ContractPage = Page(ContractSummary);

export const contractsApi = {
  forPerson: (personId: string) => api.get(`/beneficiaries/${personId}/contracts`, z.array(ContractSummary)),
  defaults: (personId: string) => api.get(`/beneficiaries/${personId}/contract-defaults`, ContractDefaults),
  create: (personId: string, content: ContractContentInput) => api.post(`/beneficiaries/${personId}/contracts`, content, Versioned),
  get: (id: string) => api.get(`/contracts/${id}`, ContractView),
  /** Refused with 409 when someone saved since `version` was read: the editor keeps what was typed. */
  update: (id: string, version: number, content: ContractContentInput) => api.put(`/contracts/${id}`, { ...content, version }, Versioned),
  queue: (queue: ContractQueue, page: number, pageSize: number) => api.get('/contracts', ContractPage, { queue, page, pageSize }),
  validateMany: (ids: string[], comment: string | null) =>
    api.post('/contracts/validate', { ids, comment }, z.object({ validated: z.number().int(), results: z.array(StatusResult) })),

  sign: (id: string, input: z.input<typeof SignatureInput>) => api.post(`/contracts/${id}/sign`, input, StatusResult),
  submit: (id: string) => api.post(`/contracts/${id}/submit`, undefined, StatusResult),
  validate: (id: string, comment: string | null) => api.post(`/contracts/${id}/validate`, { comment }, StatusResult),
  sendBack: (id: string, comment: string) => api.post(`/contracts/${id}/return`, { comment }, StatusResult),
  close: (id: string, input: z.input<typeof CloseInput>) => api.post(`/contracts/${id}/close`, input, StatusResult),
  end: (id: string, on: string) => api.post(`/contracts/${id}/end`, { on }, StatusResult),
  evaluate: (id: string, input: z.input<typeof EvaluationInput>) => api.post(`/contracts/${id}/evaluate`, input, StatusResult),
  followUp: (id: string, input: z.input<typeof FollowUpInput>) => api.post(`/contracts/${id}/follow-up`, input, z.object({ id: z.uuid() })),
  renew: (id: string) => api.post(`/contracts/${id}/renew`, undefined, Versioned),
  amend: (id: string) => api.post(`/contracts/${id}/amend`, undefined, Versioned),

  /** Plain links: the browser opens the PDF or downloads the scan itself, with the session cookie. */
  pdfUrl: (id: string) => buildUrl(`/contracts/${id}/pdf`),
  scanUrl: (id: string) => buildUrl(`/contracts/${id}/scan`),
  /** The signed paper contract (PDF, PNG or JPEG), sent raw with its upload progress. */
  attachScan: (id: string, file: File, onProgress: (p: UploadProgress) => void) =>
    uploadFile(`/contracts/${id}/scan`, file, { method: 'PUT', query: { fileName: file.name }, schema: Versioned, onProgress }),
};
