import { ApiError } from '../../api/client.js';
import { optionalText } from '../../components/form.js';

/** Select fields of the file offer "Non renseigné": it reads as null, as the API stores it. */
export const UNKNOWN = 'unknown';

export const choice = <T extends string>(data: FormData, name: string): T | null => {
  const value = optionalText(data, name);
  return value === null || value === UNKNOWN ? null : (value as T);
};

/** Yes / no / not known, for the facts the file may not know yet (licence, vehicle, duties). */
export const triState = (data: FormData, name: string): boolean | null => {
  const value = optionalText(data, name);
  return value === 'yes' ? true : value === 'no' ? false : null;
};
export const triStateKey = (value: boolean | null): string => (value === null ? UNKNOWN : value ? 'yes' : 'no');

/** Only what changed goes to the server: the history and the audit name the fields really edited. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) patch[key] = after[key];
  }
  return patch;
}

/**
 * The server names fields as "identity.phone" or "profile.targetJobs.0.romeCode"; the forms name
 * their inputs "phone" and "targetJobs_0_romeCode" (a dot would be read as a nested path).
 */
export function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const issues = error.issues.map((issue) => ({
    ...issue,
    path: issue.path.replace(/^(identity|profile)\./, '').replace(/\./g, '_'),
  }));
  return new ApiError(error.status, error.code, error.message, issues, error.retryAfter);
}
