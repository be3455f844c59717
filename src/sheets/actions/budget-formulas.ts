import { BUDGET_ROW_ORDER, type BudgetRows } from '../../core/budget';
import { formatDay, type MessageKey, t } from '../../i18n';
import {
  assumptionKey,
  BUDGET,
  monthCol,
  MONTH_INDEXES as months,
  SCENARIO_COUNT,
  yearSum,
} from '../budget-layout';
import { a1, rect } from '../grid';
import { type BudgetSheet, blockHeader, kindFormat, SCENARIO_NAMES } from './budget-sheet';

/**
 * The Budget tab's blocks below the assumptions: the snapshot (values), then native formulas only — the
 * budget by month, each scenario, the scenarios side by side, year over year, customers and LTV. Each
 * formula does what core/budget/rows.ts does, in the same order, so the cells equal the core's numbers.
 */

/** The snapshot block's rows: fund0 at the plan, fund1… per scenario (C: the attainment it was computed at). */
export const SNAPSHOT_KEYS = [
  'revenue',
  'salaries',
  'fund0',
  ...Array.from({ length: SCENARIO_COUNT }, (_, i) => `fund${i + 1}`),
  'leads',
  'deals',
  'avgCheck',
] as const;

const C = BUDGET.col;

export function budgetBlocks(b: BudgetSheet): void {
  snapshotBlock(b);
  rowsBlock(b, 'budget', 'r', t('budget.block.budget', b.input.lang));
  for (let k = 0; k < SCENARIO_COUNT; k++) scenarioBlock(b, k);
  sideBySide(b);
  b.input.history.forEach((_, j) => {
    yoyBlock(b, j);
  });
  customersBlock(b);
}

/** A cell of a keyed row: month `i`'s column, or the value (C) or year (total) column. */
const at = (b: BudgetSheet, key: string, col: number, abs = false) => a1(b.rowOf.get(key)!, col, abs);
const assumption = (b: BudgetSheet, field: string) => at(b, assumptionKey(field), C.value, true);
/** A text inside a formula: quoted; its own quotes made single (HyperFormula does not read doubled ones). */
const quoted = (text: string) => `"${text.replace(/"/g, "'")}"`;

function snapshotBlock(b: BudgetSheet): void {
  const { g, input } = b;
  const { lang, budget, currency } = input;
  const s = budget.snapshot;
  blockHeader(b, 'snapshot', t('budget.block.snapshot', lang, { date: formatDay(input.today, lang) }));
  const series: Record<string, number[] | null> = {
    revenue: s.revenue,
    salaries: s.salaries,
    fund0: s.bonusFund.months,
    leads: s.leads,
    deals: s.deals ?? months.map(() => 0),
    avgCheck: null,
  };
  s.scenarioFunds.forEach((f, k) => {
    series[`fund${k + 1}`] = f.months;
  });
  for (const key of SNAPSHOT_KEYS) {
    const row = b.rowOf.get(`s:${key}`)!;
    const k = /^fund(\d)$/.exec(key);
    const label = k
      ? k[1] === '0'
        ? t('budget.s.fundPlan', lang)
        : t('budget.s.fund', lang, { name: t(SCENARIO_NAMES[Number(k[1]) - 1], lang) })
      : t(`budget.s.${key}` as MessageKey, lang);
    g.text(row, C.key, `s:${key}`).text(row, C.label, label);
    const format = kindFormat(key === 'leads' || key === 'deals' ? 'count' : 'money', currency);
    const values = series[key];
    if (values) {
      for (const i of months) g.set(row, monthCol(i), values[i]);
      g.set(row, C.total, yearSum(row));
      g.format(rect(row, monthCol(0), 1, 13), format);
    }
    if (k) {
      const fund = k[1] === '0' ? s.bonusFund : s.scenarioFunds[Number(k[1]) - 1];
      g.set(row, C.value, fund.attainment).format(rect(row, C.value), kindFormat('completion', currency));
    }
    if (key === 'avgCheck') g.set(row, C.value, s.avgCheck ?? 0).format(rect(row, C.value), format);
  }
}

/** The twelve rows of a budget (the plan's, prefix r, or scenario k's, prefix s1…), one formula a cell. */
function rowsBlock(b: BudgetSheet, block: string, p: string, title: string, scenario?: number): void {
  const { g, input } = b;
  blockHeader(b, block, title);
  const fund = scenario === undefined ? 'fund0' : `fund${scenario + 1}`;
  for (const key of BUDGET_ROW_ORDER) {
    const row = b.rowOf.get(`${p}:${key}`)!;
    g.text(row, C.key, `${p}:${key}`).text(row, C.label, t(`budget.r.${key}` as MessageKey, input.lang));
    for (const i of months) g.set(row, monthCol(i), `=${rowFormula(b, p, key, i, fund, scenario)}`);
    g.set(row, C.total, yearSum(row));
    g.format(rect(row, monthCol(0), 1, 13), kindFormat(key === 'leads' ? 'count' : 'money', input.currency));
    if (key === 'revenue' || key === 'receipts' || key === 'contribution') g.bold(rect(row, C.label, 1, 14));
  }
}

