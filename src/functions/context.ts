import { type Lang, langOfLocale } from '../i18n/lang';

/**
 * What a custom function needs to know about the spreadsheet it runs in: the language of its messages and
 * the time zone its date cells are in. Read lazily (a service call each) and once per execution.
 */
export interface FunctionContext {
  lang: Lang;
  timeZone: string;
}

let override: Partial<FunctionContext> | null = null;
let cached: Partial<FunctionContext> & { sheet?: GoogleAppsScript.Spreadsheet.Spreadsheet | null } = {};

/** For tests and the local runner: fix the context instead of asking SpreadsheetApp. */
export function overrideContext(ctx: Partial<FunctionContext> | null): void {
  override = ctx;
  cached = {};
}

/** The active spreadsheet, asked for once per execution (a date function that fails needs it twice). */
function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  if (cached.sheet !== undefined) return cached.sheet;
  try {
    cached.sheet = typeof SpreadsheetApp === 'undefined' ? null : SpreadsheetApp.getActiveSpreadsheet();
  } catch {
    cached.sheet = null;
  }
  return cached.sheet;
}

export function contextLang(): Lang {
  if (override?.lang) return override.lang;
  if (!cached.lang) cached.lang = langOfLocale(spreadsheet()?.getSpreadsheetLocale() ?? 'en');
  return cached.lang;
}

export function contextTimeZone(): string {
  if (override?.timeZone) return override.timeZone;
  if (!cached.timeZone) cached.timeZone = spreadsheet()?.getSpreadsheetTimeZone() ?? 'UTC';
  return cached.timeZone;
}
