/**
 * The parsing layer of the beneficiary import: files in, normalised records and French
 * rejections out. No database, no HTTP; matching and writing belong to the import use case.
 */
export { type CafFluxContents, type CafFluxHeader, type CafFluxItem, type CafFluxTotals, type CafFluxTrailer, parseCafFlux, readCafFlux } from './caf-flux.js';
export type { BuiltHousehold, CafAddress, CafHousehold } from './caf-household.js';
export { ColumnMapping, ColumnTarget, guessField, resolveMapping } from './columns.js';
export { CafFluxError, type ImportFileRefusal, ImportFileRefusedError } from './errors.js';
export { headerLooksLikeNir, looksLikeNir } from './nir.js';
export {
  comparableName,
  FIELD_LABELS,
  ImportedPerson,
  ImportRejection,
  MAPPABLE_FIELDS,
  type MappableField,
  REQUIRED_FIELDS,
  type RequiredField,
} from './records.js';
export { parseTabularFile, type TabularOptions, type TabularParseResult } from './tabular.js';
export { romeCodesFromReference } from './values.js';
