import { describe, expect, it } from 'vitest';
import { decodeLatin1, decodeLatin1Portable, decodeUtf8, encodeLatin1, sniffEncoding } from './bytes.ts';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('ISO-8859-1', () => {
  it('decodes every byte to the code point of the same value, at any buffer alignment', () => {
    for (let offset = 0; offset < 5; offset++) {
      const buffer = new Uint8Array(offset + 256 * 3);
      for (let i = 0; i < 256 * 3; i++) buffer[offset + i] = (i * 7) & 0xff;
      const bytes = buffer.subarray(offset);
      // Both ways: Node's Buffer (here, the CLI) and the portable one (browsers).
      for (const decode of [decodeLatin1, decodeLatin1Portable]) {
        const text = decode(bytes);
        expect(text.length).toBe(bytes.length);
        expect([...text].map((c) => c.charCodeAt(0))).toEqual([...bytes]);
      }
    }
    // 0x80 is "€" in windows-1252 (what browsers call 'iso-8859-1'); here it stays U+0080.
    expect(decodeLatin1(new Uint8Array([0x80, 0x9f, 0xe7]))).toBe('\u0080\u009fç');
    expect(decodeLatin1Portable(new Uint8Array([0x80, 0x9f, 0xe7]))).toBe('\u0080\u009fç');
  });

  it('encodes back, and names the first character that has no ISO-8859-1 byte', () => {
    expect(encodeLatin1('Ação')).toEqual({ ok: true, bytes: new Uint8Array([0x41, 0xe7, 0xe3, 0x6f]) });
    expect(encodeLatin1('preço € 10')).toEqual({ ok: false, badIndex: 6 });
  });
});

describe('UTF-8', () => {
  it('reports the offset of the first invalid sequence', () => {
    expect(decodeUtf8(ascii('ok'))).toEqual({ ok: true, text: 'ok' });
    expect(decodeUtf8(new Uint8Array([0x61, 0xe7, 0x61]))).toEqual({ ok: false, badOffset: 1 }); // latin1 "ç"
    expect(decodeUtf8(new Uint8Array([0x61, 0x62, 0xc0, 0xaf]))).toEqual({ ok: false, badOffset: 2 }); // overlong
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toEqual({ ok: false, badOffset: 0 }); // surrogate
    expect(decodeUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toEqual({ ok: false, badOffset: 1 }); // truncated
  });
});

describe('sniffEncoding', () => {
  it('reads BOM and declaration', () => {
    expect(sniffEncoding(ascii('<?xml version="1.0" encoding="iso-8859-1"?><a/>')).encoding).toBe('ISO-8859-1');
    expect(sniffEncoding(ascii("<?xml version='1.0' encoding='UTF-8'?><a/>")).encoding).toBe('UTF-8');
    expect(sniffEncoding(ascii('<a/>'))).toMatchObject({ encoding: 'UTF-8', bomLength: 0 });
    expect(
      sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<?xml version="1.0" encoding="ISO-8859-1"?>')])),
    ).toMatchObject({
      encoding: 'UTF-8',
      bomLength: 3,
      bomOverridesDeclaration: true,
    });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])).declared).toBe('UTF-16LE');
    expect(sniffEncoding(ascii('<?xml version="1.0" encoding="Shift_JIS"?>'))).toMatchObject({
      encoding: undefined,
      declared: 'Shift_JIS',
    });
  });
});
