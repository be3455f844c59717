import type { PlanDecomposition } from '../plan-types';
import { MONTHS } from '../seasonality';
import { bonusFund } from './bonus-fund';
import { salariesByMonth } from './salaries';
import type { BonusFund, BudgetInput, BudgetSnapshot, CarryOver, HistoryYear } from './types';

/**
 * The values the Budget tab holds as a snapshot (no formula can make them): the plan's revenue, salaries,
 * the bonus fund at the plan and per scenario, the leads the funnel needs, and the carry-over of receipts.
 */
export function budgetSnapshot(input: BudgetInput): BudgetSnapshot {
  const { plan, assumptions } = input;
  if (plan.months.length !== MONTHS) throw new Error('budget: the plan must have all twelve months');
  const funds = fundsByAttainment(input, [1, ...assumptions.scenarios]);
  const revenue = departmentSeries(plan, 'revenue');
  const leads = leadsOf(plan, input.leadMetric);
  const given = assumptions.carry;
  const carry = given
    ? { carry: given, source: 'given' as const }
    : defaultCarry(plan.year, revenue, input.history ?? []);
  const hasDeals = plan.metrics.some((m) => m.id === 'deals');
  return {
    year: plan.year,
    revenue,
    salaries: salariesByMonth(input.team, plan.months, input.prorateSalary),
    bonusFund: funds.get(1)!,
    scenarioFunds: assumptions.scenarios.map((a) => funds.get(a)!),
    leads: leads.months,
    leadMetric: leads.metric,
    carry: carry.carry,
    carrySource: carry.source,
    deals: hasDeals ? departmentSeries(plan, 'deals') : null,
    avgCheck: planAvgCheck(plan),
  };
}

/** The engine run once per distinct attainment (the plan's 100 % is usually a scenario too). */
function fundsByAttainment(input: BudgetInput, attainments: readonly number[]): Map<number, BonusFund> {
  const out = new Map<number, BonusFund>();
  for (const a of attainments) if (!out.has(a)) out.set(a, bonusFund(input, a));
  return out;
}

/** The department's plan of `metric` per month (0 in a month the plan lacks). */
export function departmentSeries(plan: PlanDecomposition, metric: string): number[] {
  const out = new Array<number>(MONTHS).fill(0);
  for (const m of plan.months) out[m.month - 1] = m.department[metric] ?? 0;
  return out;
}

/**
 * The leads to buy per month: the plan's count of `metric`, by default the funnel's top stage (the first
 * derived metric that is not deals). Without such a stage there is nothing to buy: zeros, metric null.
 */
export function leadsOf(
  plan: PlanDecomposition,
  metric?: string,
): { metric: string | null; months: number[] } {
  const top = plan.metrics.find((m) => m.source === 'derived' && m.id !== 'deals');
  const id = metric ?? top?.id;
  if (id === undefined || !plan.metrics.some((m) => m.id === id))
    return { metric: null, months: new Array<number>(MONTHS).fill(0) };
  return { metric: id, months: departmentSeries(plan, id) };
}

/**
 * Last year's October–December revenue from the history column headed with last year when it has all three
 * months; otherwise the plan's own October–December as a proxy (said by `source`). Next January is always the
 * plan's own January as a proxy (next year's plan is not made yet). The finance person can overwrite both.
 */
export function defaultCarry(
  year: number,
  revenue: readonly number[],
  history: readonly HistoryYear[],
): { carry: CarryOver; source: 'history' | 'planProxy' } {
  const last = history.find((h) => h.year === year - 1);
  const quarter = last ? last.months.slice(9, 12) : [];
  const nextJanuary = revenue[0];
  if (quarter.length === 3 && quarter.every((v) => typeof v === 'number')) {
    const [oct, nov, dec] = quarter as number[];
    return { carry: { lastQuarter: [oct, nov, dec], nextJanuary }, source: 'history' };
  }
  return { carry: { lastQuarter: [revenue[9], revenue[10], revenue[11]], nextJanuary }, source: 'planProxy' };
}

/**
 * The plan's average check for the year: Σ revenue ÷ Σ deals, so a month of 100 deals weighs ten times a
 * month of 10 (10 × 1 000 and 100 × 2 000 → 1 909.09, not 1 500); with no deal planned all year, the mean of
 * the monthly checks. Null without a funnel.
 */
export function planAvgCheck(plan: PlanDecomposition): number | null {
  const checks = plan.months.map((m) => m.avgCheck).filter((c): c is number => c !== undefined);
  if (checks.length === 0) return null;
  const deals = departmentSeries(plan, 'deals').reduce((a, b) => a + b, 0);
  if (deals === 0) return checks.reduce((a, b) => a + b, 0) / checks.length;
  return departmentSeries(plan, 'revenue').reduce((a, b) => a + b, 0) / deals;
}
