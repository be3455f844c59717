/**
 * windows-1251 → Unicode: the upper half of the code page as data (bytes 0x80…0xFF in order), so no
 * TextDecoder is needed (Apps Script has none). Byte 0x98 is unassigned; it decodes to U+0098 as the
 * WHATWG encoding standard does. Bytes below 0x80 are ASCII.
 */
const UPPER_HALF =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ' +
  'ђ‘’“”•–—\u0098™љ›њќћџ' +
  '\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї' +
  '°±Ііґµ¶·ё№є»јЅѕї' +
  'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ' +
  'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** The text of windows-1251 bytes (every byte decodes: this never fails). */
export function decodeCp1251(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let s = '';
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      s += b < 0x80 ? String.fromCharCode(b) : UPPER_HALF[b - 0x80];
    }
    parts.push(s);
  }
  return parts.join('');
}

/** The table's length is checked by a test: 128 entries, one per byte 0x80…0xFF. */
export const CP1251_UPPER_HALF = UPPER_HALF;
