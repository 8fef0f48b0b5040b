/**
 * Whole-file refusals. Per-line problems are rejections in the result; these errors mean nothing
 * in the file can be trusted or kept, and their French message is meant to be shown as is.
 */
export type ImportFileRefusal =
  | 'nir_column' // a column holds social security numbers: the file must not be kept at all
  | 'unsupported_format' // .xls, .ods, PDF…
  | 'unreadable' // broken CSV quoting, corrupt XLSX
  | 'empty'; // no header line, or nothing but a header

export class ImportFileRefusedError extends Error {
  override readonly name = 'ImportFileRefusedError';
  constructor(
    readonly refusal: ImportFileRefusal,
    message: string,
    /** The offending column's header, for a NIR column. */
    readonly column: string | null = null,
  ) {
    super(message);
  }
}

/** The CAF/MSA XML flux is not well-formed XML, or not a VRSB0801 flux at all. */
export class CafFluxError extends Error {
  override readonly name = 'CafFluxError';
  constructor(
    message: string,
    /** 1-based line in the file where parsing stopped; null when the problem is not positional. */
    readonly line: number | null,
  ) {
    super(message);
  }
}
