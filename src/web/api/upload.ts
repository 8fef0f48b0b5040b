import type { z } from 'zod';
import { ApiError, buildUrl, currentCsrfToken, errorFromBody, refreshCsrfToken, reportSessionLoss, type Query } from './client.js';

export interface UploadProgress {
  loaded: number;
  /** Null when the browser cannot tell the size being sent. */
  total: number | null;
}

interface UploadOptions<T> {
  /** POST creates (an import); PUT replaces a document attached to a record (a contract's scan). */
  method?: 'POST' | 'PUT';
  query?: Query;
  schema: z.ZodType<T>;
  onProgress?: (progress: UploadProgress) => void;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

function sendOnce(method: 'POST' | 'PUT', url: string, file: Blob, onProgress?: (p: UploadProgress) => void): Promise<{ status: number; statusText: string; body: unknown; retryAfter: string | null }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.onload = () =>
      resolve({ status: xhr.status, statusText: xhr.statusText, body: parseJson(xhr.responseText), retryAfter: xhr.getResponseHeader('retry-after') });
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'Le serveur est injoignable. Vérifiez votre connexion.'));
    xhr.send(file);
  });
}

/**
 * fetch() cannot report upload progress, and a département file can weigh tens of megabytes:
 * the raw file goes through XMLHttpRequest so the page can show a real progress bar. Same rules
 * as the fetch client: CSRF header, one retry with a fresh token, French errors, zod-checked answer.
 */
export async function uploadFile<T>(path: string, file: Blob, options: UploadOptions<T>): Promise<T> {
  const url = buildUrl(path, options.query);
  const method = options.method ?? 'POST';
  let answer = await sendOnce(method, url, file, options.onProgress);
  let error = answer.status >= 400 ? errorFromBody(answer.status, answer.statusText, answer.body, answer.retryAfter) : null;
  if (error?.code === 'CSRF_INVALID' && (await refreshCsrfToken())) {
    answer = await sendOnce(method, url, file, options.onProgress);
    error = answer.status >= 400 ? errorFromBody(answer.status, answer.statusText, answer.body, answer.retryAfter) : null;
  }
  if (error) {
    reportSessionLoss(error);
    throw error;
  }
  const parsed = options.schema.safeParse(answer.body);
  if (!parsed.success) {
    console.error(`Réponse inattendue pour ${method} ${path}`, parsed.error.issues);
    throw new ApiError(answer.status, 'BAD_RESPONSE', 'Le serveur a renvoyé une réponse inattendue.');
  }
  return parsed.data;
}
