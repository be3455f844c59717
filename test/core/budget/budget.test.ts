import {
  BUDGET_ROW_ORDER,
  budgetFromSnapshot,
  budgetYear,
  checkAssumptions,
  DEFAULT_ASSUMPTIONS,
  planAvgCheck,
} from '../../../src/core/budget';
import { makeCalendar } from '../../../src/core/calendar';
import { dayOf } from '../../../src/core/dates';
import { decomposePlan } from '../../../src/core/decompose';
import { budgetInput } from './fixture';

// The fixture: 2 000 000 a month; m1 (salary 60 000) and m2 (50 000) plan 1 000 000 each on 5 % of revenue,
// × 2 above the plan; the head h1 (120 000) 1 % of the department's revenue from 90 % attainment. Default
// assumptions: repeat 30 %, terms 50 % / +1 40 % / +2 10 %, margin 40 %, cost of sale 2 %, 500 a lead.

describe('the bonus fund by scenario (the engine on plan × attainment)', () => {
  const budget = budgetYear(budgetInput());
  const [low, mid, high] = budget.snapshot.scenarioFunds;

  test('worked example: 80 %, 100 %, 120 % of every month', () => {
    // 100 %: each manager 1 000 000 × 5 % = 50 000, the head 2 000 000 × 1 % = 20 000 → 120 000.
    // 120 %: each manager 50 000 + 200 000 × 5 % × 2 = 70 000, the head 2 400 000 × 1 % = 24 000 → 164 000.
    // 80 %: each manager 800 000 × 5 % = 40 000, the head below his 90 % threshold 0 → 80 000.
    // Salaries (the schemes' salary components) are not in the fund.
    expect(mid.months).toEqual(new Array(12).fill(120_000));
    expect(high.months).toEqual(new Array(12).fill(164_000));
    expect(low.months).toEqual(new Array(12).fill(80_000));
    expect([low.total, mid.total, high.total]).toEqual([960_000, 1_440_000, 1_968_000]);
    expect(budget.snapshot.bonusFund.months).toEqual(mid.months);
    expect(low.exceptions).toEqual([]);
  });

  test("not linear: 120 % is not 1.2 × the plan's fund, nor 80 % 0.8 × it", () => {
    expect(high.total).not.toBe(1.2 * mid.total); // 1 968 000 against 1 728 000
    expect(low.total).not.toBe(0.8 * mid.total); // 960 000 against 1 152 000
  });
});

