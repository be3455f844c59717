import type { Calendar } from './calendar';
import type { Day } from './dates';
import type { Bottleneck, Conversions } from './funnel';
import type { Light, OwnDays, OwnPace, Thresholds } from './own-days';
import type { PlanFact } from './planfact';

/** The input and result of `buildMonthlyReport` (see report.ts for the rules). */

export interface ReportManagerInput {
  /** Stable id (the Team tab's hidden id). */
  readonly id: string;
  readonly name: string;
  /** Plan and fact per metric ("revenue", "deals", …); a metric a manager lacks counts as 0 / 0. */
  readonly metrics: Readonly<Record<string, PlanFact>>;
  /**
   * Day-by-day figures of the main metric, index 0 = the 1st of the month. Facts are needed for the
   * cumulative chart and a computed forecast; a missing daily plan is spread evenly over working days.
   */
  readonly daily?: { readonly plan?: readonly number[]; readonly fact: readonly number[] };
  /** Own working days over the month (index 0 = the 1st); default: the calendar's, each weighing 1. */
  readonly own?: OwnDays;
  /** Day-by-day facts per metric (index 0 = the 1st); the main metric's default to `daily.fact`. */
  readonly facts?: Readonly<Record<string, readonly number[]>>;
}

export interface MonthlyReportInput {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly calendar: Calendar;
  /** The day the report is generated (shown on the tab). */
  readonly generatedOn: Day;
  /** The day the figures to date are as of (the days before it are closed); default `generatedOn`. */
  readonly asOf?: Day;
  /** The Plan tab's light thresholds; without them no light is given. */
  readonly thresholds?: Thresholds;
  readonly managers: readonly ReportManagerInput[];
  /** Metrics in display order; default: the metrics of the managers in order of first appearance. */
  readonly metrics?: readonly string[];
  /** The metric of the headline, the ranking and the charts; default: the first metric. */
  readonly mainMetric?: string;
  /** Last month's per-manager figures (managers who have left included); summed for the change. */
  readonly previous?: readonly Pick<ReportManagerInput, 'id' | 'metrics'>[];
  /**
   * The forecast to compare with the result, for the main metric: a number given (e.g. the one
   * announced mid-month), or the run-rate forecast recomputed as of a day from the daily facts.
   */
  readonly forecast?: number | { readonly asOf: Day };
  readonly funnel?: {
    /** Stage names, top first. */
    readonly stages: readonly string[];
    /** Counts per manager id (managers without a row are left out of the funnel). */
    readonly counts: readonly { readonly id: string; readonly counts: readonly number[] }[];
    /** Benchmark conversions (see funnel.ts); default: the team's own conversions. */
    readonly benchmark?: readonly (number | null)[];
  };
  readonly bonus?: {
    /** Each manager's total bonus for the month, by id (missing = 0). */
    readonly byManager: Readonly<Record<string, number>>;
    /** The head of sales' own bonus. */
    readonly head?: number;
  };
}

export interface MetricHeadline {
  readonly metric: string;
  readonly plan: number;
  readonly fact: number;
  readonly completion: number | null;
  /**
   * Against the plan to date when the pace is known (fact of the closed days − plan to date; once the
   * month is over that is fact − plan), else against the month's plan.
   */
  readonly deviation: number;
  readonly deviationPct: number | null;
  /** The department on its people's own days; null when some manager's daily facts are missing. */
  readonly pace: OwnPace | null;
  readonly light: Light | null;
  /** Last month's figures; null when not given for this metric. */
  readonly previousPlan: number | null;
  readonly previousFact: number | null;
  readonly previousCompletion: number | null;
  /** fact − last month's fact; and that ÷ last month's fact (null when it was 0). */
  readonly change: number | null;
  readonly changePct: number | null;
}

export interface ForecastCheck {
  readonly forecast: number;
  /** Run-rate forecasts: the day it was made as of; null for a forecast given as a number. */
  readonly asOf: Day | null;
  readonly result: number;
  /** result − forecast */
  readonly miss: number;
  readonly accuracy: number;
}

export interface RankingRow {
  /** 1 = best; managers equal on completion and fact share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  readonly plan: number;
  readonly fact: number;
  readonly completion: number | null;
  /** On the person's own days; null without daily facts. */
  readonly pace: OwnPace | null;
  /** forecast ÷ plan against the thresholds: the light the month tab shows for the person. */
  readonly light: Light | null;
  readonly bonus: number | null;
}

export interface ReportBottleneck extends Bottleneck {
  readonly stageName: string;
}

export interface ReportFunnel {
  readonly stages: readonly string[];
  readonly benchmark: Conversions;
  readonly team: {
    readonly counts: readonly number[];
    readonly conversions: Conversions;
    readonly overall: number | null;
    readonly bottleneck: ReportBottleneck | null;
  };
  readonly managers: readonly {
    readonly id: string;
    readonly name: string;
    readonly counts: readonly number[];
    readonly conversions: Conversions;
    readonly overall: number | null;
    readonly bottleneck: ReportBottleneck | null;
  }[];
}

export interface BonusSummary {
  readonly managers: number;
  readonly head: number;
  /** managers + head */
  readonly fund: number;
  /** fund ÷ the main metric's fact (the revenue); null when the fact is 0. */
  readonly shareOfRevenue: number | null;
}

export interface MonthlyReport {
  readonly year: number;
  readonly month: number;
  readonly from: Day;
  readonly to: Day;
  readonly generatedOn: Day;
  readonly mainMetric: string;
  readonly headline: MetricHeadline;
  readonly metrics: readonly MetricHeadline[];
  readonly forecast: ForecastCheck | null;
  readonly ranking: readonly RankingRow[];
  readonly funnel: ReportFunnel | null;
  readonly bonus: BonusSummary | null;
  readonly charts: {
    readonly planVsFact: readonly { readonly name: string; readonly plan: number; readonly fact: number }[];
    /** Running totals of the department by day; null when no daily facts were given. */
    readonly cumulative:
      | readonly { readonly day: Day; readonly plan: number; readonly fact: number }[]
      | null;
    readonly funnel: readonly { readonly stage: string; readonly count: number }[] | null;
  };
}
