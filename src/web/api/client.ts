import type { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors.js';

/** Codes the client itself produces when the server could not be reached or answered oddly. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** Seconds, from Retry-After, so the English message can say when to retry. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | undefined | null>;

interface RequestOptions<T> {
  method?: Method;
  body?: unknown;
  query?: Query;
  schema?: z.ZodType<T>;
  /**
   * False for calls where a 401 is an expected answer (reading the session at start-up, logging in):
   * they must not be mistaken for a session that expired while the user was working.
   */
  reportSessionLoss?: boolean;
}

let csrfToken: string | null = null;
let sessionLostHandler: ((code: ErrorCode) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function onSessionLost(handler: ((code: ErrorCode) => void) | null): void {
  sessionLostHandler = handler;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/** The `{code, message, issues}` body of an error answer, whichever transport carried it (fetch or XHR). */
export function errorFromBody(status: number, statusText: string, body: unknown, retryHeader: string | null): ApiError {
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null;
  const record = (body ?? {}) as { code?: unknown; message?: unknown; issues?: unknown };
  const code: ClientErrorCode = isErrorCode(record.code) ? record.code : status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE';
  const message = typeof record.message === 'string' ? record.message : statusText;
  const issues = Array.isArray(record.issues) ? (record.issues as FieldIssue[]) : [];
  return new ApiError(status, code, message, issues, retryAfter);
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, for instance): fall back to the status.
  }
  return errorFromBody(response.status, response.statusText, body, response.headers.get('retry-after'));
}

/** For transports other than fetch (the upload with progress): the token to send, and session loss to report. */
export const currentCsrfToken = (): string | null => csrfToken;
export function reportSessionLoss(error: ApiError): void {
  if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED') sessionLostHandler?.(error.code);
}

const MUTATING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function send(url: string, method: Method, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (MUTATING.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Le serveur est injoignable. Vérifiez votre connexion.');
  }
}

/** Re-reads the session to get a fresh CSRF token, for the one retry after CSRF_INVALID. */
export async function refreshCsrfToken(): Promise<boolean> {
  const response = await send(buildUrl('/session'), 'GET', undefined);
  if (!response.ok) return false;
  const info = (await response.json()) as { csrfToken?: unknown };
  if (typeof info.csrfToken !== 'string') return false;
  csrfToken = info.csrfToken;
  return true;
}

export async function request<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const url = buildUrl(path, options.query);
  let response = await send(url, method, options.body);
  if (!response.ok) {
    let error = await toApiError(response);
    if (error.code === 'CSRF_INVALID' && (await refreshCsrfToken())) {
      response = await send(url, method, options.body);
      if (!response.ok) error = await toApiError(response);
    }
    if (!response.ok) {
      const lost = error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED';
      if (lost && options.reportSessionLoss !== false) sessionLostHandler?.(error.code as ErrorCode);
      throw error;
    }
  }
  if (response.status === 204 || !options.schema) return undefined as T;
  const json: unknown = await response.json();
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    // The contract and the server disagree: fail loudly in the console, politely on screen.
    console.error(`Réponse inattendue pour ${method} ${path}`, parsed.error.issues);
    throw new ApiError(response.status, 'BAD_RESPONSE', 'Le serveur a renvoyé une réponse inattendue.');
  }
  return parsed.data;
}

export const api = {
  get: <T>(path: string, schema: z.ZodType<T>, query?: Query) => request(path, { schema, query }),
  post: <T = void>(path: string, body?: unknown, schema?: z.ZodType<T>) =>
    request<T>(path, { method: 'POST', body, schema }),
  put: <T = void>(path: string, body: unknown, schema?: z.ZodType<T>) =>
    request<T>(path, { method: 'PUT', body, schema }),
  patch: <T = void>(path: string, body: unknown, schema?: z.ZodType<T>) =>
    request<T>(path, { method: 'PATCH', body, schema }),
  delete: <T = void>(path: string, schema?: z.ZodType<T>) => request<T>(path, { method: 'DELETE', schema }),
};
