import { z } from 'zod';
import { ReferenceItem, RomeJob, type ReferenceItemUpdate, type ReferenceListName } from '../../shared/contracts/reference.js';
import { api } from './client.js';

export type RomeJobData = z.infer<typeof RomeJob>;
export type ReferenceItemData = z.infer<typeof ReferenceItem>;
export type ReferenceList = z.infer<typeof ReferenceListName>;
export type ReferenceItemChange = z.input<typeof ReferenceItemUpdate>;

export const referenceApi = {
  /** Jobs of the ROME whose title or code matches (two characters at least). */
  searchRome: (q: string) => api.get('/reference/rome', z.array(RomeJob), { q }),
  /** Every item of one of the département's lists, deactivated ones included. */
  list: (list: ReferenceList) => api.get(`/reference/lists/${list}`, z.array(ReferenceItem)),
  add: (list: ReferenceList, input: { theme: string; label: string }) => api.post(`/reference/lists/${list}`, input, ReferenceItem),
  update: (id: string, change: ReferenceItemChange) => api.patch(`/reference/items/${id}`, change, ReferenceItem),
};
