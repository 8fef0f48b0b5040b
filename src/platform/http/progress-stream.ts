import { PassThrough } from 'node:stream';
import { AppError } from './errors.js';

/**
 * Runs a long piece of work and streams its progress as NDJSON lines — `{"progress":0.42}` —
 * then `{"result":…}` or `{"error":{"code","message"}}`. The progress lives in the request
 * itself, so it works with any number of instances and on the embedded database, where the
 * work's transaction holds the only connection.
 */
export function streamProgress<T>(work: (onProgress: (done: number, total: number) => void) => Promise<T>): PassThrough {
  const out = new PassThrough();
  let last = -1;
  const line = (value: unknown) => out.write(`${JSON.stringify(value)}\n`);
  line({ progress: 0 });
  work((done, total) => {
    const fraction = total ? Math.min(1, done / total) : 1;
    if (fraction - last >= 0.02 || fraction === 1) line({ progress: Math.round(fraction * 1000) / 1000 });
    last = fraction;
  })
    .then((result) => line({ result }))
    .catch((error: unknown) => {
      const known = error instanceof AppError ? error : new AppError('INTERNAL');
      line({ error: { code: known.code, message: known.message } });
    })
    .finally(() => out.end());
  return out;
}
