import fc from 'fast-check';
import { dayOf } from '../../src/core/dates';
import { blockOf, planMonthCells, type Totals } from '../../src/sheets/import/month-cells';
import type { MonthStructure } from '../../src/sheets/month-layout';

/**
 * The rule of a day cell under an import (month-cells.ts), on a small month tab: a key row, a department
 * row of formulas, two managers' rows; three day columns.
 */
const D1 = dayOf(2026, 11, 2);
const DAYS = [D1, D1 + 1, D1 + 2];
const S: MonthStructure = {
  keyRow: 0,
  cols: { id: 0, metric: 1 },
  dayCols: DAYS.map((day, i) => ({ col: 2 + i, day })),
};
const ROWS = [
  ['spk:id', 'spk:metric', '2026-11-02', '2026-11-03', '2026-11-04'],
  ['__department', 'revenue', '', '', ''],
  ['m1', 'revenue', '', '', ''],
  ['m1', 'spk:days', 1, 1, 0],
  ['m2', 'revenue', '', '', ''],
];
/** The department row sums the managers; m1's own-days row is formulas too (a person's, say). */
const FORMULAS = ROWS.map((r, i) =>
  r.map((_, c) => {
    const col = 'CDE'[c - 2];
    if (c < 2) return '';
    if (i === 1) return `=SUM(${col}3,${col}5)`;
    return i === 3 ? `=IF(${col}2>0,1,1)` : '';
  }),
);

function tab(cells: Record<string, unknown>): unknown[][] {
  const values = ROWS.map((r) => [...r] as unknown[]);
  for (const [key, v] of Object.entries(cells)) {
    const [row, col] = key.split(',').map(Number);
    values[row][col] = v;
  }
  return values;
}

const total = (id: string, d: number, was?: number, now?: number): Totals => ({
  id,
  metric: 'revenue',
  day: DAYS[d],
  was,
  now,
});

describe('a day cell under an import', () => {
  test('blank takes the total; the import’s own value takes the new one or is cleared; typed is replaced only by a change', () => {
    const values = tab({ '2,3': 500, '2,4': 700, '4,2': 42, '4,3': 'см. CRM' });
    const plan = planMonthCells(values, FORMULAS, S, [
      total('m1', 0, undefined, 100), // blank → 100
      total('m1', 1, 500, 900), // the import wrote 500 → 900
      total('m1', 2, 700, undefined), // the import wrote 700, nothing counts now → cleared
      total('m2', 0, 10, 20), // typed 42, the total changed → replaced, kept
      total('m2', 1, 5, 5), // typed text, the total did not change → left
      total('m3', 0, undefined, 1), // no row
    ]);
    expect(plan.writes).toEqual([
      { row: 2, col: 2, value: 100 },
      { row: 2, col: 3, value: 900 },
      { row: 2, col: 4, value: '' },
      { row: 4, col: 2, value: 20 },
    ]);
    expect(plan.replaced).toEqual([
      { fact: { id: 'm2', metric: 'revenue', day: DAYS[0], cell: { kind: 'number', value: 42 } }, now: 20 },
    ]);
    expect(plan.noRow).toEqual([{ id: 'm3', metric: 'revenue' }]);
    // One block, rows 3–5, columns C–E: m1's formulas row written back as formulas, the text kept as text.
    const block = blockOf(values, FORMULAS, plan.writes);
    expect(block).toEqual({
      top: 2,
      left: 2,
      cells: [
        [100, 900, ''],
        ['=IF(C2>0,1,1)', '=IF(D2>0,1,1)', '=IF(E2>0,1,1)'],
        [20, "'см. CRM", ''],
      ],
      hasText: true,
    });
    // In a cell formatted as plain text the text goes back as it is.
    const plain = [
      ['', '', ''],
      ['', '', ''],
      ['', '@', ''],
    ];
    expect(blockOf(values, FORMULAS, plan.writes, plain).cells[2]).toEqual([20, 'см. CRM', '']);
  });

  test('property: a cell only the import wrote always ends at the newest total, whatever the imports before', () => {
    const totals = fc.array(fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(totals, (sequence) => {
        let cell: number | '' = '';
        let was: number | undefined;
        for (const now of sequence) {
          const plan = planMonthCells(tab({ '2,2': cell }), FORMULAS, S, [total('m1', 0, was, now)]);
          expect(plan.replaced).toEqual([]);
          for (const w of plan.writes) cell = w.value;
          was = now;
          expect(cell).toBe(now ?? '');
        }
      }),
    );
  });

  test('property: a typed value is never lost: left as it is, or replaced and handed back', () => {
    const amount = fc.integer({ min: 1, max: 1_000 });
    fc.assert(
      fc.property(
        amount,
        fc.option(amount, { nil: undefined }),
        fc.option(amount, { nil: undefined }),
        (typed, was, now) => {
          fc.pre(typed !== was);
          const plan = planMonthCells(tab({ '2,2': typed }), FORMULAS, S, [total('m1', 0, was, now)]);
          if (plan.writes.length === 0) return;
          expect(plan.writes).toEqual([{ row: 2, col: 2, value: now }]);
          expect(plan.replaced.map((r) => r.fact.cell)).toEqual([{ kind: 'number', value: typed }]);
        },
      ),
    );
  });
});
