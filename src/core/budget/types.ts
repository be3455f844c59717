import type { PayrollPerson, Scheme } from '../bonus';
import type { Absence, Calendar } from '../calendar';
import type { PlanDecomposition } from '../plan-types';

/** The Budget's plain data: what the finance person assumes, what the budget reads, what it gives. */

/** One value for the whole year, or twelve (January first). */
export type PerMonth = number | readonly number[];

/**
 * When revenue is paid, as shares of a month's revenue (fractions: 30 % → 0.3). Their sum is at most 1; the
 * rest is never paid (bad debt).
 */
export interface PaymentTerms {
  /** Paid the month before (an advance). */
  advance: number;
  sameMonth: number;
  plus1: number;
  plus2: number;
  plus3: number;
}

/** The customers block: the base that buys again, and what a customer is worth over their life. */
export interface CustomerAssumptions {
  /** New customers per month (12); default the plan's deals per month (the funnel's bottom). */
  newCustomers?: readonly number[];
  /** Customers already buying at the start of the year (December's active base); default 0. */
  existingCustomers?: number;
  /** Monthly retention: the share of last month's customers still buying this month. */
  retention: number;
  /** Purchases per retained customer per month (the repeat purchase rate). */
  purchasesPerMonth: number;
  /** Average check of a repeat purchase; default the plan's average check (its yearly mean). */
  avgCheck?: number;
  /** Margin on a purchase for the LTV; default the budget's gross margin for the year. */
  margin?: number;
  /** Monthly discount rate for the LTV; default 0. */
  discount?: number;
  /** Months counted in the LTV; omitted: the infinite sum (needs retention ÷ (1 + discount) < 1). */
  periods?: number;
}

/** Revenue of last year that is paid this year, and of next January that is paid in advance this December. */
export interface CarryOver {
  /** Last year's October, November and December revenue. */
  lastQuarter: readonly [number, number, number];
  /** Next year's January revenue (its advance lands in this December). */
  nextJanuary: number;
}

/** The assumptions block of the tab: every value the finance person edits. */
export interface BudgetAssumptions {
  /** Share of revenue from repeat customers (the rest is from new ones). */
  repeatShare: PerMonth;
  terms: PaymentTerms;
  /** Gross margin as a share of revenue. */
  grossMargin: PerMonth;
  /** Cost of sale (commissions to partners, acquiring, delivery…) as a share of revenue. */
  costOfSale: PerMonth;
  /** Money per lead. */
  costPerLead: PerMonth;
  /** Attainment of each scenario (1 = the plan); default 80 / 100 / 120 %. */
  scenarios: readonly number[];
  /** Omitted: last year's quarter from the Plan tab's history, or the plan's own months (see `defaultCarry`). */
  carry?: CarryOver;
  customers?: CustomerAssumptions;
}

/** A history column of the Plan tab: its year (null when the header is not a year) and its twelve months. */
export interface HistoryYear {
  year: number | null;
  months: readonly (number | null)[];
}

/** Everything the budget is computed from (read by the sheets layer from the settings tabs). */
export interface BudgetInput {
  /** The decomposed plan: all twelve months. */
  plan: PlanDecomposition;
  assumptions: BudgetAssumptions;
  /** The Plan tab's history columns, oldest first. */
  history?: readonly HistoryYear[];
  /** The Team tab's people (managers and heads). */
  team: readonly PayrollPerson[];
  /** The Motivation tab's schemes: the versions of each by id. */
  schemes: ReadonlyMap<string, readonly Scheme[]>;
  calendar: Pick<Calendar, 'isWorkday'>;
  /** Absences by person id (the bonus engine's own days of the head). */
  absences?: ReadonlyMap<string, readonly Absence[]>;
  /** The Plan tab's "salary for the days worked" (on by default in RU practice). */
  prorateSalary: boolean;
  /** The funnel stage whose count is bought (default: the top stage of the plan's funnel). */
  leadMetric?: string;
}

/** One row of the tab: a value per month and the year's total. */
export interface Row {
  months: number[];
  total: number;
}

/** Why a person's bonus in a month could not be computed (the engine's exception code, and its cause). */
export interface FundException {
  month: number;
  personId: string;
  name: string;
  code: string;
  cause?: string;
}

/** A scenario's bonus fund as the engine computed it: Σ the variable pay of everyone paid, by month. */
export interface BonusFund {
  attainment: number;
  months: number[];
  total: number;
  exceptions: FundException[];
}

/**
 * What no formula can compute, written as values (a snapshot refreshed by the menu action): salaries from
 * the Team tab, the bonus fund of the plan and of each scenario from the engine, leads from the funnel.
 */
export interface BudgetSnapshot {
  year: number;
  revenue: number[];
  salaries: number[];
  /** At the plan (attainment 1). */
  bonusFund: BonusFund;
  /** One per scenario, in the assumptions' order. */
  scenarioFunds: BonusFund[];
  leads: number[];
  /** The funnel stage `leads` counts; null without a funnel (no leads, no lead budget). */
  leadMetric: string | null;
  carry: CarryOver;
  /** Where the carry-over came from: given, the history's column of last year, or the plan's own months. */
  carrySource: 'given' | 'history' | 'planProxy';
  /** The deals per month (the customers block's default new customers). */
  deals: number[] | null;
  /** The plan's average check for the year (the customers block's default), null without a funnel. */
  avgCheck: number | null;
}

/** The rows computed from revenue, the snapshot and the assumptions: each is one native formula per month. */
export interface BudgetRows {
  revenue: Row;
  newRevenue: Row;
  repeatRevenue: Row;
  receipts: Row;
  grossProfit: Row;
  salaries: Row;
  bonusFund: Row;
  costOfSale: Row;
  payroll: Row;
  leads: Row;
  leadBudget: Row;
  contribution: Row;
}

export interface ScenarioBudget {
  attainment: number;
  rows: BudgetRows;
}

/** The plan against one history year, by month and in total (only the months the history has). */
export interface YearOverYear {
  year: number | null;
  /** History per month (null where blank). */
  history: (number | null)[];
  /** Plan − history, null where the history is blank. */
  change: (number | null)[];
  /** Plan ÷ history − 1, null where the history is blank or 0. */
  growth: (number | null)[];
  /** Σ over the months the history has: the plan's, the history's, and the growth (null when history is 0). */
  total: { plan: number; history: number; change: number; growth: number | null; months: number };
}

export interface CustomersBlock {
  newCustomers: number[];
  /** Customers of earlier months (and the starting base) still buying in the month. */
  base: number[];
  /** base × purchases per month × average check. */
  revenueFromBase: Row;
  ltv: number;
}

export interface BudgetYear {
  year: number;
  /** At the plan. */
  rows: BudgetRows;
  scenarios: ScenarioBudget[];
  yoy: YearOverYear[];
  customers?: CustomersBlock;
  snapshot: BudgetSnapshot;
}
