import { dayOf } from '../../src/core/dates';
import { MonthFormulas } from '../../src/sheets/actions/month-formulas';
import { serialOf } from '../../src/sheets/grid';
import { MONTH } from '../../src/sheets/month-layout';
import { ownDaysWorkbook } from '../helpers/own-days';

const at = (managers: number) =>
  new MonthFormulas({
    firstDay: 16,
    lastDay: 45,
    deptFirst: 7,
    mgrFirst: 12,
    managers,
    metrics: 5,
    noDaysLeft: '—',
  });

describe('MonthFormulas.sumOfManagers: a department cell names its metric’s manager cells', () => {
  test('each manager’s row of the department row’s metric, in column P', () => {
    // Department row 8 is the second metric: rows 13, 18, 23 of managers 1–3.
    expect(at(3).sumOfManagers(8, 16)).toBe('SUM(P13,P18,P23)');
  });

  test('no managers: zero, not an empty SUM()', () => {
    expect(at(0).sumOfManagers(7, 16)).toBe('0');
  });

  test('over 250 managers: nested SUMs of at most 250 arguments, every row once', () => {
    const f = at(600).sumOfManagers(11, 5);
    const inner = f.slice(4, -1).split('),SUM(');
    expect(inner.map((s) => s.split(',').length)).toEqual([250, 250, 100]);
    const rows = [...f.matchAll(/E(\d+)/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(Array.from({ length: 600 }, (_, i) => 16 + 5 * i));
  });
});

describe('a month already over takes "today" as a constant', () => {
  test('its cells evaluate as with =INT(TODAY()); the running month keeps the live cell', () => {
    const a = ownDaysWorkbook('2026-11-20');
    for (const month of ['2026-10', '2026-11']) {
      a.ss.ui.answer({ button: 'OK', text: month });
      a.call('menuCreateMonth');
    }
    const today = (tab: string) => a.ss.sheetNamed(tab)!.getRange(MONTH.todayCell.row, MONTH.todayCell.col);
    expect(today('2026-11').getFormula()).toBe('=INT(TODAY())');
    expect(today('2026-10').getFormula()).toBe('');
    expect(today('2026-10').getValue()).toBe(serialOf(dayOf(2026, 11, 1)));
    const october = a.ss.sheetNamed('2026-10')!;
    const values = () => {
      const v = october.getDataRange().getValues();
      v[MONTH.todayCell.row - 1][MONTH.todayCell.col - 1] = null;
      return v;
    };
    const frozen = values();
    expect(frozen[MONTH.infoRow - 1][MONTH.info.elapsedCol - 1]).toBeGreaterThan(0);
    today('2026-10').setFormula('=INT(TODAY())');
    expect(values()).toEqual(frozen);
  });
});
