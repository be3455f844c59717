import { openAddon } from '../../local/addon';
import { type BudgetAssumptions, budgetFromSnapshot } from '../../src/core/budget';
import { BUDGET, monthCol } from '../../src/sheets/budget-layout';
import { preparedWorkbook } from '../helpers/workbook';
import { budgetWorkbook, C, coreBudget, expectRow, expectTabIsCore, type Tab, tabOf } from './budget-check';

/**
 * The Budget tab through the built bundle over the in-memory spreadsheet (HyperFormula evaluates its
 * formulas): every evaluated cell against the core (budgetYear / budgetFromSnapshot) to the kopeck.
 */
describe('the Budget tab equals the core', () => {
  const a = budgetWorkbook();
  const tab = tabOf(a, 'Бюджет 2026');
  const { budget } = coreBudget(a);

  test('every formula cell of every block, to the kopeck', () => {
    // 12 rows × 13 cells × (plan + 3 scenarios) + 36 side by side + 2 history years × 39 + customers 26 + LTV.
    expect(expectTabIsCore(tab, budget)).toBe(12 * 13 * 4 + 36 + 2 * 39 + 12 + 13 + 1);
  });

  test('the snapshot: the plan, salaries, the funds per scenario with their attainments, leads', () => {
    const s = budget.snapshot;
    expectRow(tab, 's:revenue', { months: s.revenue, total: 120_000_000 });
    expectRow(tab, 's:fund0', { months: s.bonusFund.months, total: s.bonusFund.total });
    s.scenarioFunds.forEach((f, k) => {
      expectRow(tab, `s:fund${k + 1}`, { months: f.months, total: f.total });
      expect(tab.rows.get(`s:fund${k + 1}`)![C.value - 1]).toBe([0.8, 1, 1.2][k]);
    });
    // Bonus is not linear in attainment: the optimistic fund is more than 1.2 × the plan's.
    expect(s.scenarioFunds[2].total).toBeGreaterThan(1.2 * s.bonusFund.total);
  });

  test('receipts of January by hand: the carry-over of 2025 from the Plan tab history', () => {
    // Terms 50 % / +1 40 % / +2 10 %: Nov 2025 11 300 000 × 10 % + Dec 14 100 000 × 40 % + Jan 7 358 000 × 50 %
    // = 1 130 000 + 5 640 000 + 3 679 000 = 10 449 000.
    expect(tab.rows.get('r:receipts')![monthCol(0) - 1]).toBe(10_449_000);
    expect(budget.snapshot.carry.lastQuarter).toEqual([10_600_000, 11_300_000, 14_100_000]);
  });

  test('no custom-function cell: only SUM, IF, ISNUMBER and AND', () => {
    const names = new Set(
      tab.formulas.flat().flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((m) => m[1])),
    );
    expect([...names].sort()).toEqual(['AND', 'IF', 'ISNUMBER', 'SUM']);
    expect(tab.formulas.flat().filter(Boolean).length).toBeGreaterThan(600);
  });
});

