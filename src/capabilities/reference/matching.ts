/**
 * How a value typed on a record is recognised as an item of a reference list: the comparison
 * ignores case, spacing and the kind of apostrophe, so "aidant familial (s'occuper d'un proche)"
 * is the list's "Aidant familial (s’occuper d’un proche)". Pure: tested without a database.
 */
export const foldLabel = (value: string): string =>
  value.normalize('NFC').replace(/[’‘ʼ`]/g, "'").replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr');

/** The values that are not among those the record already holds (compared as foldLabel does). */
export function addedValues(values: readonly string[], kept: readonly string[]): string[] {
  const known = new Set(kept.map(foldLabel));
  return values.filter((v) => !known.has(foldLabel(v)));
}

export interface Resolution {
  /** The values, each newly added one written as the list writes it. */
  values: string[];
  /** Newly added values that are no active item of the list. */
  unknown: string[];
}

/**
 * Checks the values a record is given against the list's active labels. Values the record
 * already held stay as they are, even when their item has since been deactivated: the record
 * keeps what was true when it was written; only new values must be proposed by the list.
 */
export function resolveAgainstList(values: readonly string[], kept: readonly string[], activeLabels: readonly string[]): Resolution {
  const added = new Set(addedValues(values, kept));
  const canonical = new Map(activeLabels.map((label) => [foldLabel(label), label]));
  const unknown: string[] = [];
  const resolved = values.map((value) => {
    if (!added.has(value)) return value;
    const label = canonical.get(foldLabel(value));
    if (label === undefined) unknown.push(value);
    return label ?? value;
  });
  return { values: resolved, unknown };
}
