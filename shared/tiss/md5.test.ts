import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { Md5 } from './md5.ts';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('Md5', () => {
  it('gives the RFC 1321 test-suite digests', () => {
    const suite: [string, string][] = [
      ['', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['a', '0cc175b9c0f1b6a831c399e269772661'],
      ['abc', '900150983cd24fb0d6963f7d28e17f72'],
      ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
      ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
      ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
      ['1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
    ];
    for (const [input, digest] of suite) expect(new Md5().update(ascii(input)).hex()).toBe(digest);
  });

  it('equals @noble/hashes for every length around the block and padding edges, however the input is split', () => {
    for (let n = 0; n < 260; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + n * 7) & 0xff);
      const expected = bytesToHex(md5(bytes));
      const cut = (n * 37) % (n + 1);
      expect(new Md5().update(bytes.subarray(0, cut)).update(bytes.subarray(cut)).hex()).toBe(expected);
      const byteAtATime = new Md5();
      for (let i = 0; i < n; i++) byteAtATime.update(bytes.subarray(i, i + 1));
      expect(byteAtATime.hex()).toBe(expected);
    }
  });
});
