import { openAddon } from '../../local/addon';
import {
  ASSUMPTIONS,
  BUDGET,
  fieldCell,
  monthCol,
  readTypedAssumptions,
} from '../../src/sheets/budget-layout';
import { a1 } from '../../src/sheets/grid';
import { isProtected } from '../helpers/protection';
import { preparedWorkbook } from '../helpers/workbook';
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

describe('a column inserted among the months (a Q1 total) moves no assumption', () => {
  const a = budgetWorkbook();
  const name = 'Бюджет 2026';
  const sheet = a.ss.getSheetByName(name)!;
  const rowOf = (key: string) => tabOf(a, name).values.findIndex((r) => r[0] === key) + 1;
  // The fixture's margin is 40 % a month.
  const margin = rowOf('a:grossMargin');
  const lead = rowOf('a:costPerLead');
  // After March (column F) a new column G: April is H now, December P.
  sheet.insertColumnsAfter(monthCol(2), 1);
  sheet
    .getRange(margin, monthCol(3))
    .setFormula(`=SUM(${a1(margin, monthCol(0))}:${a1(margin, monthCol(2))})`);
  sheet.getRange(margin, monthCol(3) + 1).setValue(0.45);
  sheet.getRange(lead, monthCol(11) + 1).setValue(800);

  test('April’s margin and December’s cost per lead are read where they moved, no dialog', () => {
    a.call('menuBudget');
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const tab = tabOf(a, name);
    // The new tab has the grid's own columns again: April in G, December in O.
    expect(tab.rows.get('a:grossMargin')![monthCol(3) - 1]).toBe(0.45);
    expect(tab.formulas[margin - 1][monthCol(2) - 1]).toBe(`=${a1(margin, C.value, true)}`);
    expect(tab.rows.get('a:costPerLead')![monthCol(11) - 1]).toBe(800);
    const { read } = coreBudget(a);
    const m = read.input.assumptions.grossMargin as number[];
    expect(m[3]).toBe(0.45);
    expect(m[2]).toBe(m[0]);
    expect((read.input.assumptions.costPerLead as number[])[11]).toBe(800);
  });

  test('a problem points at the cell where it moved', () => {
    const again = a.ss.getSheetByName(name)!;
    again.insertColumnsAfter(monthCol(2), 1);
    again.getRange(margin, monthCol(3) + 1).setValue(1.5);
    a.call('menuBudget');
    const last = a.ss.ui.dialogs[a.ss.ui.dialogs.length - 1].message;
    expect(last).toContain(a1(margin, monthCol(3) + 1));
    expect(last).toMatch(/100 %/);
  });
});

test('an old tab without the key row is read by position, as before', () => {
  const values: unknown[][] = [['a:grossMargin', 'margin', 0.3, ...Array(12).fill(0.3)]];
  const formulas = [['', '', '', ...Array(12).fill('=$C$1')]];
  values[0][monthCol(3) - 1] = 0.4;
  formulas[0][monthCol(3) - 1] = '';
  const typed = readTypedAssumptions(values, formulas, 'ru')!;
  expect(typed.cols).toEqual({ value: 3, months: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] });
  const months = typed.months.get('grossMargin')!;
  expect(months[3]).toEqual({ kind: 'number', value: 0.4 });
  expect(months[4]).toEqual({ kind: 'default' });
  expect(fieldCell('grossMargin[3]', typed)).toEqual({ row: 1, col: monthCol(3) });
});

test('the carry-over typed in all three months: the note says so, not «взята по плану — впишите факт»', () => {
  const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
  preparedWorkbook(a);
  const plan = a.ss.getSheetByName('План')!;
  const yearRow =
    plan
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'year') + 1;
  plan.getRange(yearRow, 3).setValue(2028);
  a.call('menuBudget');
  const name = 'Бюджет 2028';
  const note = () => String(a.ss.getSheetByName(name)!.getRange(BUDGET.noteRow, C.label).getValue());
  expect(note()).toMatch(/впишите факт/);
  const tab = tabOf(a, name);
  for (let i = 0; i < 3; i++) {
    const row = tab.values.findIndex((r) => r[0] === `a:carry.lastQuarter[${i}]`) + 1;
    // Two typed as numbers, one as a formula: all three the person's.
    if (i === 2) tab.sheet.getRange(row, C.value).setFormula('=11000000+500000');
    else tab.sheet.getRange(row, C.value).setValue(10_000_000 + i * 1_000_000);
  }
  a.call('menuBudget');
  expect(note()).not.toMatch(/впишите факт/);
  expect(note()).toMatch(/Выручка октября–декабря 2027 года для поступлений вписана в допущениях\./);
  const { read } = coreBudget(a);
  expect(read.input.assumptions.carry?.lastQuarter).toEqual([10_000_000, 11_000_000, 11_500_000]);
});

