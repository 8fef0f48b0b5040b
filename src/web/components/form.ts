/** Reading RAC forms through FormData: every field carries a `name`, as in a plain HTML form. */

export const text = (data: FormData, name: string): string => String(data.get(name) ?? '').trim();

export const optionalText = (data: FormData, name: string): string | null => text(data, name) || null;

export function optionalNumber(data: FormData, name: string): number | null {
  const raw = text(data, name);
  if (raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** Number fields are required where this is used; NaN lets the server report the field. */
export const number = (data: FormData, name: string): number => optionalNumber(data, name) ?? Number.NaN;

export const checked = (data: FormData, name: string): boolean => data.get(name) !== null;
