// MD5 (RFC 1321) for the epilogo hash, streaming. Written here rather than taken from @noble/hashes because the
// generic implementation there ran at ~18 MB/s on this kind of machine: ~100 ms of a 15 MB lote's validation
// went to hashing 1.7 MB of leaf text. This one works on 32-bit words directly. Not for security (MD5 is broken);
// only because TISS prescribes it. Cross-checked against @noble/hashes in md5.test.ts.

// K[i] = floor(|sin(i + 1)| · 2³²), as the RFC defines it.
const K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

export class Md5 {
  private a = 0x67452301;
  private b = 0xefcdab89 | 0;
  private c = 0x98badcfe | 0;
  private d = 0x10325476;
  private readonly block = new Uint8Array(64);
  private readonly words = new Int32Array(16);
  private blockLength = 0;
  private totalBytes = 0;

  update(data: Uint8Array): this {
    let i = 0;
    this.totalBytes += data.length;
    if (this.blockLength > 0) {
      while (i < data.length && this.blockLength < 64) this.block[this.blockLength++] = data[i++]!;
      if (this.blockLength < 64) return this;
      this.compress(this.block, 0);
      this.blockLength = 0;
    }
    for (; i + 64 <= data.length; i += 64) this.compress(data, i);
    while (i < data.length) this.block[this.blockLength++] = data[i++]!;
    return this;
  }

  /** Lowercase hex digest; the instance is finished afterwards. */
  hex(): string {
    const bits = this.totalBytes * 8;
    const pad = new Uint8Array((this.blockLength < 56 ? 56 : 120) - this.blockLength + 8);
    pad[0] = 0x80;
    const n = pad.length;
    // Message length in bits, 64-bit little-endian (high word via division: lengths stay far below 2⁵³).
    const lo = bits >>> 0;
    const hi = Math.floor(bits / 2 ** 32) >>> 0;
    for (let k = 0; k < 4; k++) {
      pad[n - 8 + k] = (lo >>> (8 * k)) & 0xff;
      pad[n - 4 + k] = (hi >>> (8 * k)) & 0xff;
    }
    this.update(pad);
    let out = '';
    for (const word of [this.a, this.b, this.c, this.d]) {
      for (let k = 0; k < 4; k++) out += ((word >>> (8 * k)) & 0xff).toString(16).padStart(2, '0');
    }
    return out;
  }

  private compress(src: Uint8Array, at: number): void {
    const m = this.words;
    for (let w = 0; w < 16; w++) {
      const p = at + w * 4;
      m[w] = src[p]! | (src[p + 1]! << 8) | (src[p + 2]! << 16) | (src[p + 3]! << 24);
    }
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    let f: number;
    let t: number;
    for (let i = 0; i < 16; i++) {
      f = (((b & c) | (~b & d)) + a + K[i]! + m[i]!) | 0;
      a = d;
      d = c;
      c = b;
      t = S[i & 3]!;
      b = (b + ((f << t) | (f >>> (32 - t)))) | 0;
    }
    for (let i = 16; i < 32; i++) {
      f = (((d & b) | (~d & c)) + a + K[i]! + m[(5 * i + 1) & 15]!) | 0;
      a = d;
      d = c;
      c = b;
      t = S[4 + (i & 3)]!;
      b = (b + ((f << t) | (f >>> (32 - t)))) | 0;
    }
    for (let i = 32; i < 48; i++) {
      f = ((b ^ c ^ d) + a + K[i]! + m[(3 * i + 5) & 15]!) | 0;
      a = d;
      d = c;
      c = b;
      t = S[8 + (i & 3)]!;
      b = (b + ((f << t) | (f >>> (32 - t)))) | 0;
    }
    for (let i = 48; i < 64; i++) {
      f = ((c ^ (b | ~d)) + a + K[i]! + m[(7 * i) & 15]!) | 0;
      a = d;
      d = c;
      c = b;
      t = S[12 + (i & 3)]!;
      b = (b + ((f << t) | (f >>> (32 - t)))) | 0;
    }
    this.a = (this.a + a) | 0;
    this.b = (this.b + b) | 0;
    this.c = (this.c + c) | 0;
    this.d = (this.d + d) | 0;
  }
}
