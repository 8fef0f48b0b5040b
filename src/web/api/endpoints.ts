import { z } from 'zod';
import { api } from './client.js';
import { AuditEntry, AuditVerification } from '../../shared/contracts/audit.js';
import { Page } from '../../shared/contracts/common.js';
import {
  Commune,
  Lot,
  Provider,
  Site,
  Tender,
  Territory,
  User,
  type LotInput,
  type ProviderInput,
  type TenderInput,
  type TerritoryInput,
  type UserInput,
  type UserUpdate,
} from '../../shared/contracts/organisations.js';
import { SettingsView, type SettingsPatch } from '../../shared/settings.js';

/** One function per endpoint, so pages never spell URLs or schemas themselves. */

export type SettingsViewData = z.infer<typeof SettingsView>;
export type SiteData = z.infer<typeof Site>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
export type AuditVerificationData = z.infer<typeof AuditVerification>;
export type SiteInputData = { name: string; address: string; communeCode: string | null };

const AuditPageSchema = Page(AuditEntry);

export const communesApi = {
  list: () => api.get('/communes', z.array(Commune)),
};

export const territoriesApi = {
  list: () => api.get('/territories', z.array(Territory)),
  create: (input: TerritoryInput) => api.post('/territories', input, Territory),
  update: (id: string, input: TerritoryInput) => api.put(`/territories/${id}`, input, Territory),
};

export const providersApi = {
  list: () => api.get('/providers', z.array(Provider)),
  create: (input: ProviderInput) => api.post('/providers', input, Provider),
  update: (id: string, input: ProviderInput) => api.put(`/providers/${id}`, input, Provider),
  addSite: (providerId: string, input: SiteInputData) => api.post(`/providers/${providerId}/sites`, input, Site),
};

export const tendersApi = {
  list: () => api.get('/tenders', z.array(Tender)),
  create: (input: TenderInput) => api.post('/tenders', input, Tender),
  addLot: (tenderId: string, input: LotInput) => api.post(`/tenders/${tenderId}/lots`, input, Lot),
  updateLot: (lotId: string, input: LotInput) => api.put(`/lots/${lotId}`, input, Lot),
};

export const usersApi = {
  list: () => api.get('/users', z.array(User)),
  create: (input: UserInput) => api.post('/users', input, User),
  update: (id: string, input: UserUpdate) => api.patch(`/users/${id}`, input, User),
};

export const settingsApi = {
  get: () => api.get('/settings', SettingsView),
  patch: (patch: SettingsPatch) => api.patch('/settings', patch, SettingsView),
  getLot: (lotId: string) => api.get(`/lots/${lotId}/settings`, SettingsView),
  patchLot: (lotId: string, patch: SettingsPatch) => api.patch(`/lots/${lotId}/settings`, patch, SettingsView),
};

export interface AuditFilters {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
}

export const auditApi = {
  list: (page: number, pageSize: number, filters: AuditFilters) =>
    api.get('/audit', AuditPageSchema, { page, pageSize, ...filters }),
  verify: () => api.get('/audit/verify', AuditVerification),
};
