import { attachAddon, openAddon } from '../../local/addon';
import { makeCalendar } from '../../src/core/calendar';
import { dayOf } from '../../src/core/dates';
import { createMonthTab } from '../../src/sheets/actions/month';
import { moneyFormat } from '../../src/sheets/formats';
import { serialOf } from '../../src/sheets/grid';
import { MONTH } from '../../src/sheets/month-layout';
import { findMonthTab, readMonthTab } from '../../src/sheets/month-tab';
import { periodPace } from '../helpers/own-days';
import { flatText } from '../helpers/problems-dialog';
import { isProtected } from '../helpers/protection';
import {
  actionContextFor,
  createMonth,
  decomposedWorkbook,
  exampleWorkbook,
  exampleWorkbookWithFacts,
  preparedWorkbook,
  setTeam,
  snapshot,
} from '../helpers/workbook';

const C = MONTH.col;

/** The example workbook on 20 November 2026 with its plan decomposed and the tab "2026-11" created. */
function monthWorkbook() {
  const a = exampleWorkbook();
  return { a, sheet: a.ss.getSheetByName('2026-11')! };
}

function rowsOf(values: unknown[][], id: string, metric: string): number {
  return values.findIndex((r) => r[C.id - 1] === id && r[C.metric - 1] === metric);
}

