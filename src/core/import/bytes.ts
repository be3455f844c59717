import { DomainError } from '../errors';
import { decodeCp1251 } from './cp1251';
import { decodeUtf8Strict } from './utf8';

export type TextEncodingName = 'utf-8' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the bytes began with the UTF-8 byte-order mark (removed from `text`). */
  bom: boolean;
}

/**
 * A file's bytes → text. UTF-8 with or without a BOM when the bytes are valid UTF-8, otherwise windows-1251
 * (the other encoding Russian CRMs export in; every byte sequence is valid 1251, so this never fails on
 * text). Refuses what is not text: nothing at all, an XLSX/ZIP archive (it says to use File → Import), or
 * bytes with NULs (a binary file, or UTF-16, which no CRM here exports).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DomainError('import.empty');
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    throw new DomainError('import.xlsx');
  if (bytes.indexOf(0) >= 0) throw new DomainError('import.binary');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = decodeUtf8Strict(body);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom };
  return { text: decodeCp1251(body), encoding: 'windows-1251', bom: false };
}
