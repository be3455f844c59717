import { UnitWriter } from './utf8';

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

/** Every byte's UTF-16 unit: one lookup per byte, no branch. */
const UNITS = Array.from({ length: 256 }, (_, b) => (b < 0x80 ? b : UPPER_HALF.charCodeAt(b - 0x80)));

/** The text of windows-1251 bytes (every byte decodes: this never fails). */
export function decodeCp1251(bytes: Uint8Array): string {
  const out = new UnitWriter();
  for (let i = 0; i < bytes.length; i++) out.push(UNITS[bytes[i]]);
  return out.text();
}

/** The table's length is checked by a test: 128 entries, one per byte 0x80…0xFF. */
export const CP1251_UPPER_HALF = UPPER_HALF;
