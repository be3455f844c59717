import { type Addon, openAddon } from '../../local/addon';
import { createAppsScriptGlobals } from '../../local/spreadsheet';
import { type BudgetYear, budgetYear, type Row } from '../../src/core/budget';
import { dayOf } from '../../src/core/dates';
import { readBudget } from '../../src/sheets/actions/budget';
import { BUDGET, monthCol } from '../../src/sheets/budget-layout';
import { actionContextFor, preparedWorkbook } from '../helpers/workbook';

/**
 * The Budget tests' checks: the tab through the built bundle over the in-memory spreadsheet (HyperFormula
 * evaluates its formulas), every evaluated cell against the core to the kopeck.
 */
export const C = BUDGET.col;
const KOPECK = 0.005;

export function budgetWorkbook(locale = 'ru_RU', team?: number): Addon {
  const a = openAddon({ locale, today: '2026-11-20' });
  preparedWorkbook(a, team);
  a.call('menuBudget');
  const g = createAppsScriptGlobals(a.ss);
  Object.assign(globalThis, { SpreadsheetApp: g.SpreadsheetApp, LockService: g.LockService });
  return a;
}

export function tabOf(a: Addon, name: string) {
  const sheet = a.ss.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}: ${a.ss.ui.dialogs.map((d) => d.message).join(' | ')}`);
  const range = sheet.getDataRange();
  const values = range.getValues();
  const rows = new Map<string, unknown[]>();
  values.forEach((r) => {
    if (r[0]) rows.set(String(r[0]), r);
  });
  return { sheet, values, formulas: range.getFormulas(), rows };
}

/** The core's budget from the same reads the action makes (the tab's assumptions as typed). */
export function coreBudget(a: Addon, lang: 'ru' | 'en' = 'ru') {
  const read = readBudget(actionContextFor(a, dayOf(2026, 11, 20), lang));
  if (!read) throw new Error('readBudget refused');
  return { read, budget: budgetYear(read.input) };
}

export type Tab = ReturnType<typeof tabOf>;

/** Every month and the year of a keyed row against a core row; the number of cells compared. */
export function expectRow(tab: Tab, key: string, row: Row): number {
  const cells = tab.rows.get(key);
  if (!cells) throw new Error(`no row ${key}`);
  const got = [...Array.from({ length: 12 }, (_, i) => cells[monthCol(i) - 1]), cells[C.total - 1]];
  const want = [...row.months, row.total];
  got.forEach((g, i) => {
    if (typeof g !== 'number' || Math.abs(g - want[i]) > KOPECK)
      throw new Error(`${key} [${i}]: the tab ${g}, the core ${want[i]}`);
  });
  return 13;
}

/** Every formula block of the tab against the core's budget: the count of cells compared. */
export function expectTabIsCore(tab: Tab, b: BudgetYear): number {
  let n = 0;
  for (const [key, row] of Object.entries(b.rows)) n += expectRow(tab, `r:${key}`, row);
  b.scenarios.forEach((s, k) => {
    for (const [key, row] of Object.entries(s.rows)) {
      n += expectRow(tab, `s${k + 1}:${key}`, row);
      expect(tab.rows.get(`x:${key}`)![monthCol(k) - 1]).toBeCloseTo(row.total, 2);
      n++;
    }
  });
  b.yoy.forEach((y, j) => {
    const blankOr = (v: number | null) => v ?? '';
    const cells = (k: string) => tab.rows.get(`y${j + 1}:${k}`)!.slice(C.firstMonth - 1, C.total);
    const close = (got: unknown[], want: (number | string)[]) =>
      got.forEach((g, i) => {
        if (typeof want[i] === 'string') expect(g).toBe(want[i]);
        else expect(g as number).toBeCloseTo(want[i] as number, 6);
        n++;
      });
    close(cells('history'), [...y.history.map(blankOr), y.total.history]);
    close(cells('change'), [...y.change.map(blankOr), y.total.change]);
    close(cells('growth'), [...y.growth.map(blankOr), blankOr(y.total.growth)]);
  });
  const c = b.customers!;
  expect(tab.rows.get('c:base')!.slice(C.firstMonth - 1, C.total - 1)).toEqual(
    c.base.map((x) => expect.closeTo(x, 9)),
  );
  n += 12 + expectRow(tab, 'c:revenueFromBase', c.revenueFromBase);
  expect(tab.rows.get('c:ltv')![C.value - 1]).toBeCloseTo(c.ltv, 2);
  return n + 1;
}
