import type { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors.js';
import { ApiError, buildUrl, currentCsrfToken, errorFromBody, refreshCsrfToken, reportSessionLoss } from './client.js';

/**
 * A long command that answers NDJSON: `{"progress":0.42}` lines while it works, then
 * `{"result":…}` or `{"error":{code,message}}`. The HTTP status only covers what happens before
 * the work starts (session, CSRF); the work's own failure arrives in-band.
 */
async function post(url: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/x-ndjson' };
  const token = currentCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  try {
    return await fetch(url, { method: 'POST', headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Le serveur est injoignable. Vérifiez votre connexion.');
  }
}

async function refusal(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  return errorFromBody(response.status, response.statusText, body, response.headers.get('retry-after'));
}

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

export async function postWithProgress<T>(path: string, schema: z.ZodType<T>, onProgress: (fraction: number) => void): Promise<T> {
  const url = buildUrl(path);
  let response = await post(url);
  if (!response.ok) {
    let error = await refusal(response);
    if (error.code === 'CSRF_INVALID' && (await refreshCsrfToken())) {
      response = await post(url);
      if (!response.ok) error = await refusal(response);
    }
    if (!response.ok) {
      reportSessionLoss(error);
      throw error;
    }
  }
  if (!response.body) throw new ApiError(response.status, 'BAD_RESPONSE', 'Le serveur a renvoyé une réponse inattendue.');

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  let outcome: { result: unknown } | { error: { code?: unknown; message?: unknown } } | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffered += value;
    const lines = buffered.split('\n');
    buffered = done ? '' : (lines.pop() ?? '');
    for (const line of lines) {
      if (!line.trim()) continue;
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue; // A garbled line (a proxy's doing): the outcome line decides anyway.
      }
      if (typeof message.progress === 'number') onProgress(message.progress);
      else if ('result' in message) outcome = { result: message.result };
      else if (message.error && typeof message.error === 'object') outcome = { error: message.error as { code?: unknown; message?: unknown } };
    }
    if (done) break;
  }

  // Cut before the outcome: the work is atomic server-side, so it either all happened or not at all.
  if (!outcome) throw new ApiError(response.status, 'NETWORK', 'La connexion a été interrompue. Rechargez la page pour voir où en est l’opération.');
  if ('error' in outcome) {
    const { code, message } = outcome.error;
    throw new ApiError(response.status, isErrorCode(code) ? code : 'INTERNAL', typeof message === 'string' ? message : '');
  }
  const parsed = schema.safeParse(outcome.result);
  if (!parsed.success) {
    console.error(`Réponse inattendue pour POST ${path}`, parsed.error.issues);
    throw new ApiError(response.status, 'BAD_RESPONSE', 'Le serveur a renvoyé une réponse inattendue.');
  }
  return parsed.data;
}
