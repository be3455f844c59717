import { spreadReceipts } from '../finance/receipts';
import { MONTHS } from '../seasonality';
import type { BudgetAssumptions, BudgetRows, CarryOver, PaymentTerms, PerMonth, Row } from './types';

/**
 * The rows the tab computes with native formulas, computed here the same way (the same operations in the
 * same order, no rounding), so the tab's evaluated cells equal these numbers to the last bit or nearly.
 */

/** The rows in the tab's order (block 3 of the description in index.ts). */
export const BUDGET_ROW_ORDER: readonly (keyof BudgetRows)[] = [
  'revenue',
  'newRevenue',
  'repeatRevenue',
  'receipts',
  'grossProfit',
  'salaries',
  'bonusFund',
  'costOfSale',
  'payroll',
  'leads',
  'leadBudget',
  'contribution',
];

/** What the rows take besides revenue and the assumptions: the snapshot's values. */
export interface RowValues {
  salaries: readonly number[];
  bonusFund: readonly number[];
  leads: readonly number[];
  carry: CarryOver;
}

export function budgetRows(revenue: readonly number[], values: RowValues, a: BudgetAssumptions): BudgetRows {
  const repeatRevenue = times(revenue, monthly(a.repeatShare));
  const newRevenue = revenue.map((r, i) => r - repeatRevenue[i]);
  const grossProfit = times(revenue, monthly(a.grossMargin));
  const costOfSale = times(revenue, monthly(a.costOfSale));
  const payroll = revenue.map((_, i) => values.salaries[i] + values.bonusFund[i] + costOfSale[i]);
  const leadBudget = times(values.leads, monthly(a.costPerLead));
  const contribution = revenue.map((_, i) => grossProfit[i] - payroll[i] - leadBudget[i]);
  return {
    revenue: row(revenue),
    newRevenue: row(newRevenue),
    repeatRevenue: row(repeatRevenue),
    receipts: row(receiptsByMonth(revenue, a.terms, values.carry)),
    grossProfit: row(grossProfit),
    salaries: row(values.salaries),
    bonusFund: row(values.bonusFund),
    costOfSale: row(costOfSale),
    payroll: row(payroll),
    leads: row(values.leads),
    leadBudget: row(leadBudget),
    contribution: row(contribution),
  };
}

/**
 * Receipts per month by the payment terms, the carry-over included: last year's October–December revenue
 * pays into January–March (+1, +2, +3), next January's advance into December. The terms as one list from
 * the earliest payment: advance (−1), same month, +1, +2, +3.
 */
export function receiptsByMonth(revenue: readonly number[], terms: PaymentTerms, carry: CarryOver): number[] {
  const series = [...carry.lastQuarter, ...revenue, carry.nextJanuary];
  const received = spreadReceipts(series, termShares(terms), -1);
  return received.slice(carry.lastQuarter.length, carry.lastQuarter.length + revenue.length);
}

export function termShares(t: PaymentTerms): number[] {
  return [t.advance, t.sameMonth, t.plus1, t.plus2, t.plus3];
}

/** A per-month assumption as twelve values. */
export function monthly(v: PerMonth): number[] {
  return typeof v === 'number' ? new Array<number>(MONTHS).fill(v) : [...v];
}

function times(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x * b[i]);
}

/** The months and their sum, left to right as SUM adds them. */
export function row(months: readonly number[]): Row {
  return { months: [...months], total: months.reduce((s, x) => s + x, 0) };
}
