import { type Addon, openAddon } from '../../local/addon';
import type { Spreadsheet } from '../../local/spreadsheet';
import { createAppsScriptGlobals } from '../../local/spreadsheet';
import type { Day } from '../../src/core/dates';
import type { ActionContext } from '../../src/sheets/context';
import { MONTH } from '../../src/sheets/month-layout';

/** Every tab's values and formulas: a workbook fingerprint to compare before and after an action. */
export function snapshot(ss: Spreadsheet): string {
  return JSON.stringify(
    ss.sheetList().map((sh) => {
      const r = sh.getDataRange();
      return [sh.getName(), r.getValues(), r.getFormulas()];
    }),
  );
}

/** Replaces the Team tab's people with `n` managers (and one head), names "Manager 1"…, ids m1…, in two groups. */
export function setTeam(ss: Spreadsheet, n: number, tab = 'Команда'): void {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const rows: (string | number | boolean)[][] = [];
  for (let i = 1; i <= n; i++) {
    rows.push([
      `m${i}`,
      `Manager ${i}`,
      'manager',
      ['junior', 'middle', 'senior'][i % 3],
      '',
      '',
      1,
      50000,
      'S1',
      50000,
      true,
      ['North', 'South'][i % 2],
    ]);
  }
  rows.push(['h1', 'Head', 'head', 'senior', '', '', 0, 120000, 'HEAD', 100000, true, '']);
  // Every column, the group included: the example rows must not leave a group without a person.
  sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), sheet.getMaxColumns()).clearContent();
  if (sheet.getMaxRows() < rows.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, rows.length, 12).setValues(rows);
  // The example absence names a person who is no longer on the team.
  const calendar = ss.getSheetByName(tab === 'Команда' ? 'Календарь' : 'Calendar');
  calendar?.getRange('G4:J4').clearContent();
}

/** Opens the add-on, sets up the workbook and decomposes the plan. */
export function preparedWorkbook(addon: Addon, team?: number): void {
  addon.call('onOpen', { authMode: 'LIMITED' });
  addon.call('menuSetup');
  if (team !== undefined) setTeam(addon.ss, team, addon.ss.getSheetByName('Команда') ? 'Команда' : 'Team');
}

export function createMonth(addon: Addon, month = '2026-11'): void {
  addon.ss.ui.answer({ button: 'OK', text: month });
  addon.call('menuCreateMonth');
}

/**
 * The example workbook on 20 November 2026, set up (its team replaced by `team` managers when given) and
 * decomposed, with the given month tabs created.
 */
export function exampleWorkbook(team?: number, locale = 'ru_RU', months = ['2026-11']): Addon {
  const a = openAddon({ locale, today: '2026-11-20' });
  preparedWorkbook(a, team);
  a.call('menuDecompose');
  for (const m of months) createMonth(a, m);
  return a;
}

/** `exampleWorkbook` with the Apps Script globals installed on globalThis, so src/sheets code can be called. */
export function decomposedWorkbook(team = 5, locale = 'ru_RU', months = ['2026-11']): Addon {
  const a = exampleWorkbook(team, locale, months);
  const g = createAppsScriptGlobals(a.ss);
  Object.assign(globalThis, {
    SpreadsheetApp: g.SpreadsheetApp,
    LockService: g.LockService,
    Charts: g.Charts,
  });
  return a;
}

/** An ActionContext over the add-on's spreadsheet for a given "today". */
export function actionContextFor(a: Addon, today: Day, lang: 'ru' | 'en' = 'ru'): ActionContext {
  return { ss: a.ss, ui: a.ss.ui, lang, timeZone: 'Europe/Moscow', today } as unknown as ActionContext;
}

/** The example workbook (5 managers, 20 Nov 2026) with facts in every row below the department for 1–19 November. */
export function exampleWorkbookWithFacts(locale: string): Addon {
  const a = exampleWorkbook(undefined, locale);
  const month = a.ss.getSheetByName('2026-11')!;
  const first = MONTH.firstDataRow + 6;
  const rows = month.getDataRange().getValues().length - first + 1;
  const facts = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 19 }, (_, d) => ((r * 7 + d) % 5) * 10_000),
  );
  month.getRange(first, MONTH.firstDayCol, rows, 19).setValues(facts);
  return a;
}

/** exampleWorkbookWithFacts, then every menu action that writes a tab (Today, Week, leaderboards, Bonus, Report). */
export function everyTabWorkbook(locale: string): Addon {
  const a = exampleWorkbookWithFacts(locale);
  a.call('menuToday');
  a.ss.ui.answer({ button: 'OK', text: '' });
  a.call('menuWeeklyMeeting');
  a.call('menuContests');
  a.ss.ui.answer({ button: 'OK', text: '2026-11' });
  a.call('menuBonuses');
  a.ss.ui.answer({ button: 'OK', text: '2026-11' });
  a.call('menuReport');
  return a;
}