describe("the budget's rows", () => {
  test('January by hand: receipts, gross profit, payroll, lead budget, contribution', () => {
    const { rows, snapshot } = budgetYear(budgetInput());
    const jan = (r: { months: number[] }) => r.months[0];
    // No history: last year's October–December are the plan's own (2 000 000 each), said by the source.
    expect(snapshot.carrySource).toBe('planProxy');
    // Receipts: +2 10 % × Nov 2 000 000 + +1 40 % × Dec 2 000 000 + 50 % × Jan 2 000 000 = 2 000 000.
    expect(jan(rows.receipts)).toBeCloseTo(2_000_000, 6);
    expect(jan(rows.repeatRevenue)).toBe(600_000); // 30 % of 2 000 000
    expect(jan(rows.newRevenue)).toBe(1_400_000);
    expect(jan(rows.grossProfit)).toBe(800_000); // 40 %
    // Payroll: salaries 60 000 + 50 000 + 120 000 = 230 000, bonus fund 120 000, cost of sale 2 % = 40 000.
    expect(jan(rows.salaries)).toBe(230_000);
    expect(jan(rows.costOfSale)).toBe(40_000);
    expect(jan(rows.payroll)).toBe(390_000);
    // Leads: 20 deals ÷ 20 % = 100; × 500 = 50 000.
    expect(jan(rows.leads)).toBe(100);
    expect(jan(rows.leadBudget)).toBe(50_000);
    // Contribution: 800 000 − 390 000 − 50 000 = 360 000; the year 12 × 360 000.
    expect(jan(rows.contribution)).toBe(360_000);
    expect(rows.contribution.total).toBe(4_320_000);
  });

  test("the 120 % scenario: revenue × 1.2, its own fund, the plan's salaries and leads", () => {
    const { scenarios } = budgetYear(budgetInput());
    const high = scenarios[2];
    expect(high.attainment).toBe(1.2);
    // 2 400 000 × 40 % = 960 000; payroll 230 000 + 164 000 + 2 % × 2 400 000 = 442 000; leads 50 000.
    // Contribution 960 000 − 442 000 − 50 000 = 468 000.
    expect(high.rows.revenue.months[0]).toBe(2_400_000);
    expect(high.rows.payroll.months[0]).toBe(442_000);
    expect(high.rows.contribution.months[0]).toBe(468_000);
  });

  test("the 100 % scenario is the plan, row for row; the tab's order names every row", () => {
    const { rows, scenarios } = budgetYear(budgetInput());
    expect([...BUDGET_ROW_ORDER].sort()).toEqual(Object.keys(rows).sort());
    expect(scenarios[1].attainment).toBe(1);
    expect(scenarios[1].rows).toEqual(rows);
  });

  test("last year from the Plan tab's history; the plan against each history year", () => {
    const history = [
      { year: 2024, months: [1_000_000, ...new Array(11).fill(null)] },
      { year: 2025, months: [...new Array(10).fill(1_600_000), 1_500_000, 3_000_000] },
    ];
    const budget = budgetYear({ ...budgetInput(), history });
    expect(budget.snapshot.carrySource).toBe('history');
    // January: 10 % × Nov 1 500 000 + 40 % × Dec 3 000 000 + 50 % × 2 000 000 = 150 000 + 1 200 000 + 1 000 000.
    expect(budget.rows.receipts.months[0]).toBeCloseTo(2_350_000, 6);
    const [y2024, y2025] = budget.yoy;
    // 2024 has January only: compared on January alone, + 1 000 000, + 100 %.
    expect(y2024.total).toEqual({
      plan: 2_000_000,
      history: 1_000_000,
      change: 1_000_000,
      growth: 1,
      months: 1,
    });
    expect(y2024.change[1]).toBeNull();
    // 2025: 10 × 1 600 000 + 1 500 000 + 3 000 000 = 20 500 000 against 24 000 000: + 3 500 000, + 17.07 %.
    expect(y2025.total.history).toBe(20_500_000);
    expect(y2025.total.change).toBe(3_500_000);
    expect(y2025.total.growth).toBeCloseTo(24 / 20.5 - 1, 12);
    expect(y2025.growth[11]).toBeCloseTo(2 / 3 - 1, 12);
  });

  test('an assumption edited: the rows follow, the snapshot (salaries, bonus funds) stays', () => {
    const budget = budgetYear(budgetInput());
    const edited = budgetFromSnapshot(budget.snapshot, { ...DEFAULT_ASSUMPTIONS, grossMargin: 0.5 }, []);
    // 1 000 000 − 390 000 − 50 000 = 560 000.
    expect(edited.rows.contribution.months[0]).toBe(560_000);
    expect(edited.rows.bonusFund).toEqual(budget.rows.bonusFund);
    // Per-month margin: 50 % in January only.
    const perMonth = [0.5, ...new Array(11).fill(0.4)];
    const mixed = budgetFromSnapshot(budget.snapshot, { ...DEFAULT_ASSUMPTIONS, grossMargin: perMonth }, []);
    expect(mixed.rows.grossProfit.months.slice(0, 2)).toEqual([1_000_000, 800_000]);
  });

  test('payroll follows a hire on the salaries row', () => {
    const input = budgetInput();
    const hired = { ...input.team[0], id: 'm3', name: 'M3', salary: 40_000, start: dayOf(2026, 6, 16) };
    const budget = budgetYear({ ...input, team: [...input.team, hired] });
    // June 2026 (weekend-only): 22 working days, from the 16th 11 → 40 000 × 11 ÷ 22 = 20 000.
    expect(budget.rows.salaries.months.slice(4, 7)).toEqual([230_000, 250_000, 270_000]);
  });
});

