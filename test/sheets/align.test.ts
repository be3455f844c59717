import { Spreadsheet } from '../../local/spreadsheet';
import { toWorkbook } from '../../local/xlsx';
import { dayOf } from '../../src/core/dates';
import { weekTab } from '../../src/sheets/actions/week';
import { Grid, rect } from '../../src/sheets/grid';
import { WEEK } from '../../src/sheets/week-layout';
import { alignRuns } from '../../src/sheets/write-grid';
import { actionContextFor, decomposedWorkbook } from '../helpers/workbook';

/**
 * Issue 16 item 2: horizontal alignment in Grid. A yes/no or label column beside figures is centered (the
 * Week tab's «Успеваем?», the bottleneck, a leaderboard's places), written in one call per column run
 * whatever the team size, read back by the in-memory spreadsheet and carried into the .xlsx pictures.
 */
const C = WEEK.col;
const W47 = { isoYear: 2026, isoWeek: 47 };

describe('alignRuns', () => {
  test('row-by-row rects of one column and alignment become one range; other columns, alignments and gaps do not', () => {
    const g = new Grid(20, 5);
    for (let r = 3; r <= 12; r++) g.align(rect(r, 2), 'center');
    g.align(rect(13, 2, 4, 1), 'center'); // touching: joins
    g.align(rect(18, 2), 'center'); // after a gap: apart
    g.align(rect(3, 3, 10, 1), 'right');
    g.align(rect(5, 2, 2, 2), 'center'); // two columns wide: apart
    expect(alignRuns(g.aligns)).toEqual([
      { rect: rect(3, 2, 14, 1), align: 'center' },
      { rect: rect(18, 2), align: 'center' },
      { rect: rect(5, 2, 2, 2), align: 'center' },
      { rect: rect(3, 3, 10, 1), align: 'right' },
    ]);
    // the grid's own rects are left as they were
    expect(g.aligns[0].rect).toEqual(rect(3, 2));
  });
});

test('the in-memory Range: set, read back per cell, "normal" puts the default back, one call each', () => {
  const ss = new Spreadsheet({ sheets: ['Tab'] });
  const sheet = ss.getSheetByName('Tab')!;
  ss.counter.reset();
  sheet.getRange('B2:C4').setHorizontalAlignment('center');
  sheet.getRange('C3').setHorizontalAlignment('normal');
  expect(sheet.getRange('B2:C3').getHorizontalAlignments()).toEqual([
    ['center', 'center'],
    ['center', 'general'],
  ]);
  expect(sheet.getRange('A1').getHorizontalAlignment()).toBe('general');
  expect(ss.counter.get('Range.setHorizontalAlignment')).toBe(2);
});

describe('the Week tab', () => {
  const week = (team: number) => {
    const a = decomposedWorkbook(team, 'ru_RU', ['2026-11']);
    const ctx = {
      ...actionContextFor(a, dayOf(2026, 11, 20)),
      notices: [] as string[],
      written: [] as string[],
    };
    a.ss.counter.reset();
    weekTab(ctx, W47);
    return { a, sheet: a.ss.getSheetByName('Неделя 2026-W47')! };
  };

  test('«Успеваем?» is centered from the header to the table end; the figures beside it are not', () => {
    const { sheet } = week(5);
    const values = sheet.getDataRange().getValues();
    const last = values.findIndex((r, i) => i >= WEEK.firstDataRow - 1 && r[C.id - 1] === '');
    const tableRows = last - WEEK.headerRow + 1;
    const aligns = sheet.getRange(WEEK.headerRow, C.forecast, tableRows, 3).getHorizontalAlignments();
    expect(new Set(aligns.map((r) => r[1]))).toEqual(new Set(['center']));
    expect(new Set(aligns.flatMap((r) => [r[0], r[2]]))).toEqual(new Set(['general']));
    expect(
      values.slice(WEEK.firstDataRow - 1, last).some((r) => /^(да|нет)$/.test(String(r[C.reachable - 1]))),
    ).toBe(true);
  });

  test('as many alignment calls for 30 managers as for 5, and the .xlsx carries them', () => {
    const five = week(5);
    // «Успеваем?» and the funnel's bottleneck, both centered: one RangeList call.
    const aligning = (w: ReturnType<typeof week>) =>
      w.a.ss.counter.get('Range.setHorizontalAlignment') +
      w.a.ss.counter.get('RangeList.setHorizontalAlignment');
    const calls = aligning(five);
    expect(calls).toBe(1);
    expect(aligning(week(30))).toBe(calls);
    const ws = toWorkbook(five.a.ss).getWorksheet('Неделя 2026-W47')!;
    expect(ws.getCell(WEEK.firstDataRow, C.reachable).alignment?.horizontal).toBe('center');
    expect(ws.getCell(WEEK.firstDataRow, C.forecast).alignment?.horizontal).toBeUndefined();
  });
});
