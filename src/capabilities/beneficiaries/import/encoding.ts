/**
 * Text encodings of the files départements receive. Node 20's TextDecoder('windows-1252') decodes
 * bytes 0x80-0x9F as Latin-1 control characters instead of € ’ œ Œ …, which are common in
 * French files (Excel writes ’ as 0x92), so the single-byte encodings are decoded here.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'windows-1252' | 'iso-8859-15';

// windows-1252 code points of bytes 0x80-0x9F; the five unassigned bytes keep their C1 value.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d,
  0x17e, 0x178,
];
// ISO-8859-15 differs from Latin-1 on eight bytes only.
const LATIN9_OVERRIDES: Record<string, string> = {
  '\u00a4': '€',
  '\u00a6': 'Š',
  '\u00a8': 'š',
  '\u00b4': 'Ž',
  '\u00b8': 'ž',
  '\u00bc': 'Œ',
  '\u00bd': 'œ',
  '\u00be': 'Ÿ',
};

function decodeSingleByte(bytes: Uint8Array, encoding: 'windows-1252' | 'iso-8859-15'): string {
  // Latin-1 is the identity on bytes: the fastest decode Node has, then fix the few differences.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (encoding === 'iso-8859-15') return latin1.replace(/[\u00a4\u00a6\u00a8\u00b4\u00b8\u00bc-\u00be]/g, (c) => LATIN9_OVERRIDES[c] ?? c);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0x3f));
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, 'windows-1252');
}

let reverseCp1252: Map<number, number> | null = null;

/** For fixtures and exports: characters windows-1252 cannot hold become '?', as Windows does. */
export function encodeWindows1252(text: string): Buffer {
  reverseCp1252 ??= new Map(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));
  const out = Buffer.allocUnsafe(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    out[n++] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (reverseCp1252.get(code) ?? 0x3f);
  }
  return out.subarray(0, n);
}

/**
 * Spreadsheet exports carry no declaration: a BOM decides, else valid UTF-8 is UTF-8 (a
 * windows-1252 file with accents is almost never valid UTF-8), else windows-1252.
 */
export function decodeUnknownText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Resolves an XML declaration's encoding label; null when Parcours cannot read that encoding. */
export function encodingFromLabel(label: string): TextEncodingName | null {
  const l = label.trim().toLowerCase().replace(/_/g, '-');
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii'].includes(l)) return 'windows-1252';
  if (['iso-8859-15', 'latin-9', 'latin9'].includes(l)) return 'iso-8859-15';
  return null;
}

/** A chunk-by-chunk decoder: a UTF-8 character split across two chunks is kept for the next one. */
export function streamingDecoder(encoding: TextEncodingName): { write(chunk: Uint8Array): string; end(): string } {
  if (encoding === 'windows-1252' || encoding === 'iso-8859-15') {
    return { write: (chunk) => decodeSingleByte(chunk, encoding), end: () => '' };
  }
  const decoder = new TextDecoder(encoding);
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}
