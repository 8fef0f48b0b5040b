import type { ErrorCode } from '../../shared/errors.js';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  WEAK_PASSWORD: 400,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL: 500,
};

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Certaines informations sont invalides.',
  UNAUTHENTICATED: 'Vous devez vous connecter.',
  INVALID_CREDENTIALS: 'Adresse e-mail ou mot de passe incorrect.',
  SESSION_EXPIRED: 'Votre session a expiré. Reconnectez-vous.',
  CSRF_INVALID: 'La requête n’a pas pu être vérifiée. Rechargez la page.',
  FORBIDDEN: 'Vous n’avez pas le droit de faire cette action.',
  NOT_FOUND: 'Élément introuvable.',
  CONFLICT: 'Cet élément existe déjà ou a été modifié entre-temps.',
  WEAK_PASSWORD: 'Ce mot de passe est trop faible.',
  TOO_MANY_ATTEMPTS: 'Trop de tentatives. Réessayez plus tard.',
  INTERNAL: 'Une erreur interne est survenue. Réessayez plus tard.',
};

/** A typed, expected failure: mapped to `{ code, message }` with the code's HTTP status. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.status = STATUS[code];
  }
}

export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
export const forbidden = () => new AppError('FORBIDDEN');
export const conflict = (message?: string) => new AppError('CONFLICT', message);
