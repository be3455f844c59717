import fc from 'fast-check';
import { createAppsScriptGlobals, Spreadsheet } from '../../local/spreadsheet';
import type { Rect } from '../../src/sheets/grid';
import { Grid } from '../../src/sheets/grid';
import { freeRects } from '../../src/sheets/protect';
import { ReadMemo } from '../../src/sheets/read-memo';
import { planLayer, valueRects } from '../../src/sheets/style-runs';
import { writeGrid } from '../../src/sheets/write-grid';

const inside = (r: Rect, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

const rectArb = (rows: number, cols: number) =>
  fc
    .record({ row: fc.integer({ min: 1, max: rows }), col: fc.integer({ min: 1, max: cols }) })
    .chain(({ row, col }) =>
      fc.record({
        row: fc.constant(row),
        col: fc.constant(col),
        rows: fc.integer({ min: 1, max: rows - row + 1 }),
        cols: fc.integer({ min: 1, max: cols - col + 1 }),
      }),
    );

describe('freeRects: one sheet protection leaves exactly the cells no protected rect covers', () => {
  test('the month tab: header, department rows and the formula columns protected, the facts free', () => {
    // 4 header rows, 6 department rows, 12 manager rows with formulas in columns 1..15, a 30×45 sheet.
    const rects = [
      { row: 1, col: 1, rows: 4, cols: 45 },
      { row: 5, col: 1, rows: 6, cols: 45 },
      { row: 11, col: 1, rows: 12, cols: 15 },
    ];
    expect(freeRects(rects, { rows: 30, cols: 45 })).toEqual([
      { row: 11, col: 16, rows: 12, cols: 30 },
      { row: 23, col: 1, rows: 8, cols: 45 },
    ]);
  });

  test('property: every cell is either in a protected rect or in exactly one free rect', () => {
    fc.assert(
      fc.property(fc.array(rectArb(12, 9), { maxLength: 5 }), (rects) => {
        const free = freeRects(rects, { rows: 12, cols: 9 });
        for (let r = 1; r <= 12; r++)
          for (let c = 1; c <= 9; c++) {
            const covered = rects.some((p) => inside(p, r, c));
            const n = free.filter((f) => inside(f, r, c)).length;
            if (n !== (covered ? 0 : 1)) return false;
          }
        return true;
      }),
    );
  });
});

describe('style runs', () => {
  test('the grey of days off down a tab is a few column rects, the header colours the rest', () => {
    const g = '#eeeeee';
    const h = '#1f4e79';
    const layer = [
      [h, h, h, h],
      [null, g, null, g],
      [null, g, null, g],
      [null, g, g, g],
    ];
    expect(valueRects(layer, g)).toEqual([
      { row: 2, col: 2, rows: 2, cols: 1 },
      { row: 2, col: 4, rows: 2, cols: 1 },
      { row: 4, col: 2, rows: 1, cols: 3 },
    ]);
    expect(planLayer(layer, null, 1)).toEqual({
      runs: [{ value: g, rects: valueRects(layer, g) }],
      rest: { row: 1, col: 1, rows: 1, cols: 4 },
    });
  });

  test('property: runs then the rest block give every cell its value', () => {
    const cell = fc.constantFrom(null, 'a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (layer) => {
          const plan = planLayer(layer, null, 1);
          const sheet = layer.map((row) => row.map(() => null as string | null));
          for (const run of plan.runs)
            for (const r of run.rects)
              for (let i = r.row; i < r.row + r.rows; i++)
                for (let j = r.col; j < r.col + r.cols; j++) sheet[i - 1][j - 1] = run.value;
          const rest = plan.rest;
          if (rest)
            for (let i = rest.row; i < rest.row + rest.rows; i++)
              for (let j = rest.col; j < rest.col + rest.cols; j++) sheet[i - 1][j - 1] = layer[i - 1][j - 1];
          return JSON.stringify(sheet) === JSON.stringify(layer);
        },
      ),
    );
  });
});

describe('ReadMemo', () => {
  test('a tab is read once until the action writes it; a missing tab is asked again after any write', () => {
    const written: string[] = [];
    const memo = new ReadMemo(written);
    let reads = 0;
    const team = () =>
      memo.get(
        'team',
        () => {
          reads++;
          return { name: 'Team' };
        },
        (v) => v.name,
      );
    const missing = () =>
      memo.get(
        'contests',
        () => {
          reads++;
          return null;
        },
        () => null,
      );
    team();
    team();
    missing();
    expect(reads).toBe(2);
    written.push('Plan');
    team();
    expect(reads).toBe(2);
    missing();
    expect(reads).toBe(3);
    written.push('Team');
    team();
    expect(reads).toBe(4);
  });
});

describe('writeGrid after a failed swap', () => {
  test('a tab set aside takes its name back and is replaced, even when the caller said there is none', () => {
    const ss = new Spreadsheet({ sheets: ['Other'] });
    Object.assign(globalThis, { SpreadsheetApp: createAppsScriptGlobals(ss).SpreadsheetApp });
    const api = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    ss.insertSheet('Plan ~old').getRange(1, 1).setValue('typed before the fault');
    ss.insertSheet('Plan ~new');
    const g = new Grid(2, 2);
    g.set(1, 1, 'new');
    writeGrid(api, 'Plan', g, { protectionNote: 'note', current: null });
    expect(ss.sheetList().map((s) => s.getName())).toEqual(['Other', 'Plan']);
    expect(ss.getSheetByName('Plan')!.getRange(1, 1).getValue()).toBe('new');
  });
});
