import { z } from 'zod';
import { Agenda, RegularityReport, type AgendaItem } from '../../shared/contracts/agenda.js';
import { api, request } from './client.js';

/** Endpoints of the agenda (a staff member's or the team's appointments and workshops) and of the regularity shares. */

export type AgendaData = z.infer<typeof Agenda>;
export type AgendaItemData = z.infer<typeof AgendaItem>;
export type RegularityReportData = z.infer<typeof RegularityReport>;
export type RegularityShareData = RegularityReportData['total'];

export const agendaApi = {
  /** `staffUserId` left out: one's own agenda (referent), the whole team (PIP manager). */
  get: (from: string, to: string, staffUserId?: string) => api.get('/agenda', Agenda, { from, to, staffUserId }),
  /** A new private feed URL (path only); the previous one stops answering. */
  openFeed: () => api.post('/calendar-feed', {}, z.object({ path: z.string() })),
  revokeFeed: () => request('/calendar-feed', { method: 'DELETE', schema: z.object({ revoked: z.number().int() }) }),
  regularity: (providerId?: string) => api.get('/regularity', RegularityReport, { providerId }),
};
