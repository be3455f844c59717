import { overrideContext } from '../../src/functions/context';
import type { Lang } from '../../src/i18n';

/** Runs every test of the file in a spreadsheet of this language and time zone. */
export function useSpreadsheet(lang: Lang = 'en', timeZone = 'Europe/Moscow'): void {
  beforeEach(() => overrideContext({ lang, timeZone }));
  afterAll(() => overrideContext(null));
}

/** The message a custom function shows under #ERROR! in a spreadsheet of `lang`. */
export function errorIn(lang: Lang, call: () => unknown): string {
  overrideContext({ lang, timeZone: 'Europe/Moscow' });
  try {
    call();
  } catch (e) {
    return (e as Error).message;
  } finally {
    overrideContext({ lang: 'en', timeZone: 'Europe/Moscow' });
  }
  throw new Error('expected the call to fail');
}

/**
 * An error path: the message in Russian and in English, exactly (a string) or, where the problem's text
 * comes from a core message another module owns, its start (a RegExp naming function and argument).
 */
export type ErrorCase = [title: string, call: () => unknown, ru: string | RegExp, en: string | RegExp];

export function errorCases(cases: readonly ErrorCase[]): void {
  test.each(cases)('%s', (_title, call, ru, en) => {
    for (const [lang, want] of [
      ['ru', ru],
      ['en', en],
    ] as const) {
      const got = errorIn(lang, call);
      if (typeof want === 'string') expect(got).toBe(want);
      else expect(got).toMatch(want);
      // Every message is translated and filled in: no raw code, no {placeholder} left.
      expect(got).not.toMatch(/\{\w+\}|\b(fn|arg|bonus|decompose|funnel|planfact|calendar|split)\.[a-z]/);
    }
    expect(errorIn('ru', call)).not.toBe(errorIn('en', call));
  });
}

/** A date cell as Sheets passes it: midnight of that day in the spreadsheet's zone (Moscow here). */
export function msk(iso: string): Date {
  return new Date(`${iso}T00:00:00+03:00`);
}

/** A column range of values. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
