import { type Addon, openAddon } from '../../local/addon';
import { ASSUMPTIONS, BUDGET, monthCol } from '../../src/sheets/budget-layout';
import { isProtected } from '../helpers/protection';
import { preparedWorkbook } from '../helpers/workbook';

/** The Sales budget menu item through the built bundle (SPK_CODE or dist/Code.js): the tab's frame. */
const C = BUDGET.col;

function budgetTab(locale = 'ru_RU'): Addon {
  const a = openAddon({ locale, today: '2026-11-20' });
  preparedWorkbook(a);
  a.call('menuBudget');
  return a;
}

describe('Sales budget through the bundle', () => {
  const a = budgetTab();
  const sheet = a.ss.getSheetByName('Бюджет 2026')!;
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const rowOf = (key: string) => values.findIndex((r) => r[0] === key) + 1;

  test('the menu item after the monthly report, the tab made and shown, no dialog', () => {
    const items = a.ss.ui.menus[0].items.flatMap((i) =>
      i.type === 'item' ? [[i.caption, i.functionName]] : [],
    );
    const at = items.findIndex(([, fn]) => fn === 'menuBudget');
    expect(items[at]).toEqual(['Бюджет продаж', 'menuBudget']);
    expect(items[at - 1][1]).toBe('menuReport');
    expect(a.ss.getActiveSheet().getName()).toBe('Бюджет 2026');
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
  });

  test('frozen header and labels, the key column hidden, money in roubles, shares in percent', () => {
    expect(sheet.getFrozenRows()).toBe(BUDGET.headerRow);
    expect(sheet.getFrozenColumns()).toBe(C.value);
    expect(sheet.isColumnHiddenByUser(C.key)).toBe(true);
    expect(formats[rowOf('r:receipts') - 1][monthCol(0) - 1]).toBe('#,##0 "₽"');
    expect(formats[rowOf('a:grossMargin') - 1][C.value - 1]).toBe('0.0%');
    expect(formats[rowOf('r:leads') - 1][monthCol(0) - 1]).toBe('#,##0');
  });

  test('every formula cell is protected (with a warning); exactly the assumption cells read are free', () => {
    for (const p of sheet.getProtections('SHEET' as never)) expect(p.isWarningOnly()).toBe(true);
    const shown = sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const specs = new Map(ASSUMPTIONS.map((s) => [`a:${s.field}`, s]));
    let free = 0;
    values.forEach((r, i) => {
      const spec = specs.get(String(r[0]));
      for (let c = 1; c <= C.total; c++) {
        const read =
          !!spec &&
          c < C.total &&
          (spec.monthsOnly ? c > C.value : spec.perMonth ? c >= C.value : c === C.value);
        expect([i + 1, c, isProtected(shown, i + 1, c)]).toEqual([i + 1, c, !read]);
        if (read) free++;
        if (formulas[i][c - 1] && !read) expect(isProtected(shown, i + 1, c)).toBe(true);
      }
    });
    // 4 per-month assumptions × 13, 19 single values, new customers' 12 months.
    expect(free).toBe(4 * 13 + 19 + 12);
  });

  test('no Motivation tab: the one dialog names it, nothing written', () => {
    const b = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
    preparedWorkbook(b);
    b.ss.deleteSheet(b.ss.getSheetByName('Мотивация')!);
    b.call('menuBudget');
    expect(b.ss.getSheetByName('Бюджет 2026')).toBeNull();
    expect(b.ss.ui.dialogs.map((d) => d.message).join('\n')).toMatch(/Мотивация/);
  });
});
