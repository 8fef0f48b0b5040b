import { describe, expect, it } from 'vitest';
import { decodeUnknownText, decodeWindows1252, encodeWindows1252, streamingDecoder } from './encoding.js';

const french = 'Cœur d’Alène : 12 € — « Zoé » Œuvre…';

describe('encodings', () => {
  it('round-trips windows-1252, including the 0x80-0x9F characters Node 20 gets wrong', () => {
    const bytes = encodeWindows1252(french);
    expect(bytes.length).toBe(french.length);
    expect([...bytes.subarray(0, 3)]).toEqual([0x43, 0x9c, 0x75]);
    expect(decodeWindows1252(bytes)).toBe(french);
  });

  it('replaces what windows-1252 cannot hold', () => {
    expect(decodeWindows1252(encodeWindows1252('Łódź'))).toBe('?ód?');
  });

  it('tells UTF-8 from windows-1252, with or without BOM', () => {
    expect(decodeUnknownText(Buffer.from(french, 'utf8'))).toEqual({ text: french, encoding: 'utf-8' });
    expect(decodeUnknownText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french)]))).toEqual({ text: french, encoding: 'utf-8' });
    expect(decodeUnknownText(encodeWindows1252(french))).toEqual({ text: french, encoding: 'windows-1252' });
    expect(decodeUnknownText(Buffer.from(`\ufeff${french}`, 'utf16le'))).toEqual({ text: french, encoding: 'utf-16le' });
  });

  it('keeps a UTF-8 character split across two chunks', () => {
    const bytes = Buffer.from('é', 'utf8');
    const decoder = streamingDecoder('utf-8');
    expect(decoder.write(bytes.subarray(0, 1)) + decoder.write(bytes.subarray(1)) + decoder.end()).toBe('é');
  });
});
