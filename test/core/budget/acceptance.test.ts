import { type MetricFigures, type PayrollInput, payroll, type Scheme } from '../../../src/core/bonus';
import { kopecks, rubles } from '../../../src/core/bonus/money';
import { budgetYear } from '../../../src/core/budget';
import { dayOf, lastOfMonth } from '../../../src/core/dates';
import type { PlanDecomposition } from '../../../src/core/plan-types';
import { budgetInput, calendar, HEAD, person, SALES, schemesOf } from './fixture';

/**
 * Issue 18's acceptance point: each scenario's bonus fund equals the bonus engine run on that scenario's
 * facts. The facts are built here on their own (every manager's every metric, and the department's, = the
 * month's plan × attainment), the engine (`payroll`, what the Bonus tab runs) run month by month, and Σ the
 * variable pay compared with the budget's funds — for a team with a hire, a leaver, a team pool (a step in
 * attainment), an accelerator and a recoverable draw (a balance carried month to month).
 */
const POOLED: Scheme = {
  id: 'POOLED',
  name: 'Pooled',
  components: [
    { kind: 'salary' },
    { kind: 'percent', metric: 'revenue', rate: 0.04 },
    { kind: 'pool', metric: 'revenue', amount: 30_000, threshold: 1 },
  ],
};
const DRAW: Scheme = {
  id: 'DRAW',
  name: 'Draw',
  components: [
    { kind: 'target', metric: 'deals', target: 10_000, bands: [{ from: 1.1, multiplier: 1.5 }] },
    { kind: 'percent', metric: 'revenue', rate: 0.01 },
    { kind: 'draw', amount: 35_000, recoverable: true },
  ],
};

const TEAM = [
  person('m1'),
  person('m2', { scheme: 'POOLED', salary: 50_000 }),
  person('m3', { scheme: 'POOLED', salary: 40_000, start: dayOf(2026, 6, 15) }),
  person('m4', { scheme: 'DRAW', end: dayOf(2026, 9, 30) }),
  person('h1', { role: 'head', scheme: 'HEAD', salary: 120_000 }),
];
const SCHEMES = schemesOf(SALES, HEAD, POOLED, DRAW);

/** The engine on the month's plan × attainment, built from the decomposition directly. */
function engineFund(
  plan: PlanDecomposition,
  attainment: number,
  team: typeof TEAM = TEAM,
  schemes: typeof SCHEMES = SCHEMES,
): number[] {
  let balances = new Map<string, number>();
  return plan.months.map((month) => {
    const facts = (values: Record<string, number>): MetricFigures => {
      const out = new Map<string, { plan: number; fact: number }>();
      for (const metric of Object.keys(values))
        out.set(metric, { plan: values[metric], fact: values[metric] * attainment });
      return out;
    };
    const input: PayrollInput = {
      people: team,
      schemes,
      figures: {
        byPerson: new Map(month.managers.map((m) => [m.id, facts(m.plan)])),
        department: facts(month.department),
        own: new Map(),
        daily: new Map(),
        days: [],
      },
      year: 2026,
      month: month.month,
      asOf: lastOfMonth(2026, month.month) + 1,
      calendar,
      absences: new Map(),
      drawBalances: balances,
      prorateSalary: true,
    };
    const run = payroll(input);
    expect(run.preliminary).toBe(false);
    expect(run.problems).toEqual([]);
    balances = new Map(run.rows.map((r) => [r.person.id, r.result?.drawBalance ?? 0]));
    return rubles(run.rows.reduce((s, r) => s + kopecks(r.result!.variable), 0));
  });
}

test("three scenarios' bonus funds equal the engine run on the scenario facts", () => {
  const input = budgetInput({ scenarios: [0.8, 1, 1.2] }, TEAM, SCHEMES);
  const budget = budgetYear(input);
  budget.snapshot.scenarioFunds.forEach((fund, i) => {
    const attainment = [0.8, 1, 1.2][i];
    expect(fund.attainment).toBe(attainment);
    expect(fund.exceptions).toEqual([]);
    expect(fund.months).toEqual(engineFund(input.plan, attainment));
  });
  // The team changes: m3 from June (ramping up), m4 gone after September.
  expect(input.plan.months[4].managers.find((m) => m.id === 'm3')!.plan.revenue).toBe(0);
  expect(input.plan.months[10].managers.find((m) => m.id === 'm4')!.plan.revenue).toBe(0);
  // Not linear in attainment: the pool pays from 100 % only, the accelerator above it, the head's threshold
  // at 90 %, the draw's floor below. Here 2 014 030.14 at 120 % against 1.2 × 1 727 726.92 = 2 073 272.30,
  // and 965 181.50 at 80 % against 0.8 × 1 727 726.92 = 1 382 181.54.
  const [low, mid, high] = budget.snapshot.scenarioFunds.map((f) => f.total);
  expect(Math.abs(high - 1.2 * mid)).toBeGreaterThan(1_000);
  expect(Math.abs(low - 0.8 * mid)).toBeGreaterThan(1_000);
});

test("a recoverable draw: what a scenario's month owes is recovered in the next", () => {
  // m4 alone on DRAW, at 80 %: the target pays 10 000 × 80 % = 8 000 and 1 % of revenue: January (plan
  // 2 000 000) 16 000 → 24 000 against a 35 000 draw: 11 000 topped up and owed. February (plan 6 000 000)
  // 8 000 + 48 000 = 56 000, 21 000 above the draw: the 11 000 owed recovered → 45 000. March like January.
  const team = [person('m4', { scheme: 'DRAW' })];
  const revenue = [2_000_000, 6_000_000, ...new Array(10).fill(2_000_000)];
  const input = budgetInput({ scenarios: [0.8] }, team, schemesOf(DRAW), revenue);
  const fund = budgetYear(input).snapshot.scenarioFunds[0];
  expect(fund.months.slice(0, 3)).toEqual([35_000, 45_000, 35_000]);
  expect(fund.months).toEqual(engineFund(input.plan, 0.8, team, schemesOf(DRAW)));
});
