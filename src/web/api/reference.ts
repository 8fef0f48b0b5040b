import { z } from 'zod';
import { RomeJob } from '../../shared/contracts/reference.js';
import { api } from './client.js';

export type RomeJobData = z.infer<typeof RomeJob>;

export const referenceApi = {
  /** Jobs of the ROME whose title or code matches (two characters at least). */
  searchRome: (q: string) => api.get('/reference/rome', z.array(RomeJob), { q }),
};
