import { checkAssumptions } from './assumptions';
import { customersBlock } from './customers';
import { budgetRows, monthly } from './rows';
import { budgetSnapshot } from './snapshot';
import type {
  BudgetAssumptions,
  BudgetInput,
  BudgetRows,
  BudgetSnapshot,
  BudgetYear,
  HistoryYear,
} from './types';
import { yearOverYear } from './yoy';

/**
 * The sales budget as data: the numbers of the «Бюджет YYYY» / «Budget YYYY» tab.
 *
 * The tab, top to bottom (months as columns January…December, then the year; a scenario's block likewise):
 *
 * 1. Assumptions — cells the finance person edits (`BudgetAssumptions`): repeat share; payment terms
 *    (advance, same month, +1, +2, +3 months); gross margin (one cell, or a row of twelve); cost of sale %;
 *    cost per lead; the scenarios' attainments (80 / 100 / 120 %); the carry-over — last year's October,
 *    November, December revenue and next January's revenue, prefilled (`defaultCarry`: from the Plan tab's
 *    history column of last year, else the plan's own months, the note saying which) and editable; the
 *    customers block's inputs when it is there.
 * 2. Snapshot — values written by the menu action with its date (`BudgetSnapshot`), no formula can make them:
 *    revenue plan per month (the decomposed plan), salaries (the Team tab, prorated by working days
 *    employed), bonus fund at the plan and per scenario (the bonus engine, each with the attainment it was
 *    computed at: a scenario cell edited since shows its fund is stale until the next refresh), leads needed
 *    (the funnel's top stage), deals (the customers' default new customers).
 * 3. Budget by month (`BudgetRows`), one native formula per cell, the year = SUM of the months:
 *    revenue = snapshot revenue; repeat = revenue × repeat share; new = revenue − repeat;
 *    receipts[k] = +3 × rev[k−3] + +2 × rev[k−2] + +1 × rev[k−1] + same × rev[k] + advance × rev[k+1],
 *      where rev[−3..−1] are the carry-over's October–December and rev[12] is next January (in this order
 *      the core adds them: the same doubles);
 *    gross profit = revenue × margin; salaries = snapshot; bonus fund = snapshot (plan);
 *    cost of sale = revenue × cost of sale %; payroll = salaries + bonus fund + cost of sale;
 *    leads = snapshot; lead budget = leads × cost per lead;
 *    contribution = gross profit − payroll − lead budget.
 * 4. Scenarios — per scenario the same rows with revenue = plan revenue × attainment and that scenario's
 *    bonus fund; salaries, leads (bought at the plan) and the carry-over are the plan's. Side by side: the
 *    year totals of each scenario.
 * 5. Year over year (`YearOverYear`) — per history year of the Plan tab: history by month, plan − history,
 *    plan ÷ history − 1 (blank where the history is blank or 0), the total over the months the history has.
 * 6. Customers and LTV (`CustomersBlock`, when the assumptions have it): new customers (default: deals),
 *    base[Jan] = existing × retention, base[m] = (base[m−1] + new[m−1]) × retention, revenue from the base =
 *    base × purchases per month × average check; LTV as a native formula (no custom function on the tab):
 *    v = check × purchases × margin, q = retention ÷ (1 + discount); no periods: v ÷ (1 − q); n periods:
 *    v × (1 − q^n) ÷ (1 − q), or v × n when q = 1 (what `ltvFromRetention` computes, to 15 digits).
 */
export * from './assumptions';
export { bonusFund, type FundInput, monthInput, scenarioFigures } from './bonus-fund';
export { customersBlock } from './customers';
export { BUDGET_ROW_ORDER, budgetRows, monthly, type RowValues, receiptsByMonth, termShares } from './rows';
export { monthSalary, type SalaryMonth, salariesByMonth } from './salaries';
export { budgetSnapshot, defaultCarry, departmentSeries, leadsOf, planAvgCheck } from './snapshot';
export type * from './types';
export { yearOverYear } from './yoy';

/** The whole budget: the snapshot the engine and the Team tab give, then every row from it. */
export function budgetYear(input: BudgetInput): BudgetYear {
  const snapshot = budgetSnapshot(input);
  return budgetFromSnapshot(snapshot, input.assumptions, input.history ?? []);
}

/**
 * The rows from a snapshot and the assumptions: what the tab's formulas give for those assumption cells
 * (a scenario whose attainment changed since the snapshot keeps the fund it was computed with). The
 * assumptions must have passed `checkAssumptions`.
 */
export function budgetFromSnapshot(
  snapshot: BudgetSnapshot,
  a: BudgetAssumptions,
  history: readonly HistoryYear[],
): BudgetYear {
  const problems = checkAssumptions(a, snapshot.avgCheck !== null);
  if (problems.length)
    throw new Error(`budget: assumptions not checked (${problems[0].code} at ${problems[0].field})`);
  const carry = a.carry ?? snapshot.carry;
  const values = { salaries: snapshot.salaries, leads: snapshot.leads, carry };
  const rows = budgetRows(snapshot.revenue, { ...values, bonusFund: snapshot.bonusFund.months }, a);
  const scenarios = a.scenarios.map((attainment, i) => ({
    attainment,
    rows: budgetRows(
      snapshot.revenue.map((r) => r * attainment),
      { ...values, bonusFund: snapshot.scenarioFunds[i]?.months ?? monthly(0) },
      a,
    ),
  }));
  const out: BudgetYear = {
    year: snapshot.year,
    rows,
    scenarios,
    yoy: history.map((h) => yearOverYear(snapshot.revenue, h)),
    snapshot,
  };
  if (a.customers) out.customers = customersBlock(a.customers, customerDefaults(snapshot, rows));
  return out;
}

function customerDefaults(snapshot: BudgetSnapshot, rows: BudgetRows) {
  const margin = rows.revenue.total === 0 ? 0 : rows.grossProfit.total / rows.revenue.total;
  return { deals: snapshot.deals, avgCheck: snapshot.avgCheck, margin };
}
