import { Readable } from 'node:stream';
import { AppError } from '../../../platform/http/errors.js';
import { readCafFlux } from './caf-flux.js';
import { CafFluxError, ImportFileRefusedError } from './errors.js';
import type { ColumnMapping } from './columns.js';
import type { ImportedPerson, ImportRejection } from './records.js';
import { parseTabularFile } from './tabular.js';

export interface ReadFile {
  kind: 'csv' | 'xlsx' | 'caf_flux';
  headers: string[];
  mapping: Record<string, string>;
  unknownColumns: string[];
  missingFields: string[];
  records: ImportedPerson[];
  rejections: ImportRejection[];
  warnings: string[];
  skipped: number;
  totalLines: number;
}

const isCafFlux = (fileName: string, content: Buffer) =>
  /\.xml$/i.test(fileName) || content.subarray(0, 200).toString('latin1').trimStart().startsWith('<?xml');

/** Any accepted file, parsed; a refused file (NIR column, unreadable) becomes a French 400. */
export async function readImportFile(content: Buffer, fileName: string, mapping?: ColumnMapping): Promise<ReadFile> {
  try {
    if (isCafFlux(fileName, content)) {
      const flux = await readCafFlux(Readable.from([content]));
      return {
        kind: 'caf_flux', headers: [], mapping: {}, unknownColumns: [], missingFields: [], records: flux.records, rejections: flux.rejections,
        warnings: flux.warnings, skipped: flux.totals.skippedPersons, totalLines: flux.records.length + flux.rejections.length + flux.totals.skippedPersons,
      };
    }
    const table = await parseTabularFile(content, fileName, mapping ? { mapping } : {});
    return {
      kind: table.format, headers: table.headers, mapping: table.mapping as Record<string, string>, unknownColumns: table.unknownColumns,
      missingFields: table.missingFields, records: table.records, rejections: table.rejections, warnings: [], skipped: table.skippedLines, totalLines: table.totalLines,
    };
  } catch (error) {
    if (error instanceof ImportFileRefusedError || error instanceof CafFluxError) throw new AppError('VALIDATION_FAILED', error.message);
    throw error;
  }
}
