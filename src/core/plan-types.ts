import type { Calendar } from './calendar';
import type { Day } from './dates';
import type { ErrorParams } from './errors';
import type { SeasonalityMode } from './seasonality';
import type { GapPolicy, TeamMember, TeamSplit } from './team';
import type { DayWeights, WeekSlice } from './workdays';

/** The input and result of `decomposePlan` (see `decompose.ts` for the rules). */
export type PlanAmount = { yearly: number } | { monthly: readonly number[] };

export interface FunnelPlan {
  /** Average check for the year, or 12 monthly values. */
  avgCheck: number | readonly number[];
  /** Stages above deals, top of the funnel first; `conversion` is the share reaching the next stage. */
  stages?: readonly { metric: string; conversion: number }[];
}

export interface PlanInput {
  year: number;
  calendar: Calendar;
  revenue: PlanAmount;
  /** How yearly figures are split over months; default equal. */
  seasonality?: SeasonalityMode;
  /** Derives 'deals' and the funnel stages from revenue. */
  funnel?: FunnelPlan;
  /** Metrics planned directly, by id (e.g. receipts, calls). */
  metrics?: Readonly<Record<string, PlanAmount>>;
  /** Rounding step per metric id; default 1. */
  steps?: Readonly<Record<string, number>>;
  team: readonly TeamMember[];
  /** Default 'equal'. */
  teamSplit?: TeamSplit;
  grades?: Readonly<Record<string, number>>;
  ramp?: readonly number[];
  /** Default 'redistribute'. */
  gapPolicy?: GapPolicy;
  dayWeights?: DayWeights;
}

export type MetricValues = Record<string, number>;
export type MetricSeries = Record<string, number[]>;

export interface MetricInfo {
  id: string;
  source: 'direct' | 'derived';
  step: number;
}

export interface ManagerMonthPlan {
  id: string;
  /** Working days the manager works this month. */
  workdays: number;
  ramp: number;
  /** Effective capacity (base × ramp × availability). */
  capacity: number;
  plan: MetricValues;
  /** Aligned with the month's `weeks`. */
  byWeek: MetricSeries;
  /** Aligned with the month's `workdays`; 0 on days the manager does not work. */
  byDay: MetricSeries;
  /** Aligned with the month's `workdays`: 1 on the manager's own working days (not absent, employed). */
  present: number[];
  /** Aligned with the month's `workdays`: the plan weight of each own working day (0 on the others). */
  weights: number[];
}

export interface MonthPlan {
  month: number;
  start: Day;
  end: Day;
  workdays: Day[];
  /** The month's slices of ISO weeks holding a working day of the month (see `weeks.ts` for whole weeks). */
  weeks: WeekSlice[];
  avgCheck?: number;
  /** The department's plan for the month (= Σ managers + gap). */
  department: MetricValues;
  /** What no manager carries (always 0 under 'redistribute' unless nobody can work that month). */
  gap: MetricValues;
  /** Σ managers per week and per working day. */
  departmentByWeek: MetricSeries;
  departmentByDay: MetricSeries;
  managers: ManagerMonthPlan[];
}

export interface PlanWarning {
  code: string;
  params: ErrorParams;
}

export interface PlanDecomposition {
  year: number;
  metrics: MetricInfo[];
  managers: { id: string; name: string }[];
  /** The months decomposed, in order: all twelve, or those a month action asked for (find one by `month`). */
  months: MonthPlan[];
  /** Totals over `months` (the year's when all twelve): department, gap, and per manager (aligned with `managers`). */
  totals: { department: MetricValues; gap: MetricValues; managers: MetricValues[] };
  warnings: PlanWarning[];
}