describe('customers and LTV', () => {
  test('worked example: the base, its revenue and the LTV', () => {
    const customers = { existingCustomers: 10, retention: 0.5, purchasesPerMonth: 1, avgCheck: 10_000 };
    const block = budgetYear(budgetInput({ customers })).customers!;
    // New customers default to the plan's deals: 20 a month.
    // Base: Jan 10 × 0.5 = 5; Feb (5 + 20) × 0.5 = 12.5; Mar (12.5 + 20) × 0.5 = 16.25.
    expect(block.newCustomers[0]).toBe(20);
    expect(block.base.slice(0, 3)).toEqual([5, 12.5, 16.25]);
    expect(block.revenueFromBase.months.slice(0, 3)).toEqual([50_000, 125_000, 162_500]);
    // LTV: 10 000 × 1 × 40 % (the budget's margin) ÷ (1 − 0.5) = 8 000.
    expect(block.ltv).toBe(8_000);
    // A 25 % monthly discount: q = 0.5 ÷ 1.25 = 0.4 → 4 000 ÷ 0.6 = 6 666.67; 3 months: 4 000 × (1 + 0.4 + 0.16).
    const discounted = budgetYear(budgetInput({ customers: { ...customers, discount: 0.25 } })).customers!;
    expect(discounted.ltv).toBeCloseTo(6_666.666666667, 6);
    const three = budgetYear(budgetInput({ customers: { ...customers, discount: 0.25, periods: 3 } }))
      .customers!;
    expect(three.ltv).toBeCloseTo(6_240, 9);
  });
});

describe("the plan's average check for the year", () => {
  test('Σ revenue ÷ Σ deals, not the mean of the monthly checks', () => {
    // January: 10 deals × 1 000 = 10 000; February: 100 deals × 2 000 = 200 000; no revenue after (check
    // 5 000, 0 deals). The year: 210 000 ÷ 110 deals = 1 909.0909…; the mean of the checks would be
    // (1 000 + 2 000 + 10 × 5 000) ÷ 12 = 4 416.67, and of the two months with deals 1 500.
    const plan = decomposePlan({
      year: 2026,
      calendar: makeCalendar('NONE'),
      revenue: { monthly: [10_000, 200_000, ...new Array(10).fill(0)] },
      funnel: { avgCheck: [1_000, 2_000, ...new Array(10).fill(5_000)], stages: [] },
      team: [{ id: 'm1', name: 'M1' }],
    });
    expect(plan.totals.department.deals).toBe(110);
    expect(planAvgCheck(plan)).toBeCloseTo(210_000 / 110, 9);
    expect(planAvgCheck(plan)).toBeCloseTo(1_909.090909, 5);
  });
});

describe('checking the assumptions', () => {
  const codes = (a: Partial<typeof DEFAULT_ASSUMPTIONS>, avg = true) =>
    checkAssumptions({ ...DEFAULT_ASSUMPTIONS, ...a }, avg).map((p) => `${p.code} ${p.field}`);

  test('the defaults pass; each kind of mistake is named at its field', () => {
    expect(codes({})).toEqual([]);
    const terms = { advance: 0.2, sameMonth: 0.5, plus1: 0.4, plus2: 0, plus3: 0 };
    expect(codes({ terms })).toEqual(['budget.termsAboveOne terms']);
    expect(codes({ grossMargin: 1.2, costPerLead: -1 })).toEqual([
      'budget.shareBad grossMargin',
      'budget.negative costPerLead',
    ]);
    expect(codes({ repeatShare: new Array(11).fill(0.3) })).toEqual(['budget.monthsLength repeatShare']);
    expect(codes({ scenarios: [] })).toEqual(['budget.scenariosEmpty scenarios']);
    const customers = { retention: 1, purchasesPerMonth: 1 };
    expect(codes({ customers }, false)).toEqual([
      'budget.noAvgCheck customers.avgCheck',
      'budget.noConvergence customers.retention',
    ]);
    expect(codes({ customers: { ...customers, periods: 24 } })).toEqual([]);
    // The same test as LTV_RETENTION (ltvDiverges): q = 0.95 ÷ (1 − 0.05) = 1 (the rate to blame), and
    // 1 − 1e-13 counts as 1 too (q ≥ 1 alone let it through, while the function returned 1e16).
    expect(codes({ customers: { retention: 0.95, discount: -0.05, purchasesPerMonth: 1 } })).toEqual([
      'budget.noConvergence customers.discount',
    ]);
    expect(codes({ customers: { retention: 1 - 1e-13, purchasesPerMonth: 1 } })).toEqual([
      'budget.noConvergence customers.retention',
    ]);
    expect(codes({ customers: { retention: 1 - 1e-11, purchasesPerMonth: 1 } })).toEqual([]);
  });

  test("the budget refuses unchecked assumptions (a bug of the caller, not the user's mistake)", () => {
    expect(() => budgetYear(budgetInput({ grossMargin: 2 }))).toThrow(/budget\.shareBad at grossMargin/);
  });
});
