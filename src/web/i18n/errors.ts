import type { ApiError } from '../api/client.js';
import type { Locale, Messages } from './index.js';

/**
 * The server writes its messages in French, often more precise than a generic text (it says when a
 * blocked login may retry, which field is wrong…). French users get them as is; English users get
 * the catalogue's translation of the code.
 */
export function describeError(error: ApiError, locale: Locale, t: Messages): string {
  if (locale === 'fr' && error.message && error.code !== 'NETWORK' && error.code !== 'BAD_RESPONSE') {
    return error.message;
  }
  if (error.code === 'TOO_MANY_ATTEMPTS' && error.retryAfter) {
    return t.errors.tooManyAttemptsIn(Math.max(1, Math.ceil(error.retryAfter / 60)));
  }
  return t.errors[error.code];
}
