import { createBlockCollector } from './caf-blocks.js';
import { type BuiltHousehold, buildHousehold, type CafHousehold, type RawBlock } from './caf-household.js';
import { encodingFromLabel, streamingDecoder, type TextEncodingName } from './encoding.js';
import { CafFluxError } from './errors.js';
import type { ImportRejection, ImportedPerson } from './records.js';

/**
 * The CAF/MSA monthly "bénéficiaires RSA" flux (VRSB0801), read as a stream: one household is
 * held in memory at a time, whatever the file's size. Bytes are decoded here; the XML structure
 * is caf-blocks.ts's job, and what a household means is caf-household.ts's.
 */
export interface CafFluxHeader {
  application: string | null; // APPLIEME: CRI (CNAF Cristal) or AGO (MSA)
  organism: 'CAF' | 'MSA' | null;
  applicationVersion: string | null;
  fluxType: string | null; // TYPEFLUX: M monthly, I infra-monthly
  fluxNature: string | null; // NATFLUX
  createdOn: string | null; // DTCREAFLUX
  createdAt: string | null; // HEUCREAFLUX
  referenceDate: string | null; // DTREF
}

export interface CafFluxTrailer {
  declaredHouseholds: number | null; // NBTOTDOSRSATRANSM
  declaredAnomalies: number | null; // NBTOTDOSRSATRANSMANO
}

export interface CafFluxTotals {
  households: number;
  persons: number;
  skippedPersons: number;
  rejections: number;
}

export type CafFluxItem =
  | { kind: 'header'; header: CafFluxHeader }
  | ({ kind: 'household' } & BuiltHousehold)
  | { kind: 'end'; header: CafFluxHeader | null; trailer: CafFluxTrailer | null; totals: CafFluxTotals; warnings: string[] };

const v = (block: RawBlock, path: string) => block.values[path] || null;
const count = (raw: string | null) => (raw !== null && /^\d+$/.test(raw) ? Number(raw) : null);

function readHeader(block: RawBlock): CafFluxHeader {
  const application = v(block, 'APPLIEME');
  return {
    application,
    organism: application === 'CRI' ? 'CAF' : application === 'AGO' ? 'MSA' : null,
    applicationVersion: v(block, 'NUMVERSIONAPPLIEME'),
    fluxType: v(block, 'TYPEFLUX'),
    fluxNature: v(block, 'NATFLUX'),
    createdOn: v(block, 'DTCREAFLUX'),
    createdAt: v(block, 'HEUCREAFLUX'),
    referenceDate: v(block, 'DTREF'),
  };
}

/** The declared encoding, read from the prolog's ASCII bytes; the flux's own is windows-1252. */
function sniffEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  const prolog = Buffer.from(head.subarray(0, 200)).toString('latin1');
  const label = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(prolog)?.[1];
  if (label === undefined) return 'windows-1252';
  const encoding = encodingFromLabel(label);
  if (encoding === null) throw new CafFluxError(`Encodage « ${label} » non pris en charge : le flux CAF/MSA est attendu en windows-1252.`, 1);
  return encoding;
}

/**
 * Yields the header, then each household with its persons of interest (applicants and partners)
 * and rejections, then a closing item with the declared and counted totals. A malformed file
 * throws CafFluxError when the problem is reached, after the households before it were yielded.
 */
export async function* parseCafFlux(
  input: AsyncIterable<Uint8Array | string>,
  options: { today?: Date } = {},
): AsyncGenerator<CafFluxItem, void, undefined> {
  const today = options.today ?? new Date();
  const ready: CafFluxItem[] = [];
  const totals: CafFluxTotals = { households: 0, persons: 0, skippedPersons: 0, rejections: 0 };
  const end: Extract<CafFluxItem, { kind: 'end' }> = { kind: 'end', header: null, trailer: null, totals, warnings: [] };

  const collector = createBlockCollector((block) => {
    if (block.kind === 'household') {
      const built = buildHousehold(block, ++totals.households, today);
      totals.persons += built.persons.length;
      totals.skippedPersons += built.skippedPersons;
      totals.rejections += built.rejections.length;
      ready.push({ kind: 'household', ...built });
    } else if (block.kind === 'header') {
      end.header = readHeader(block);
      ready.push({ kind: 'header', header: end.header });
    } else if (block.kind === 'trailer') {
      end.trailer = { declaredHouseholds: count(v(block, 'NBTOTDOSRSATRANSM')), declaredAnomalies: count(v(block, 'NBTOTDOSRSATRANSMANO')) };
    }
  });

  let decoder: ReturnType<typeof streamingDecoder> | null = null;
  let head: Uint8Array[] = [];
  let headSize = 0;
  const startDecoding = () => {
    const bytes = Buffer.concat(head);
    head = [];
    decoder = streamingDecoder(sniffEncoding(bytes));
    collector.write(decoder.write(bytes));
  };
  for await (const chunk of input) {
    if (typeof chunk === 'string') collector.write(chunk);
    else if (decoder) collector.write((decoder as ReturnType<typeof streamingDecoder>).write(chunk));
    else {
      // Enough bytes to read the XML declaration before choosing a decoder.
      head.push(chunk);
      headSize += chunk.byteLength;
      if (headSize >= 256) startDecoding();
    }
    yield* ready.splice(0);
  }
  if (!decoder && headSize > 0) startDecoding();
  if (decoder) collector.write((decoder as ReturnType<typeof streamingDecoder>).end());
  if (!collector.started()) throw new CafFluxError('Le fichier est vide : aucun flux CAF/MSA à lire.', null);
  collector.close();
  yield* ready.splice(0);

  if (end.header === null) end.warnings.push("Le flux n'a pas d'en-tête (IdentificationFlux) : sa date de référence est inconnue.");
  const declared = end.trailer?.declaredHouseholds;
  if (declared != null && declared !== totals.households) {
    end.warnings.push(`Le flux annonce ${declared} foyer(s) (NBTOTDOSRSATRANSM) mais en contient ${totals.households}.`);
  }
  yield end;
}

export interface CafFluxContents {
  header: CafFluxHeader | null;
  trailer: CafFluxTrailer | null;
  households: CafHousehold[];
  records: ImportedPerson[];
  rejections: ImportRejection[];
  totals: CafFluxTotals;
  warnings: string[];
}

/** Everything at once, for small files and tests; large files go through parseCafFlux. */
export async function readCafFlux(input: AsyncIterable<Uint8Array | string>, options: { today?: Date } = {}): Promise<CafFluxContents> {
  const out: CafFluxContents = {
    header: null,
    trailer: null,
    households: [],
    records: [],
    rejections: [],
    totals: { households: 0, persons: 0, skippedPersons: 0, rejections: 0 },
    warnings: [],
  };
  for await (const item of parseCafFlux(input, options)) {
    if (item.kind === 'household') {
      out.households.push(item.household);
      out.records.push(...item.persons);
      out.rejections.push(...item.rejections);
      out.warnings.push(...item.warnings);
    } else if (item.kind === 'end') {
      Object.assign(out, { header: item.header, trailer: item.trailer, totals: item.totals });
      out.warnings.push(...item.warnings);
    }
  }
  return out;
}