describe('editing an assumption changes the dependent cells as the core computes them', () => {
  const a = budgetWorkbook();
  const { budget, read } = coreBudget(a);
  const sheet = a.ss.getSheetByName('Бюджет 2026')!;
  const rowOf = (key: string) => tabOf(a, 'Бюджет 2026').values.findIndex((r) => r[0] === key) + 1;
  sheet.getRange(rowOf('a:grossMargin'), C.value).setValue(0.35);
  sheet.getRange(rowOf('a:terms.plus1'), C.value).setValue(0.3);
  sheet.getRange(rowOf('a:terms.plus3'), C.value).setValue(0.1);
  sheet.getRange(rowOf('a:costPerLead'), monthCol(3)).setValue(700);
  sheet.getRange(rowOf('a:scenarios[2]'), C.value).setValue(1.3);
  const edited: BudgetAssumptions = {
    ...read.input.assumptions,
    grossMargin: 0.35,
    terms: { ...read.input.assumptions.terms, plus1: 0.3, plus3: 0.1 },
    costPerLead: [500, 500, 500, 700, 500, 500, 500, 500, 500, 500, 500, 500],
    scenarios: [0.8, 1, 1.3],
  };

  test('the live cells: the core on the same snapshot with the edited assumptions', () => {
    const tab = tabOf(a, 'Бюджет 2026');
    const want = budgetFromSnapshot(budget.snapshot, edited, read.input.history ?? []);
    expectTabIsCore(tab, want);
    // January's receipts by hand: Oct 2025 10 600 000 × 10 % + Nov 11 300 000 × 10 % + Dec 14 100 000 × 30 %
    // + Jan 7 358 000 × 50 % = 1 060 000 + 1 130 000 + 4 230 000 + 3 679 000 = 10 099 000.
    expect(tab.rows.get('r:receipts')![monthCol(0) - 1]).toBeCloseTo(10_099_000, 6);
    // April's lead budget: 700 a lead.
    const leads = tab.rows.get('r:leads')![monthCol(3) - 1] as number;
    expect(tab.rows.get('r:leadBudget')![monthCol(3) - 1]).toBe(leads * 700);
    // The optimistic scenario's fund was computed at 120 %: the tab says it is stale.
    expect(tab.values[rowOf('block:scenario3') - 1][monthCol(0) - 1]).toMatch(
      /^% сценария изменён — обновите премиальный фонд пунктом меню «Бюджет продаж»$/,
    );
    expect(tab.values[rowOf('block:scenario1') - 1][monthCol(0) - 1]).toBe('');
  });

  test('regenerating keeps what was typed and refreshes the fund of the edited scenario', () => {
    a.call('menuBudget');
    const tab = tabOf(a, 'Бюджет 2026');
    const f = (key: string, col: number) => tab.formulas[tab.values.findIndex((r) => r[0] === key)][col - 1];
    expect(tab.rows.get('a:grossMargin')![C.value - 1]).toBe(0.35);
    expect(tab.rows.get('a:terms.plus1')![C.value - 1]).toBe(0.3);
    expect(f('a:costPerLead', monthCol(3))).toBe('');
    expect(tab.rows.get('a:costPerLead')![monthCol(3) - 1]).toBe(700);
    expect(f('a:costPerLead', monthCol(4))).toMatch(/^=\$C\$\d+$/);
    expect(tab.rows.get('s:fund3')![C.value - 1]).toBe(1.3);
    expect(tab.values[tab.values.findIndex((r) => r[0] === 'block:scenario3')][monthCol(0) - 1]).toBe('');
    const again = coreBudget(a);
    expect(again.read.input.assumptions.grossMargin).toBe(0.35);
    expectTabIsCore(tab, again.budget);
  });

  test('a share typed past 100 % is refused at its cell, the tab kept', () => {
    const tab = tabOf(a, 'Бюджет 2026');
    const row = tab.values.findIndex((r) => r[0] === 'a:repeatShare') + 1;
    a.ss.getSheetByName('Бюджет 2026')!.getRange(row, C.value).setValue(1.5);
    a.call('menuBudget');
    const last = a.ss.ui.dialogs[a.ss.ui.dialogs.length - 1].message;
    expect(last).toContain(`C${row}`);
    expect(last).toMatch(/100 %/);
  });
});

test('a plan year without an official calendar: the tab says the calendar is provisional, and the carry-over a proxy', () => {
  const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
  preparedWorkbook(a);
  const plan = a.ss.getSheetByName('План')!;
  plan
    .getRange(
      plan
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'year') + 1,
      3,
    )
    .setValue(2028);
  a.call('menuBudget');
  const note = String(a.ss.getSheetByName('Бюджет 2028')!.getRange(BUDGET.noteRow, C.label).getValue());
  expect(note).toMatch(/^Производственный календарь 2028 года предварительный/);
  expect(note).toMatch(/Истории 2027 года на листе плана нет/);
});

describe('service calls do not grow with the team', () => {
  const callsFor = (team: number) => {
    const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
    preparedWorkbook(a, team);
    const run = () => {
      a.ss.counter.reset();
      a.call('menuBudget');
      expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
      return a.ss.counter.byMethod();
    };
    return { first: run(), again: run() };
  };

  test('the first tab and its regeneration: the same calls for 5 and 200 managers', () => {
    const few = callsFor(5);
    expect(callsFor(200)).toEqual(few);
    expect(few.again['Range.getFormulas']).toBe(1);
  });
});

describe('in English', () => {
  const a = budgetWorkbook('en_US');
  const tab = tabOf(a, 'Budget 2026');

  test('the tab and its words; the numbers are the core', () => {
    expect(tab.rows.get('r:contribution')![C.label - 1]).toBe('Sales contribution');
    expect(tab.values[BUDGET.headerRow - 1][monthCol(0) - 1]).toBe('January');
    expectTabIsCore(tab, coreBudget(a, 'en').budget);
  });

  test('no cell evaluates to an error, the stale flags included (an edited scenario shows its text)', () => {
    const errors = (t: Tab) => t.values.flat().filter((v) => typeof v === 'string' && /^#[A-Z/0!?]+/.test(v));
    expect(errors(tab)).toEqual([]);
    const row = tab.values.findIndex((r) => r[0] === 'a:scenarios[0]') + 1;
    tab.sheet.getRange(row, C.value).setValue(0.7);
    const after = tabOf(a, 'Budget 2026');
    expect(errors(after)).toEqual([]);
    const header = after.values.find((r) => r[0] === 'block:scenario1')!;
    expect(header[monthCol(0) - 1]).toMatch(/^scenario changed: the menu item 'Sales budget'/);
  });
});
