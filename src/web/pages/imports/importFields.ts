import type { Messages } from '../../i18n/index.js';

export type MappingTarget = keyof Messages['imports']['mapping']['fields'];

/**
 * The targets a column can be mapped to, in the order the mapping screen lists them. Kept in sync
 * by hand with the server's import mapping (capabilities/beneficiaries/import/records.ts), which
 * the web app may not import: a target the server adds later still shows, under its own name,
 * when a report uses it (see targetsFor).
 */
export const MAPPING_TARGETS: readonly MappingTarget[] = [
  'lastName', 'firstNames', 'birthDate', 'birthName', 'civility', 'gender', 'cafNumber', 'cafOrganism', 'franceTravailId',
  'phone', 'email', 'addressLine', 'postalCode', 'communeName', 'communeCode', 'noFixedAddress', 'householdRole',
  'rightsStatus', 'suspensionReason', 'closureReason', 'closedOn', 'rightsRequestedOn', 'dutiesApplicable',
  'dutiesEntryDate', 'educationLevel', 'targetRomeCode', 'ignore',
];

const isKnown = (target: string): target is MappingTarget => (MAPPING_TARGETS as readonly string[]).includes(target);

/** Our list plus whatever the server's report uses that we do not know yet. */
export function targetsFor(mapping: Record<string, string>): string[] {
  const extra = [...new Set(Object.values(mapping))].filter((target) => !isKnown(target));
  return [...MAPPING_TARGETS.filter((x) => x !== 'ignore'), ...extra, 'ignore'];
}

export const targetLabel = (t: Messages, target: string): string => (isKnown(target) ? t.imports.mapping.fields[target] : target);
