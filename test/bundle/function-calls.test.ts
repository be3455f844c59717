/**
 * Service calls per custom-function execution, through the built bundle with a counting SpreadsheetApp (the
 * bench's cases): none for numbers, the locale only for text to parse or a message, the time zone only for a Date.
 */
import { CALL_CASES, countFunctionCalls } from '../../local/bench/function-calls';
import { readBundle } from '../helpers/load-bundle';

const counts = countFunctionCalls(readBundle());
const methods = (label: string) => counts[label].methods.map((m) => m.split('.')[1]);

describe('SpreadsheetApp calls of one custom-function execution', () => {
  test('every case behaves as the case says (a result, or an error)', () => {
    expect(Object.keys(counts)).toEqual(CALL_CASES.map((c) => c.label));
    for (const c of Object.values(counts)) expect(c.unexpected).toBeUndefined();
  });

  test('numbers, ranges of numbers and a text choice: none', () => {
    for (const label of ['numbers', 'numbers, a column', 'numbers, a split', 'a text choice'])
      expect(counts[label].calls).toBe(0);
  });

  test('text to parse or a message: the locale; Date cells: the time zone; the spreadsheet once', () => {
    expect(methods('a number as text')).toEqual(['getActiveSpreadsheet', 'getSpreadsheetLocale']);
    expect(methods('dates')).toEqual(['getActiveSpreadsheet', 'getSpreadsheetTimeZone']);
    expect(methods('a bad number (message)')).toEqual(['getActiveSpreadsheet', 'getSpreadsheetLocale']);
    expect(methods('a bad date (message)')).toEqual([
      'getActiveSpreadsheet',
      'getSpreadsheetTimeZone',
      'getSpreadsheetLocale',
    ]);
  });
});
