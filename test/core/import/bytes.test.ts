import fc from 'fast-check';
import { decodeBytes } from '../../../src/core/import/bytes';
import { CP1251_UPPER_HALF, decodeCp1251 } from '../../../src/core/import/cp1251';
import { decodeUtf8Strict } from '../../../src/core/import/utf8';
import { expectDomainError } from '../../helpers/domain-error';
import { fixtureBytes } from './helpers';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('windows-1251', () => {
  it('has one entry per byte 0x80…0xFF, equal to the WHATWG decoder', () => {
    expect(CP1251_UPPER_HALF.length).toBe(128);
    const all = new Uint8Array(256).map((_, i) => i);
    expect(decodeCp1251(all)).toBe(new TextDecoder('windows-1251').decode(all));
  });

  it('decodes Cyrillic: «Ёлка» is C0-range bytes plus A8 for Ё', () => {
    expect(decodeCp1251(new Uint8Array([0xa8, 0xeb, 0xea, 0xe0]))).toBe('Ёлка');
  });
});

describe('strict UTF-8', () => {
  it('decodes any text as Node does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const bytes = utf8(s);
        expect(decodeUtf8Strict(bytes)).toBe(new TextDecoder('utf-8').decode(bytes));
      }),
    );
  });

  it('refuses exactly the byte strings a fatal TextDecoder refuses', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let expected: string | undefined;
        try {
          expected = fatal.decode(bytes);
        } catch {
          expected = undefined;
        }
        // TextDecoder drops a leading BOM; decodeBytes strips it before this decoder sees the text.
        if (expected !== undefined && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return;
        expect(decodeUtf8Strict(bytes)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses invalid sequences: a lone continuation, a truncated lead, an overlong form, a surrogate', () => {
    for (const bad of [[0x80], [0xd0], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]])
      expect(decodeUtf8Strict(new Uint8Array(bad))).toBeUndefined();
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8 with a BOM, UTF-8 without, and windows-1251 from the bytes', () => {
    const bom = decodeBytes(fixtureBytes('amocrm-utf8-bom-comma.csv'));
    expect([bom.encoding, bom.bom, bom.text.startsWith('ID,Название сделки')]).toEqual(['utf-8', true, true]);
    const plain = decodeBytes(fixtureBytes('calls-mango.csv'));
    expect([plain.encoding, plain.bom, plain.text.slice(0, 10)]).toEqual(['utf-8', false, 'Дата;Время']);
    const cp = decodeBytes(fixtureBytes('amocrm-1251-semicolon.csv'));
    expect(cp.encoding).toBe('windows-1251');
    expect(cp.text).toContain('Поставка ёлок;150 000;Анна Смирнова');
  });

  it('refuses empty input, a ZIP/XLSX archive (pointing to File → Import) and binary data', () => {
    expectDomainError(() => decodeBytes(new Uint8Array([])), 'import.empty');
    expectDomainError(() => decodeBytes(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0])), 'import.xlsx');
    expectDomainError(() => decodeBytes(utf8('ID;Name\n1;\u0000x')), 'import.binary');
  });
});
