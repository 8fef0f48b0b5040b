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

/** Today in the person's time zone, as the API's calendar date: the default of "date of the decision" fields. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One entry per non-empty line: how the forms edit short lists (languages, situations). */
export const lines = (data: FormData, name: string): string[] =>
  text(data, name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
