import { z } from 'zod';
import { ContractSummary, type CONTRACT_QUEUES } from '../../shared/contracts/cer.js';
import { Page } from '../../shared/contracts/common.js';
import { api } from './client.js';

/** The contracts' work queues (PIP and département) and the département's bulk validation. */

export type ContractQueue = (typeof CONTRACT_QUEUES)[number];
export type ContractSummaryData = ContractSummary;
export type ContractQueuePage = z.infer<typeof ContractQueuePageSchema>;
export type BulkValidationResult = z.infer<typeof BulkValidationResultSchema>;

const ContractQueuePageSchema = Page(ContractSummary);
const BulkValidationResultSchema = z.object({
  validated: z.number().int(),
  results: z.array(z.object({ id: z.uuid(), status: z.string() })),
});

export const contractQueuesApi = {
  list: (queue: ContractQueue, page: number, pageSize: number) => api.get('/contracts', ContractQueuePageSchema, { queue, page, pageSize }),
  /** How many contracts wait in each queue: a one-row page of each answers with its total. */
  totals: async <Q extends ContractQueue>(queues: readonly Q[]): Promise<Record<Q, number>> => {
    const pages = await Promise.all(queues.map((queue) => contractQueuesApi.list(queue, 1, 1)));
    return Object.fromEntries(queues.map((queue, i) => [queue, pages[i]!.total])) as Record<Q, number>;
  },
  /** 409 when one of them is no longer waiting for validation: nothing is validated then. */
  validate: (ids: string[], comment: string | null) => api.post('/contracts/validate', { ids, comment }, BulkValidationResultSchema),
};
