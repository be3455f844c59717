/**
 * Strict UTF-8 → text without TextDecoder (Apps Script has none): undefined at the first invalid sequence
 * (a stray continuation byte, a truncated sequence, an overlong form, a surrogate, a code point past
 * U+10FFFF), which is how windows-1251 text gives itself away. UTF-16 units go into one typed array and
 * become text in chunks: a 20 MB export decodes in well under a second.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  const out = new UnitWriter();
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) return undefined;
    const value = codePointAt(bytes, i, length);
    if (value < 0) return undefined;
    if (value > 0xffff) {
      const v = value - 0x10000;
      out.push(0xd800 + (v >> 10));
      out.push(0xdc00 + (v & 0x3ff));
    } else out.push(value);
    i += length;
  }
  return out.text();
}

const CHUNK = 8192;

/**
 * UTF-16 units → text through one small reused buffer, turned into a string every CHUNK units (an
 * argument list has a length limit, and a buffer as large as the file would double its memory). The buffer
 * is a plain array of small integers: `String.fromCharCode.apply` takes one faster than a typed array.
 */
export class UnitWriter {
  private readonly units: number[] = new Array<number>(CHUNK).fill(0);
  private n = 0;
  private readonly parts: string[] = [];

  push(unit: number): void {
    this.units[this.n++] = unit;
    if (this.n === CHUNK) this.flush();
  }

  text(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (this.n === 0) return;
    // Only the last chunk is short: the buffer is not used after it.
    if (this.n < CHUNK) this.units.length = this.n;
    this.parts.push(String.fromCharCode.apply(null, this.units));
    this.n = 0;
  }
}

/** The length of the sequence a lead byte ≥ 0x80 starts (0: not a lead byte, or cut off by the end). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  return i + length > bytes.length ? 0 : length;
}

/** The smallest code point each sequence length may carry (shorter forms are overlong). */
const MIN = [0, 0, 0x80, 0x800, 0x10000];

/** The code point of the `length`-byte sequence at `i`, or -1 when it is not valid UTF-8. */
function codePointAt(bytes: Uint8Array, i: number, length: number): number {
  let value = bytes[i] & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const c = bytes[i + k];
    if ((c & 0xc0) !== 0x80) return -1;
    value = (value << 6) | (c & 0x3f);
  }
  if (value < MIN[length] || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return -1;
  return value;
}
