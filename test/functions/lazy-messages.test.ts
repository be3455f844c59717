/**
 * The message catalogs are a third of the bundle: a custom function that succeeds must not build them (each
 * custom-function cell is its own execution), one that fails builds them to say why.
 */
type Functions = typeof import('../../src/functions');
type I18n = typeof import('../../src/i18n');
type Context = typeof import('../../src/functions/context');

function fresh(): { fns: Functions; i18n: I18n; context: Context } {
  let out: { fns: Functions; i18n: I18n; context: Context } | undefined;
  jest.isolateModules(() => {
    out = {
      fns: require('../../src/functions'),
      i18n: require('../../src/i18n'),
      context: require('../../src/functions/context'),
    };
  });
  out!.context.overrideContext({ lang: 'ru', timeZone: 'Europe/Moscow' });
  return out!;
}

describe('messages are built on first use', () => {
  test('loading the functions and a successful call build no catalog', () => {
    const { fns, i18n } = fresh();
    expect(i18n.catalogBuilt()).toBe(false);
    expect(fns.PLAN_SPLIT(1000, [[1], [1]], 1)).toEqual([[500], [500]]);
    expect(fns.RUN_RATE(100, 5, 20)).toBe(400);
    expect(i18n.catalogBuilt()).toBe(false);
  });

  test('a failing call builds it and says why in the spreadsheet language', () => {
    const { fns, i18n } = fresh();
    expect(() => fns.PLAN_SPLIT(1000, [[1], [1]], 1e12)).toThrow(/step/);
    expect(i18n.catalogBuilt()).toBe(true);
  });

  test('the locale is read only to parse text or to report a problem', () => {
    const { fns, context } = fresh();
    let reads = 0;
    const sheet = {
      getSpreadsheetLocale: () => {
        reads++;
        return 'ru_RU';
      },
      getSpreadsheetTimeZone: () => 'Europe/Moscow',
    };
    const g = globalThis as { SpreadsheetApp?: unknown };
    g.SpreadsheetApp = { getActiveSpreadsheet: () => sheet };
    try {
      context.overrideContext({ timeZone: 'Europe/Moscow' });
      expect(fns.RUN_RATE([[100], [50]], 5, 20)).toEqual([[400], [200]]);
      expect(fns.PLAN_SPLIT(1000, [[1], [1]])).toEqual([[500], [500]]);
      expect(reads).toBe(0);
      expect(fns.RUN_RATE('1 000,5', 5, 20)).toBe(4002);
      expect(reads).toBe(1);
    } finally {
      delete g.SpreadsheetApp;
    }
  });

  test('a date function reads the time zone for a Date only, and the spreadsheet once with the locale', () => {
    const { fns, context } = fresh();
    const calls: string[] = [];
    const sheet = {
      getSpreadsheetLocale: () => (calls.push('locale') && 'ru_RU') as string,
      getSpreadsheetTimeZone: () => (calls.push('timeZone') && 'Europe/Moscow') as string,
    };
    const g = globalThis as { SpreadsheetApp?: unknown };
    g.SpreadsheetApp = { getActiveSpreadsheet: () => (calls.push('spreadsheet') && sheet) as typeof sheet };
    try {
      context.overrideContext(null);
      expect(fns.CAL_WORKDAYS('2026-03-02', 46086)).toBe(4);
      expect(calls).toEqual([]);
      const day = new Date(Date.UTC(2026, 2, 1, 21));
      expect(() => fns.CAL_WORKDAYS([[day], ['x']], day)).toThrow(/CAL_WORKDAYS/);
      expect(calls).toEqual(['spreadsheet', 'timeZone', 'locale']);
    } finally {
      delete g.SpreadsheetApp;
    }
  });
});