describe('Create plan/fact for a month', () => {
  test('layout: a row per manager and metric, a column per day, non-working days shaded, frozen headers', () => {
    const { sheet } = monthWorkbook();
    const values = sheet.getDataRange().getValues();
    expect(values[MONTH.keyRow - 1].slice(MONTH.firstDayCol - 1, MONTH.firstDayCol + 1)).toEqual([
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(
      values[MONTH.flagRow - 1].slice(MONTH.firstDayCol - 1).reduce((s: number, v) => s + Number(v), 0),
    ).toBe(20);
    expect(sheet.getFrozenRows()).toBe(MONTH.headerRow);
    expect(sheet.getFrozenColumns()).toBe(C.label);
    expect(sheet.isRowHiddenByUser(MONTH.flagRow)).toBe(true);
    const weekend = sheet.getRange(MONTH.firstDataRow + 6, MONTH.firstDayCol).getBackground();
    const weekday = sheet.getRange(MONTH.firstDataRow + 6, MONTH.firstDayCol + 1).getBackground();
    expect(weekend).not.toBe(weekday);
    // 5 managers × 6 metrics, then two hidden rows of own working days per manager
    const managerRows = values.filter((r) => String(r[0]).match(/^m\d/));
    expect(managerRows.filter((r) => !String(r[1]).startsWith('spk:')).length).toBe(30);
    expect(managerRows.filter((r) => String(r[1]).startsWith('spk:')).length).toBe(10);
    expect(sheet.getConditionalFormatRules().length).toBeGreaterThanOrEqual(3);
    // One sheet protection (warning only) with the day cells of the manager rows left free.
    const [protection] = sheet.getProtections('SHEET' as never);
    expect(protection.isWarningOnly()).toBe(true);
    const mgrRow = values.indexOf(managerRows[0]) + 1;
    const tab = sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    expect(isProtected(tab, mgrRow, MONTH.firstDayCol)).toBe(false);
    expect(isProtected(tab, mgrRow, C.plan)).toBe(true);
    expect(isProtected(tab, MONTH.headerRow, MONTH.firstDayCol)).toBe(true);
  });

  test('the live formulas give the values the core computes (completion, run-rate, pace, department sums)', () => {
    const { sheet } = monthWorkbook();
    let values = sheet.getDataRange().getValues();
    const r = rowsOf(values, 'm1', 'revenue') + 1;
    const daily = Array.from({ length: 30 }, (_, i) => (i < 19 ? 100_000 + i * 1000 : 0));
    daily[19] = 55_000; // typed today, half a day
    sheet.getRange(r, MONTH.firstDayCol, 1, 30).setValues([daily]);
    const r2 = rowsOf(values, 'm2', 'revenue') + 1;
    sheet.getRange(r2, MONTH.firstDayCol + 2, 1, 1).setValues([[70_000]]);
    values = sheet.getDataRange().getValues();
    const plan = Number(values[r - 1][C.plan - 1]);
    const cal = makeCalendar('RU');
    const pace = periodPace(cal, dayOf(2026, 11, 1), dayOf(2026, 11, 30), dayOf(2026, 11, 20), plan, daily);
    const row = values[r - 1];
    expect(row[C.fact - 1]).toBe(daily.reduce((s, v) => s + v, 0));
    expect(row[C.completion - 1]).toBeCloseTo(pace.completion!, 10);
    expect(row[C.forecast - 1]).toBeCloseTo(pace.forecast!, 6);
    expect(row[C.pace - 1]).toBeCloseTo(pace.paceRequired!, 6);
    const dept = values[rowsOf(values, MONTH.departmentId, 'revenue')];
    expect(dept[C.fact - 1]).toBe(daily.reduce((s, v) => s + v, 0) + 70_000);
    expect(values[MONTH.infoRow - 1][MONTH.info.elapsedCol - 1]).toBe(pace.elapsed);
  });

  test('regenerating keeps every typed fact, by id, metric and date, even after the team and plan change', () => {
    const { a, sheet } = monthWorkbook();
    let values = sheet.getDataRange().getValues();
    const typed: [string, string, number, number][] = [
      ['m1', 'revenue', 3, 120_000],
      ['m2', 'calls', 5, 44],
      ['m3', 'deals', 10, 2],
      ['m5', 'leads', 17, 7],
    ];
    for (const [id, metric, day, v] of typed) {
      sheet.getRange(rowsOf(values, id, metric) + 1, MONTH.firstDayCol + day - 1).setValue(v);
    }
    // Change the team (m2 leaves the Team tab, a new manager arrives above the others) and the plan.
    const team = a.ss.getSheetByName('Команда')!;
    team.deleteRows(3, 1);
    a.ss.getSheetByName('Календарь')!.getRange('G4:J4').clearContent();
    team.insertRowsBefore(2, 1);
    team
      .getRange(2, 1, 1, 11)
      .setValues([['m9', 'Новый Человек', 'менеджер', 'middle', '', '', 1, 40000, 'S1', 40000, true]]);
    a.ss.getSheetByName('План')!.getRange('C4').setValue(150_000_000);
    createMonth(a);
    // The tab is written anew and swapped in: look it up again.
    values = a.ss.getSheetByName('2026-11')!.getDataRange().getValues();
    for (const [id, metric, day, v] of typed) {
      const row = rowsOf(values, id, metric);
      expect(row).toBeGreaterThan(0);
      expect(values[row][MONTH.firstDayCol + day - 2]).toBe(v);
    }
    const m2 = rowsOf(values, 'm2', 'calls');
    const marker = values.findIndex((r) => r[C.name - 1] === 'Неразнесённые факты');
    expect(marker).toBeGreaterThan(0);
    expect(m2).toBeGreaterThan(marker);
    expect(rowsOf(values, 'm9', 'revenue')).toBeGreaterThan(0);
  });

  test('bad settings leave every cell unchanged', () => {
    const a = openAddon({ locale: 'en_US', today: '2026-11-20' });
    preparedWorkbook(a);
    a.ss.getSheetByName('Funnel')!.getRange('C2').setValue('abc');
    const before = snapshot(a.ss);
    createMonth(a);
    expect(snapshot(a.ss)).toBe(before);
    expect(flatText(a.ss.ui.dialogs[a.ss.ui.dialogs.length - 1].message)).toMatch(
      /Funnel!C2: "Conversion to next \(plan\)": "abc" is not a percentage/,
    );
  });
});

describe('service calls do not grow with the team', () => {
  const callsFor = (team: number, action: (a: ReturnType<typeof openAddon>) => void) => {
    const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
    preparedWorkbook(a, team);
    a.call('menuDecompose');
    a.ss.counter.reset();
    action(a);
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    // Growing the grid past its size is one call or none, whatever the size.
    const calls = a.ss.counter.byMethod();
    for (const sizing of ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter']) {
      expect(calls[sizing] ?? 0).toBeLessThanOrEqual(1);
      delete calls[sizing];
    }
    return calls;
  };

  test('decompose and create month: the same calls for 5 and 200 managers', () => {
    const decompose = (a: ReturnType<typeof openAddon>) => a.call('menuDecompose');
    expect(callsFor(200, decompose)).toEqual(callsFor(5, decompose));
    const month = (a: ReturnType<typeof openAddon>) => createMonth(a);
    expect(callsFor(200, month)).toEqual(callsFor(5, month));
  });
});

test('setTeam helper writes the requested number of managers', () => {
  const a = openAddon({ locale: 'ru_RU' });
  preparedWorkbook(a, 7);
  a.call('menuDecompose');
  createMonth(a);
  const values = a.ss.getSheetByName('2026-11')!.getDataRange().getValues();
  expect(new Set(values.map((r) => r[0]).filter((v) => /^m\d+$/.test(String(v)))).size).toBe(7);
  expect(setTeam).toBeDefined();
});

describe('a month tab a failed run left set aside', () => {
  const names = (a: ReturnType<typeof decomposedWorkbook>) => a.ss.sheetList().map((s) => s.getName());

  test.each([
    ['under its own name', '2026-11'],
    ['renamed by a person (found by its tag)', 'Ноябрь'],
  ])('%s: finding writes nothing, it is read where it is, Create month gives it its name back', (_, tab) => {
    const a = decomposedWorkbook(3);
    a.ss.getSheetByName('2026-11')!.setName(`${tab} ~old`);
    a.ss.insertSheet(`${tab} ~new`);
    const ss = a.ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const before = names(a);
    const found = findMonthTab(ss, 2026, 11);
    expect(found?.name).toBe(`${tab} ~old`);
    expect(readMonthTab(found!).name).toBe(tab);
    expect(names(a)).toEqual(before);
    createMonth(a);
    expect(names(a).filter((n) => n.startsWith(tab))).toEqual([tab]);
  });
});

describe('a fact typed while Create month writes the new tab', () => {
  test('in the row of a person who left the team: the new tab gets its unassigned row, formats and colours too', () => {
    const a = decomposedWorkbook(3);
    setTeam(a.ss, 2);
    const old = a.ss.getSheetByName('2026-11')!;
    const values = old.getDataRange().getValues();
    const row = rowsOf(values, 'm3', 'revenue') + 1;
    const day = MONTH.firstDayCol + 4;
    // The person types as soon as the new tab is begun: after the first read, before the swap.
    const insertSheet = a.ss.insertSheet.bind(a.ss);
    a.ss.insertSheet = ((...args: Parameters<typeof insertSheet>) => {
      const sheet = insertSheet(...args);
      old.getRange(row, day).setValue(4242);
      return sheet;
    }) as typeof a.ss.insertSheet;
    createMonthTab(actionContextFor(a, dayOf(2026, 11, 20)), 2026, 11);
    const tab = a.ss.getSheetByName('2026-11')!;
    const now = tab.getDataRange().getValues();
    const r = rowsOf(now, 'm3', 'revenue') + 1;
    const marker = now.findIndex((v) => v[C.name - 1] === 'Неразнесённые факты') + 1;
    expect(marker).toBeGreaterThan(0);
    expect(r).toBeGreaterThan(marker);
    expect(tab.getRange(r, day).getValue()).toBe(4242);
    expect(tab.getRange(r, day).getNumberFormat()).toBe(moneyFormat('RUB'));
    expect(tab.getRange(r, C.name).getBackground()).toBe(tab.getRange(marker, C.name).getBackground());
    expect(tab.getRange(r, C.name).getBackground()).not.toBe('#ffffff');
    expect(tab.getRange(marker, C.name).getNote()).not.toBe('');
  });
});

describe('a finished month stops asking TODAY()', () => {
  test('the bonus run of November in December freezes it: its today cell becomes 1 December, every figure unchanged', () => {
    const a = exampleWorkbookWithFacts('ru_RU');
    const nov = a.ss.getSheetByName('2026-11')!;
    const today = nov.getRange(MONTH.todayCell.row, MONTH.todayCell.col);
    expect(today.getFormula()).toBe('=INT(TODAY())');
    a.ss.setNow('2026-12-03 10:00');
    const live = nov.getDataRange().getValues();
    const december = attachAddon(a.ss, { today: '2026-12-03' });
    december.ss.ui.answer({ button: 'OK', text: '2026-11' });
    december.call('menuBonuses');
    expect(a.ss.getSheetByName('Премии 2026-11')).not.toBeNull();
    expect(today.getFormula()).toBe('');
    expect(today.getDisplayValue()).toBe(String(serialOf(dayOf(2026, 12, 1))));
    // Every figure as the live tab showed it on 3 December; only the today cell itself now says 1 December.
    live[MONTH.todayCell.row - 1][MONTH.todayCell.col - 1] = serialOf(dayOf(2026, 12, 1));
    expect(nov.getDataRange().getValues()).toEqual(live);
    // A later day changes nothing on the frozen tab (the live cell would have moved).
    a.ss.setNow('2026-12-20 10:00');
    expect(nov.getDataRange().getValues()).toEqual(live);
  });

  test('a month still running, or a today cell a person changed, is left as it is', () => {
    const a = exampleWorkbookWithFacts('ru_RU');
    const cell = () => a.ss.getSheetByName('2026-11')!.getRange(MONTH.todayCell.row, MONTH.todayCell.col);
    a.ss.ui.answer({ button: 'OK', text: '2026-11' });
    a.call('menuReport'); // 20 November: the month runs
    expect(cell().getFormula()).toBe('=INT(TODAY())');
    cell().setFormula('=TODAY()-1');
    const december = attachAddon(a.ss, { today: '2026-12-03' });
    december.ss.ui.answer({ button: 'OK', text: '2026-11' }, 'YES');
    december.call('menuReport');
    expect(cell().getFormula()).toBe('=TODAY()-1');
  });
});
