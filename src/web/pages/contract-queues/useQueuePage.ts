import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { contractQueuesApi, type ContractQueue, type ContractQueuePage } from '../../api/contract-queues.js';
import { useResource, type Resource } from '../../api/useResource.js';

const PAGE_SIZE = 50;

export interface QueuePage {
  page: number;
  setPage: (page: number) => void;
  contracts: Resource<ContractQueuePage>;
}

/**
 * One page of a queue. The page number lives in the address (?page=2), beside whatever else the
 * page keeps there (the PIP's ?file=…), so it survives a visit to a contract and back.
 * `refresh` is bumped by the page after an action changed the queue.
 */
export function useQueuePage(queue: ContractQueue, refresh = 0): QueuePage {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const contracts = useResource(`contracts:${queue}:${page}#${refresh}`, () => contractQueuesApi.list(queue, page, PAGE_SIZE));
  const setPage = useCallback(
    (next: number) =>
      // Replace: paging is not a place the Back button should walk through.
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          if (next > 1) out.set('page', String(next));
          else out.delete('page');
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { page, setPage, contracts };
}
