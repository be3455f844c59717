/**
 * Strict UTF-8 → text without TextDecoder (Apps Script has none): undefined at the first invalid sequence
 * (a stray continuation byte, a truncated sequence, an overlong form, a surrogate, a code point past
 * U+10FFFF), which is how windows-1251 text gives itself away.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  const parts: string[] = [];
  let units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      units.push(b);
      i++;
    } else {
      const cp = codePointAt(bytes, i);
      if (cp === undefined) return undefined;
      if (cp.value > 0xffff) {
        const v = cp.value - 0x10000;
        units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
      } else units.push(cp.value);
      i += cp.length;
    }
    if (units.length >= 8192) {
      parts.push(String.fromCharCode.apply(null, units));
      units = [];
    }
  }
  parts.push(String.fromCharCode.apply(null, units));
  return parts.join('');
}

/** The multi-byte sequence starting at `i` (lead byte ≥ 0x80), or undefined when it is not valid UTF-8. */
function codePointAt(bytes: Uint8Array, i: number): { value: number; length: number } | undefined {
  const b = bytes[i];
  let length: number;
  let value: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [length, value, min] = [2, b & 0x1f, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [length, value, min] = [3, b & 0x0f, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [length, value, min] = [4, b & 0x07, 0x10000];
  else return undefined;
  if (i + length > bytes.length) return undefined;
  for (let k = 1; k < length; k++) {
    const c = bytes[i + k];
    if ((c & 0xc0) !== 0x80) return undefined;
    value = (value << 6) | (c & 0x3f);
  }
  if (value < min || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return undefined;
  return { value, length };
}
