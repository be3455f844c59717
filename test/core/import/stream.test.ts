import fc from 'fast-check';
import { isDomainError } from '../../../src/core/errors';
import { importExport, importTable, parseExportText } from '../../../src/core/import';
import {
  DelimitedRows,
  type Delimiter,
  isTrimmedSpace,
  parseDelimited,
} from '../../../src/core/import/delimited';
import { bodyTable, MAX_IMPORT_ROWS, streamDelimited } from '../../../src/core/import/table';
import { expectDomainError } from '../../helpers/domain-error';
import { settingsWith } from './helpers';

/**
 * The streamed, column-pruned read (what `importExport` does with delimited text) against the full table
 * (`parseExportText`, what the file dialog and the tab import use): the same rows, counts and refusals.
 */

/** A cell a quoting writer may write: quotes, delimiters, line ends, blanks of several kinds. */
const cell = fc.string({
  unit: fc.constantFrom('a', 'я', ' ', '\u00a0', '\u3000', '"', ',', ';', '\t', '\n', '\r', '1'),
  maxLength: 6,
});
/** Rows as a CSV writer may leave them: ragged widths, blank and empty lines, a title line above. */
const rows = fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 14 });
const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t');

/** Quotes a cell when it must be (or at random: a writer may quote every cell), `""` for a quote. */
function csvOf(table: string[][], sep: Delimiter, quoteAll: boolean, eol: string): string {
  const quote = (c: string) =>
    quoteAll || /["\r\n,;\t]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c;
  return table.map((r) => r.map(quote).join(sep)).join(eol);
}

/** The code of the DomainError `fn` throws, or what it returns. */
function outcome<T>(fn: () => T): T | string {
  try {
    return fn();
  } catch (e) {
    if (isDomainError(e)) return `error ${e.code}`;
    throw e;
  }
}

describe('DelimitedRows with kept columns', () => {
  it('reads the kept cells of each row exactly as the full read, skipped ones blank, and tells filled rows', () => {
    fc.assert(
      fc.property(
        rows,
        delimiter,
        fc.boolean(),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.array(fc.boolean(), { maxLength: 6 }),
        (table, sep, quoteAll, eol, keep) => {
          const text = csvOf(table, sep, quoteAll, eol);
          const full = parseDelimited(text, sep);
          const cursor = new DelimitedRows(text, sep);
          const kept = { keep, row: keep.map(() => '') };
          for (const expected of full) {
            const row = cursor.next(kept);
            expect(row && [...row]).toEqual(keep.map((k, i) => (k ? (expected[i] ?? '') : '')));
            expect(cursor.filled).toBe(expected.some((c) => c.trim() !== ''));
          }
          expect(cursor.next(kept)).toBeUndefined();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('counts as space exactly what trim() removes', () => {
    for (let c = 0; c <= 0xffff; c++)
      expect([c, isTrimmedSpace(c)]).toEqual([c, String.fromCharCode(c).trim() === '']);
  });
});

describe('streamDelimited', () => {
  it('gives the full table restricted to the columns asked for, or the same refusal', () => {
    fc.assert(
      fc.property(
        rows,
        delimiter,
        fc.boolean(),
        fc.array(fc.nat(5), { maxLength: 4 }),
        (table, sep, quoteAll, columns) => {
          const text = csvOf(table, sep, quoteAll, '\r\n');
          const expected = outcome(() => bodyTable(text, sep));
          const seen: string[][] = [];
          let header: string[] = [];
          const count = outcome(() =>
            streamDelimited(text, sep, (h) => {
              header = h;
              return { columns, add: (row) => seen.push(row.map((c, i) => (columns.includes(i) ? c : ''))) };
            }),
          );
          if (typeof expected === 'string') return expect(count).toBe(expected);
          expect(header).toEqual(expected.header);
          expect(count).toBe(expected.rows.length);
          expect(seen).toEqual(expected.rows.map((r) => r.map((c, i) => (columns.includes(i) ? c : ''))));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses too many rows and no rows before a header it cannot read, as the full table does', () => {
    const big = `Что-то;Другое\n${'1;2\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    expectDomainError(() => importExport(big, settingsWith({})), 'import.tooManyRows');
    expectDomainError(() => importExport('Что-то;Другое\n;;\n', settingsWith({})), 'import.noRows');
    expectDomainError(() => importExport('Что-то;Другое\n1;2\n', settingsWith({})), 'import.notExport');
    expectDomainError(() => importExport(' ;\n\n', settingsWith({})), 'import.empty');
  });
});

describe('importExport of delimited text', () => {
  const header = ['ID', 'Название сделки', 'Бюджет', 'Ответственный', 'Дата создания сделки', 'Этап сделки'];
  const deal = fc.tuple(
    fc.constantFrom('1', '2', '3', ''),
    cell,
    fc.constantFrom('10 000', '5,5', 'x', ''),
    fc.constantFrom('Анна Смирнова', 'Петров Иван', 'Некто', ''),
    fc.constantFrom('03.11.2026 10:00', '2026-11-04', '31.02.2026', ''),
    fc.constantFrom('Успешно реализовано', 'Переговоры', ' ', ''),
    cell,
  );

  it('counts what the table of the same text counts', () => {
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 12 }), delimiter, fc.boolean(), (deals, sep, quoteAll) => {
        const text = csvOf([[...header, 'Теги'], ...deals], sep, quoteAll, '\n');
        const settings = settingsWith({});
        const expected = outcome(() => {
          const { table, format } = parseExportText(text);
          return { ...importTable(table, settings), encoding: undefined, format };
        });
        expect(outcome(() => importExport(text, settings))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
