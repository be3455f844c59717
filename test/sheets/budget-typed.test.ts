import { monthCol } from '../../src/sheets/budget-layout';
import { a1 } from '../../src/sheets/grid';
import { budgetWorkbook, C, coreBudget, expectTabIsCore, tabOf } from './budget-check';

/** What a person typed on the Budget tab is never destroyed by the menu item: their formulas included. */
describe('a formula of the person’s own in an assumption cell is kept as typed', () => {
  const a = budgetWorkbook();
  const name = 'Бюджет 2026';
  const rowOf = (key: string) => tabOf(a, name).values.findIndex((r) => r[0] === key) + 1;
  const sheet = a.ss.getSheetByName(name)!;
  const lead = rowOf('a:costPerLead');
  // June's cost per lead 20 % above the year's 500: 600; the margin typed as a formula: 35 %.
  const june = `=${a1(lead, C.value)}*1.2`;
  sheet.getRange(lead, monthCol(5)).setFormula(june);
  sheet.getRange(rowOf('a:grossMargin'), C.value).setFormula('=0.35');
  a.call('menuBudget');
  const tab = tabOf(a, name);
  const formula = (key: string, col: number) => tab.formulas[rowOf(key) - 1][col - 1];

  test('the formulas stay, their values count; the defaults around them are refreshed', () => {
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    expect(formula('a:costPerLead', monthCol(5))).toBe(june);
    expect(tab.rows.get('a:costPerLead')![monthCol(5) - 1]).toBeCloseTo(600, 9);
    expect(formula('a:costPerLead', monthCol(6))).toBe(`=${a1(lead, C.value, true)}`);
    expect(formula('a:grossMargin', C.value)).toBe('=0.35');
    expect(tab.rows.get('a:grossMargin')![C.value - 1]).toBe(0.35);
  });

  test('the core reads them as typed, and the tab equals the core', () => {
    const { read, budget } = coreBudget(a);
    expect(read.input.assumptions.grossMargin).toBe(0.35);
    const costs = read.input.assumptions.costPerLead as number[];
    expect(costs[5]).toBeCloseTo(600, 9);
    expect(costs[6]).toBe(500);
    expectTabIsCore(tab, budget);
  });
});
