import type { Messages } from '../../i18n/index.js';
import { MAPPABLE_FIELDS } from '../../../shared/contracts/imports.js';

export type MappingTarget = keyof Messages['imports']['mapping']['fields'];

/** The targets a column can be mapped to: the server's own list, then "ignore". */
export const MAPPING_TARGETS: readonly MappingTarget[] = [...MAPPABLE_FIELDS, 'ignore'];

const isKnown = (target: string): target is MappingTarget => (MAPPING_TARGETS as readonly string[]).includes(target);

/** Our list plus whatever the server's report uses that we do not know yet. */
export function targetsFor(mapping: Record<string, string>): string[] {
  const extra = [...new Set(Object.values(mapping))].filter((target) => !isKnown(target));
  return [...MAPPING_TARGETS.filter((x) => x !== 'ignore'), ...extra, 'ignore'];
}

export const targetLabel = (t: Messages, target: string): string => (isKnown(target) ? t.imports.mapping.fields[target] : target);
