import { z } from 'zod';
import type { AidDocumentKind } from '../../shared/aids.js';
import {
  AidDetail, AidQueue, BudgetView, CatalogueEntry, EnvelopeView, PersonAids, type AidDecisionInput, type AidQuery, type AidRequestInput,
  type CatalogueEntryInput, type EnvelopeInput,
} from '../../shared/contracts/aids.js';
import { api, buildUrl } from './client.js';
import { uploadFile, type UploadProgress } from './upload.js';

/** Endpoints of the individual financial aid capability. */

export type AidDetailData = z.infer<typeof AidDetail>;
export type AidQueueData = z.infer<typeof AidQueue>;
export type PersonAidsData = z.infer<typeof PersonAids>;
export type BudgetData = z.infer<typeof BudgetView>;
export type CatalogueEntryData = z.infer<typeof CatalogueEntry>;
export type EnvelopeData = z.infer<typeof EnvelopeView>;
export type AidFilters = z.output<typeof AidQuery>;

const Versioned = z.object({ id: z.uuid(), version: z.number().int() });
const Status = z.object({ id: z.uuid(), status: z.string() });
const Created = z.object({ id: z.uuid() });

export const aidsApi = {
  forPerson: (beneficiaryId: string) => api.get(`/beneficiaries/${beneficiaryId}/aids`, PersonAids),
  create: (beneficiaryId: string, input: z.input<typeof AidRequestInput>) => api.post(`/beneficiaries/${beneficiaryId}/aids`, input, Versioned),
  update: (id: string, input: z.input<typeof AidRequestInput> & { version: number }) => api.put(`/aids/${id}`, input, Versioned),
  get: (id: string) => api.get(`/aids/${id}`, AidDetail),
  list: (filters: AidFilters) => api.get('/aids', AidQueue, filters),
  exportUrl: (filters: AidFilters, format: 'csv' | 'xlsx') => buildUrl('/aids/export', { ...filters, format }),
  submit: (id: string) => api.post(`/aids/${id}/submit`, undefined, Status),
  withdraw: (id: string, reason: string) => api.post(`/aids/${id}/withdraw`, { reason }, Status),
  decide: (id: string, input: z.input<typeof AidDecisionInput>) => api.post(`/aids/${id}/decision`, input, Status),
  attach: (id: string, kind: AidDocumentKind, file: File, onProgress: (p: UploadProgress) => void) =>
    uploadFile(`/aids/${id}/documents`, file, { query: { kind, fileName: file.name }, schema: Created, onProgress }),
  /** Plain links: the browser opens the file itself, with the session cookie. */
  documentUrl: (id: string, documentId: string) => buildUrl(`/aids/${id}/documents/${documentId}`),
  letterUrl: (id: string) => buildUrl(`/aids/${id}/letter`),
  budget: (year?: number) => api.get('/aids/budget', BudgetView, { year }),
  catalogue: (year?: number) => api.get('/aids/catalogue', z.array(CatalogueEntry), { year }),
  saveCatalogue: (input: z.input<typeof CatalogueEntryInput>) => api.put('/aids/catalogue', input, CatalogueEntry),
  envelopes: (year?: number) => api.get('/aids/envelopes', z.array(EnvelopeView), { year }),
  saveEnvelope: (input: z.input<typeof EnvelopeInput>) => api.put('/aids/envelopes', input, EnvelopeView),
};

/** Euros typed in a form (« 1 234,56 » or 1234.56) to integer cents; NaN lets the server name the field. */
export const centsOf = (euros: number | null): number => (euros === null || Number.isNaN(euros) ? Number.NaN : Math.round(euros * 100));