/** Month `i` of row `key`: the operations of core/budget/rows.ts in their order. */
function rowFormula(
  b: BudgetSheet,
  p: string,
  key: keyof BudgetRows,
  i: number,
  fund: string,
  scenario?: number,
): string {
  const m = (k: string, month = i) => at(b, `${p}:${k}`, monthCol(month));
  const s = (k: string) => at(b, `s:${k}`, monthCol(i));
  const a = (field: string) => at(b, assumptionKey(field), monthCol(i));
  switch (key) {
    case 'revenue':
      return scenario === undefined
        ? s('revenue')
        : `${s('revenue')}*${assumption(b, `scenarios[${scenario}]`)}`;
    case 'newRevenue':
      return `${m('revenue')}-${m('repeatRevenue')}`;
    case 'repeatRevenue':
      return `${m('revenue')}*${a('repeatShare')}`;
    case 'receipts':
      return receiptsFormula(b, (k) => m('revenue', k), i);
    case 'grossProfit':
      return `${m('revenue')}*${a('grossMargin')}`;
    case 'salaries':
      return s('salaries');
    case 'bonusFund':
      return s(fund);
    case 'costOfSale':
      return `${m('revenue')}*${a('costOfSale')}`;
    case 'payroll':
      return `${m('salaries')}+${m('bonusFund')}+${m('costOfSale')}`;
    case 'leads':
      return s('leads');
    case 'leadBudget':
      return `${m('leads')}*${a('costPerLead')}`;
    case 'contribution':
      return `${m('grossProfit')}-${m('payroll')}-${m('leadBudget')}`;
  }
}

/**
 * Receipts of month `i`: +3 × rev[i−3] + +2 × rev[i−2] + +1 × rev[i−1] + same × rev[i] + advance × rev[i+1],
 * last year's October–December and next January from the carry-over cells (the core's order of addition).
 */
function receiptsFormula(b: BudgetSheet, revenue: (month: number) => string, i: number): string {
  const source = (k: number) =>
    k < 0
      ? assumption(b, `carry.lastQuarter[${k + 3}]`)
      : k > 11
        ? assumption(b, 'carry.nextJanuary')
        : revenue(k);
  const terms: [string, number][] = [
    ['plus3', -3],
    ['plus2', -2],
    ['plus1', -1],
    ['sameMonth', 0],
    ['advance', 1],
  ];
  return terms.map(([term, lag]) => `${source(i + lag)}*${assumption(b, `terms.${term}`)}`).join('+');
}

function scenarioBlock(b: BudgetSheet, k: number): void {
  const { g, input } = b;
  const { lang } = input;
  const name = t(SCENARIO_NAMES[k], lang);
  rowsBlock(b, `scenario${k + 1}`, `s${k + 1}`, t('budget.block.scenario', lang, { name }), k);
  const header = b.rowOf.get(`block:scenario${k + 1}`)!;
  g.set(header, C.value, `=${assumption(b, `scenarios[${k}]`)}`).format(
    rect(header, C.value),
    kindFormat('completion', input.currency),
  );
  const computedAt = at(b, `s:fund${k + 1}`, C.value);
  const stale = quoted(t('budget.stale', lang));
  g.set(header, monthCol(0), `=IF(${a1(header, C.value)}<>${computedAt},${stale},"")`);
}

function sideBySide(b: BudgetSheet): void {
  const { g, input } = b;
  blockHeader(b, 'sideBySide', t('budget.block.sideBySide', input.lang));
  // The totals sit under the frozen January…March header: their own header row names the scenarios.
  const names = b.rowOf.get('x:scenarios')!;
  g.text(names, C.key, 'x:scenarios');
  for (let k = 0; k < SCENARIO_COUNT; k++) g.text(names, monthCol(k), t(SCENARIO_NAMES[k], input.lang));
  g.header(rect(names, monthCol(0), 1, SCENARIO_COUNT));
  for (const key of BUDGET_ROW_ORDER) {
    const row = b.rowOf.get(`x:${key}`)!;
    g.text(row, C.key, `x:${key}`).text(row, C.label, t(`budget.r.${key}` as MessageKey, input.lang));
    for (let k = 0; k < SCENARIO_COUNT; k++)
      g.set(row, monthCol(k), `=${at(b, `s${k + 1}:${key}`, C.total)}`);
    g.format(
      rect(row, monthCol(0), 1, SCENARIO_COUNT),
      kindFormat(key === 'leads' ? 'count' : 'money', input.currency),
    );
  }
}