test('validation: shares from 0 to 100 %, the discount above −100 %, amounts at least 0', () => {
  const a = budgetWorkbook();
  const tab = tabOf(a, 'Бюджет 2026');
  const rule = (key: string, col: number = C.value) => {
    const row = tab.values.findIndex((r) => r[0] === key) + 1;
    const v = tab.sheet.getRange(row, col).getDataValidation() as unknown as {
      data: { criteria: unknown; values: unknown[]; allowInvalid: boolean };
    };
    return [String(v.data.criteria), ...v.data.values, v.data.allowInvalid];
  };
  const share = ['NUMBER_BETWEEN', 0, 1, false];
  for (const key of ['repeatShare', 'grossMargin', 'costOfSale', 'terms.plus1', 'customers.retention'])
    expect([key, rule(`a:${key}`)]).toEqual([key, share]);
  expect(rule('a:grossMargin', monthCol(11))).toEqual(share);
  expect(rule('a:customers.margin')).toEqual(share);
  // A discount of −5 % a month is a rate the core takes: the cell must take it too.
  expect(rule('a:customers.discount')).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', -1, false]);
  // A scenario at 120 % of the plan is no share.
  expect(rule('a:scenarios[2]')).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', 0, false]);
  expect(rule('a:costPerLead', monthCol(3))).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', 0, false]);
});

test('protection: exactly the assumption cells that are read are free', () => {
  const a = budgetWorkbook();
  const tab = tabOf(a, 'Бюджет 2026');
  const sheet = tab.sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  const free: string[] = [];
  for (let r = 1; r <= tab.values.length; r++)
    for (let c = 1; c <= C.total; c++) if (!isProtected(sheet, r, c)) free.push(a1(r, c));
  // Single values: C; per month: C and D:O; new customers: D:O only (its C is never read); nothing in P.
  const want = ASSUMPTIONS.flatMap((spec) => {
    const row = tab.values.findIndex((r) => r[0] === `a:${spec.field}`) + 1;
    const months = Array.from({ length: 12 }, (_, i) => a1(row, monthCol(i)));
    if (spec.monthsOnly) return months;
    return spec.perMonth ? [a1(row, C.value), ...months] : [a1(row, C.value)];
  });
  expect(free).toEqual(want);
  // 4 per-month rows × 13 + 19 single values (24 assumptions less 4 per month and new customers) + 12.
  expect(want.length).toBe(4 * 13 + 19 + 12);
});

test('the words: the year-over-year header, the direct costs with their note, the carry-over month small', () => {
  const tab = tabOf(budgetWorkbook(), 'Бюджет 2026');
  const label = (key: string) => tab.rows.get(key)![C.label - 1];
  expect(label('block:yoy1')).toMatch(/^План к 20\d\d году$/);
  expect(label('a:costOfSale')).toBe('Прямые расходы на продажу, % выручки');
  expect(label('r:costOfSale')).toBe('Прямые расходы на продажу');
  expect(label('s:leads')).toBe('Нужно лидов по воронке');
  expect(label('a:carry.lastQuarter[0]')).toBe('Выручка: октябрь 2025 (оплата в этом году)');
  const row = tab.values.findIndex((r) => r[0] === 'a:costOfSale') + 1;
  expect(tab.sheet.getRange(row, C.label).getNote()).toMatch(
    /^Комиссии агентам и маркетплейсам, эквайринг, доставка/,
  );
});

test('the scenarios side by side: a header row of their names over the totals, not the block title row', () => {
  const tab = tabOf(budgetWorkbook(), 'Бюджет 2026');
  const names = tab.rows.get('x:scenarios')!;
  expect(names.slice(monthCol(0) - 1, monthCol(3) - 1)).toEqual([
    'пессимистичный',
    'плановый',
    'оптимистичный',
  ]);
  expect(tab.values.findIndex((r) => r[0] === 'x:scenarios') + 1).toBe(
    tab.values.findIndex((r) => r[0] === 'x:revenue'),
  );
  expect(tab.rows.get('block:sideBySide')!.slice(monthCol(0) - 1)).toEqual(Array(13).fill(''));
});
