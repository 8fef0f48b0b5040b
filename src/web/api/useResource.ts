import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './client.js';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /** Fetches again, keeping the current data on screen meanwhile (no flash of the loading state). */
  reload: () => void;
}

interface Outcome<T> {
  /** Which request this outcome answers: loading is "the current request has no outcome yet". */
  request: string | null;
  data: T | undefined;
  error: ApiError | null;
}

/**
 * Loads data for a page. `load` must be stable for a given `key`: the key is what triggers a new
 * fetch, so a page passes the query string (or path) it depends on; null means "nothing to load".
 */
export function useResource<T>(key: string | null, load: () => Promise<T>): Resource<T> {
  const [generation, setGeneration] = useState(0);
  const [outcome, setOutcome] = useState<Outcome<T>>({ request: null, data: undefined, error: null });
  const request = key === null ? null : `${key}#${generation}`;

  useEffect(() => {
    if (request === null) return;
    let cancelled = false;
    load().then(
      (data) => !cancelled && setOutcome({ request, data, error: null }),
      (err: unknown) => {
        if (cancelled) return;
        const error = err instanceof ApiError ? err : new ApiError(0, 'BAD_RESPONSE', String(err));
        setOutcome((previous) => ({ request, data: previous.data, error }));
      },
    );
    return () => {
      cancelled = true;
    };
    // `load` is deliberately left out: callers pass inline closures, the key says when to refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return {
    data: outcome.data,
    error: outcome.error,
    loading: request !== null && outcome.request !== request,
    reload,
  };
}
