import { z } from 'zod';

/**
 * Fields a spreadsheet column can feed, in the order the mapping screen lists them.
 * `householdKey` and `rightsStatusCode` are derived (from the CAF number and the status
 * column), never read from a column of their own.
 */
export const MAPPABLE_FIELDS = [
  'lastName', 'firstNames', 'birthDate', 'birthName', 'civility', 'gender', 'cafNumber', 'cafOrganism', 'franceTravailId',
  'phone', 'email', 'addressLine', 'postalCode', 'communeName', 'communeCode', 'noFixedAddress', 'householdRole',
  'rightsStatus', 'suspensionReason', 'closureReason', 'closedOn', 'rightsRequestedOn', 'dutiesApplicable',
  'dutiesEntryDate', 'educationLevel', 'targetRomeCode',
] as const;

export const ImportLine = z.object({
  line: z.number().int(),
  fate: z.enum(['create', 'update', 'unchanged', 'rejected']),
  /** "NOM Prénom" for the reader to recognise the line; absent for rejected lines. */
  person: z.string().nullable(),
  changedFields: z.array(z.string()),
  reason: z.string().nullable(),
  column: z.string().nullable(),
});
export const ImportCounts = z.object({
  total: z.number().int(), create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), rejected: z.number().int(), skipped: z.number().int(),
});
export const ImportReport = z.object({
  id: z.uuid().nullable(),
  status: z.enum(['needs_mapping', 'dry_run', 'applied']),
  kind: z.enum(['csv', 'xlsx', 'caf_flux']),
  fileName: z.string(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  unknownColumns: z.array(z.string()),
  missingFields: z.array(z.string()),
  counts: ImportCounts,
  lines: z.array(ImportLine),
  warnings: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;
export const ImportSummary = z.object({
  id: z.uuid(), kind: z.string(), fileName: z.string(), status: z.string(), counts: ImportCounts, createdAt: z.string(), appliedAt: z.string().nullable(),
});
export const ImportUploadQuery = z.object({ fileName: z.string().trim().min(1).max(255), mapping: z.string().max(20_000).optional() });
