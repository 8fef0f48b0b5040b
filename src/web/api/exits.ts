import { z } from 'zod';
import { ExitReply, type EvaluationInput, type ExitView, type SituationInput } from '../../shared/contracts/exits.js';
import { api } from './client.js';

/** Endpoints of the exits capability: the situation at exit and the final evaluation. */
export type ExitData = ExitView;

const Saved = z.object({ id: z.uuid() });

export const exitsApi = {
  get: (personId: string) => api.get(`/beneficiaries/${personId}/exit`, ExitReply),
  recordSituation: (personId: string, input: SituationInput) => api.put(`/beneficiaries/${personId}/exit/situation`, input, Saved),
  evaluate: (personId: string, input: EvaluationInput) => api.post(`/beneficiaries/${personId}/exit/evaluation`, input, Saved),
};
