import { AppError } from '../http/errors.js';

/** PostgreSQL SQLSTATE codes we turn into expected failures instead of 500s. */
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const CHECK_VIOLATION = '23514';

const sqlState = (error: unknown): string | undefined => {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
};

/** Maps constraint violations to typed errors; anything else stays an unexpected error. */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  switch (sqlState(error)) {
    case UNIQUE_VIOLATION:
      return new AppError('CONFLICT');
    case FOREIGN_KEY_VIOLATION:
      return new AppError('VALIDATION_FAILED', 'Un élément référencé est introuvable.');
    case CHECK_VIOLATION:
      return new AppError('VALIDATION_FAILED', 'Une valeur ne respecte pas les règles attendues.');
    default:
      return error;
  }
}
