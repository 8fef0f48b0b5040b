import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/**
 * Query failures carry the SQL parameters, which may be personal data: the log keeps the SQL
 * error (its message, SQLSTATE and stack) and drops the parameters.
 */
export function withoutQueryParameters(error: unknown): { name: string; message: string; code?: string; stack?: string } {
  const e = error as { name?: string; message?: string; stack?: string; cause?: { message?: string; code?: string; stack?: string }; params?: unknown };
  if (e?.params !== undefined && e.cause) {
    return { name: e.name ?? 'Error', message: e.cause.message ?? 'query failed', code: e.cause.code, stack: e.cause.stack };
  }
  return { name: e?.name ?? 'Error', message: e?.message ?? String(error), stack: e?.stack };
}

/**
 * Every failure leaves as `{ code, message }` with a stable code and a French message; stack
 * traces and SQL stay in the server log.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply.code(error.status).send({ code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    }
    const status = (error as FastifyError).statusCode;
    if (status === 413) return reply.code(413).send({ code: 'VALIDATION_FAILED', message: 'Le contenu envoyé est trop volumineux.' });
    if (status === 415) return reply.code(415).send({ code: 'VALIDATION_FAILED', message: 'Format de contenu non pris en charge.' });
    if (status && status >= 400 && status < 500) {
      return reply.code(400).send({ code: 'VALIDATION_FAILED', message: 'La requête est mal formée.' });
    }
    request.log.error({ err: withoutQueryParameters(error), route: request.routeOptions.url }, 'unexpected error');
    return reply.code(500).send({ code: 'INTERNAL', message: new AppError('INTERNAL').message });
  });
}
