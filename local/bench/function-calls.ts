/**
 * Service calls per custom-function execution. Each cell with a custom function is its own execution in
 * Sheets, and each call into SpreadsheetApp is a round trip that costs more than the whole cold start; a
 * function should make none for numbers, and only what a date (the time zone) or text to parse or a message
 * to show (the locale) truly needs. Each case runs in a fresh context with a counting SpreadsheetApp.
 */
import vm from 'node:vm';

export interface CallCase {
  /** What the case is about, e.g. "numbers". */
  label: string;
  /** The expression run in the context; `day(k)` is a Date cell k days after 2026-01-01 (noon UTC). */
  expr: string;
  /** Whether the call is expected to throw (an argument error shown under #ERROR!). */
  throws?: boolean;
}

export const CALL_CASES: readonly CallCase[] = [
  { label: 'numbers', expr: 'RUN_RATE(1000, 10, 20)' },
  { label: 'numbers, a column', expr: 'BONUS_TIERS([[100000],[600000]], [[0],[500000]], [[0.03],[0.05]])' },
  { label: 'numbers, a split', expr: 'PLAN_SPLIT(1000, [[1],[2],[3]])' },
  {
    label: 'a text choice',
    expr: 'BONUS_TIERS([[600000]], [[0],[500000]], [[0.03],[0.05]], "ретро")',
  },
  { label: 'a number as text', expr: 'RUN_RATE("1 000,5", 5, 20)' },
  { label: 'dates', expr: 'CAL_WORKDAYS([[day(0)],[day(40)]], [[day(30)],[day(90)]])' },
  { label: 'a bad number (message)', expr: 'PLAN_SPLIT("abc", [[1]])', throws: true },
  { label: 'a bad date (message)', expr: 'CAL_WORKDAYS([[day(0)],["x"]], day(30))', throws: true },
];

export interface CallCount {
  expr: string;
  calls: number;
  /** The SpreadsheetApp methods called, in order. */
  methods: string[];
  /** The call threw when it should not, or did not when it should (the count means nothing then). */
  unexpected?: string;
}

/** A context with only a SpreadsheetApp that counts its calls (a ru_RU spreadsheet in Moscow). */
function countingContext(code: string, methods: string[]): vm.Context {
  const counted =
    <T>(method: string, value: () => T) =>
    (): T => {
      methods.push(method);
      return value();
    };
  const spreadsheet = {
    getSpreadsheetLocale: counted('Spreadsheet.getSpreadsheetLocale', () => 'ru_RU'),
    getSpreadsheetTimeZone: counted('Spreadsheet.getSpreadsheetTimeZone', () => 'Europe/Moscow'),
  };
  const context = vm.createContext({
    SpreadsheetApp: {
      getActiveSpreadsheet: counted('SpreadsheetApp.getActiveSpreadsheet', () => spreadsheet),
      getActive: counted('SpreadsheetApp.getActive', () => spreadsheet),
    },
  });
  vm.runInContext(code, context, { filename: 'Code.js' });
  vm.runInContext('var day = (k) => new Date(Date.UTC(2026, 0, 1 + k, 12));', context);
  return context;
}

/** The service calls of each case, one fresh execution each. */
export function countFunctionCalls(code: string, cases = CALL_CASES): Record<string, CallCount> {
  const out: Record<string, CallCount> = {};
  for (const c of cases) {
    const methods: string[] = [];
    const context = countingContext(code, methods);
    let threw: unknown;
    try {
      vm.runInContext(c.expr, context);
    } catch (e) {
      threw = e;
    }
    const count: CallCount = { expr: c.expr, calls: methods.length, methods };
    if (Boolean(threw) !== Boolean(c.throws))
      count.unexpected = threw ? `threw: ${(threw as Error).message}` : 'did not throw';
    out[c.label] = count;
  }
  return out;
}