/** The plan against history year j: history, the plan in the months it has, the change and the growth. */
function yoyBlock(b: BudgetSheet, j: number): void {
  const { g, input } = b;
  const { lang, currency } = input;
  const h = input.history[j];
  const p = `y${j + 1}`;
  const year = h.year ?? t('budget.y.column', lang, { n: j + 1 });
  const title =
    h.year === null
      ? t('budget.block.yoyColumn', lang, { n: j + 1 })
      : t('budget.block.yoy', lang, { year: h.year });
  blockHeader(b, `yoy${j + 1}`, title);
  const row = (k: string) => b.rowOf.get(`${p}:${k}`)!;
  const cell = (k: string, i: number) => a1(row(k), monthCol(i));
  for (const k of ['history', 'plan', 'change', 'growth']) {
    g.text(row(k), C.key, `${p}:${k}`).text(
      row(k),
      C.label,
      t(`budget.y.${k}` as MessageKey, lang, { year }),
    );
    g.format(
      rect(row(k), monthCol(0), 1, 13),
      k === 'growth' ? kindFormat('conversion', currency) : kindFormat('money', currency),
    );
  }
  months.forEach((i) => {
    const v = h.months[i];
    if (typeof v === 'number') g.set(row('history'), monthCol(i), v);
    const hist = cell('history', i);
    const plan = at(b, 'r:revenue', monthCol(i));
    g.set(row('plan'), monthCol(i), `=IF(ISNUMBER(${hist}),${plan},"")`);
    g.set(row('change'), monthCol(i), `=IF(ISNUMBER(${hist}),${plan}-${hist},"")`);
    g.set(row('growth'), monthCol(i), `=IF(AND(ISNUMBER(${hist}),${hist}<>0),${plan}/${hist}-1,"")`);
  });
  const total = (k: string) => a1(row(k), C.total);
  g.set(row('history'), C.total, yearSum(row('history'))).set(row('plan'), C.total, yearSum(row('plan')));
  g.set(row('change'), C.total, `=${total('plan')}-${total('history')}`);
  g.set(row('growth'), C.total, `=IF(${total('history')}=0,"",${total('plan')}/${total('history')}-1)`);
}

function customersBlock(b: BudgetSheet): void {
  const { g, input } = b;
  const { lang, currency } = input;
  blockHeader(b, 'customers', t('budget.block.customers', lang));
  const row = (k: string) => b.rowOf.get(`c:${k}`)!;
  const v = (f: string) => assumption(b, `customers.${f}`);
  const newAt = (i: number) => at(b, assumptionKey('customers.newCustomers'), monthCol(i));
  for (const k of ['base', 'revenueFromBase', 'ltv'])
    g.text(row(k), C.key, `c:${k}`).text(row(k), C.label, t(`budget.c.${k}` as MessageKey, lang));
  months.forEach((i) => {
    const base = a1(row('base'), monthCol(i));
    const prev = a1(row('base'), monthCol(i - 1));
    g.set(
      row('base'),
      monthCol(i),
      i === 0
        ? `=${v('existingCustomers')}*${v('retention')}`
        : `=(${prev}+${newAt(i - 1)})*${v('retention')}`,
    );
    g.set(row('revenueFromBase'), monthCol(i), `=${base}*${v('purchasesPerMonth')}*${v('avgCheck')}`);
  });
  g.set(row('revenueFromBase'), C.total, yearSum(row('revenueFromBase')));
  g.format(rect(row('base'), monthCol(0), 1, months.length), kindFormat('points', currency));
  g.format(rect(row('revenueFromBase'), monthCol(0), 1, 13), kindFormat('money', currency));
  g.set(row('ltv'), C.value, ltvFormula(b)).format(rect(row('ltv'), C.value), kindFormat('money', currency));
  g.bold(rect(row('ltv'), C.label, 1, 2));
}

/**
 * The LTV of core/finance/ltv.ts as a formula: v = check × purchases × margin (blank margin: the budget's
 * gross margin for the year), gap = discount + (1 − retention); no periods: v × (1 + d) ÷ gap (blank when the
 * sum diverges); n periods: 0 for n = 0, v × n when |1 − r ÷ (1 + d)| ≤ 1e-12, else
 * v × (1 − (r ÷ (1 + d))^n) × (1 + d) ÷ gap.
 */
function ltvFormula(b: BudgetSheet): string {
  const v = (f: string) => assumption(b, `customers.${f}`);
  const [r, d, n, margin] = [v('retention'), v('discount'), v('periods'), v('margin')];
  const revenue = at(b, 'r:revenue', C.total, true);
  const profit = at(b, 'r:grossProfit', C.total, true);
  const yearMargin = `IF(${revenue}=0,0,${profit}/${revenue})`;
  const value = `(${v('avgCheck')}*${v('purchasesPerMonth')}*IF(ISNUMBER(${margin}),${margin},${yearMargin}))`;
  const gap = `(${d}+(1-${r}))`;
  const q = `(${r}/(1+${d}))`;
  // q within 1e-12 of 1 is 1, as core/finance/ltv.ts has it (float noise leaves the gap at 4.4e-17, not 0).
  const one = `AND(1-${q}<=0.000000000001,${q}-1<=0.000000000001)`;
  const finite = `IF(${n}=0,0,IF(${one},${value}*${n},${value}*(1-${q}^${n})*(1+${d})/${gap}))`;
  return `=IF(ISNUMBER(${n}),${finite},IF(${one},"",IF(${gap}>0,${value}*(1+${d})/${gap},"")))`;
}
