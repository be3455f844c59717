import type { Calendar } from './calendar';
import { type Day, firstOfMonth, lastOfMonth } from './dates';
import { DomainError, msgRef } from './errors';
import { type Bottleneck, type Conversions, teamFunnel } from './funnel';
import type { Light, OwnPace } from './own-days';
import {
  completion,
  deviation,
  deviationPct,
  forecastAccuracy,
  type PlanFact,
  sumPlanFact,
} from './planfact';
import {
  type OwnDays,
  type PaceMonth,
  paceLight,
  personPace,
  type Thresholds,
  teamPace,
} from './report-pace';

/**
 * The monthly report for owners, as plain data: headline figures, the managers' ranking, the funnel
 * with its bottleneck, the bonus fund, and the series the charts are drawn from. The sheets layer
 * writes it as values (a snapshot); nothing here reads a sheet or the clock.
 *
 * Figures are not rounded here: the tab formats them. Ratios come from sums (see planfact.ts).
 *
 * Figures to date (plan to date, forecast, needed per day, the light) are on each person's own working days
 * as of `asOf`, by the rules of own-days.ts, so they equal the month tab's; the department is the sum of its
 * people. Once the month is over every day is closed: plan to date = plan, forecast = fact.
 */

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

export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const { year, month, calendar } = input;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError('report.badMonth', { year: String(year), month: String(month) });
  }
  const from = firstOfMonth(year, month);
  const to = lastOfMonth(year, month);
  checkManagers(input.managers);
  for (const m of input.previous ?? []) {
    for (const metric of Object.keys(m.metrics)) {
      const { plan, fact } = m.metrics[metric];
      if (!isNonNegative(plan) || typeof fact !== 'number' || !Number.isFinite(fact)) {
        throw new DomainError('report.badPrevious', { id: m.id, metric });
      }
    }
  }

  const metrics = input.metrics ? input.metrics.slice() : metricsOf(input.managers);
  if (metrics.length === 0) throw new DomainError('report.noMetrics');
  const mainMetric = input.mainMetric ?? metrics[0];
  if (!metrics.includes(mainMetric)) {
    throw new DomainError('report.unknownMetric', { metric: mainMetric, metrics: metrics.join(', ') });
  }

  const pm: PaceMonth = { cal: calendar, from, to, asOf: input.asOf ?? input.generatedOn };
  const paces = (metric: string) =>
    input.managers.map((m) => personPace(paceSubject(m, metric, mainMetric), pm));
  const headlines = metrics.map((m) => {
    const pace = teamPace(paces(m), pm);
    return metricHeadline(m, input.managers, input.previous, pace, paceLight(pace, input.thresholds));
  });
  const headline = headlines[metrics.indexOf(mainMetric)];

  const bonusOf = input.bonus ? checkBonus(input.bonus, input.managers) : null;
  const mainPaces = paces(mainMetric);
  const ranking = rankManagers(
    input.managers.map((m, i) => ({
      id: m.id,
      name: m.name,
      ...metricOf(m, mainMetric),
      pace: mainPaces[i],
      light: paceLight(mainPaces[i], input.thresholds),
      bonus: bonusOf ? (bonusOf[m.id] ?? 0) : null,
    })),
  );

  const daily = dailyTotals(input.managers, mainMetric, calendar, from, to);
  const forecast = forecastCheck(input.forecast, input.managers, mainMetric, headline, daily, pm);
  const funnel = input.funnel ? reportFunnel(input.funnel, input.managers) : null;

  let bonus: BonusSummary | null = null;
  if (input.bonus && bonusOf) {
    const managersTotal = Object.keys(bonusOf).reduce((s, id) => s + bonusOf[id], 0);
    const head = input.bonus.head ?? 0;
    const fund = managersTotal + head;
    bonus = {
      managers: managersTotal,
      head,
      fund,
      shareOfRevenue: headline.fact === 0 ? null : fund / headline.fact,
    };
  }

  return {
    year,
    month,
    from,
    to,
    generatedOn: input.generatedOn,
    mainMetric,
    headline,
    metrics: headlines,
    forecast,
    ranking,
    funnel,
    bonus,
    charts: {
      planVsFact: input.managers.map((m) => ({ name: m.name, ...metricOf(m, mainMetric) })),
      cumulative: daily ? cumulative(from, daily.plan, daily.fact) : null,
      funnel: funnel ? funnel.stages.map((stage, i) => ({ stage, count: funnel.team.counts[i] })) : null,
    },
  };
}

/**
 * Managers ranked by completion to date (the month's completion once it is over; completion when the pace
 * is not known), best first, ties by fact (larger first); managers without a plan (to date) come last, by
 * fact. Equal on both → the same rank; the order among them is the input's.
 */
export function rankManagers<T extends { readonly id: string; readonly name: string } & PlanFact>(
  rows: readonly (T & {
    readonly bonus?: number | null;
    readonly pace?: OwnPace | null;
    readonly light?: Light | null;
  })[],
): RankingRow[] {
  const scored = rows.map((r, i) => ({ r, i, c: r.pace ? r.pace.completionToDate : completion(r) }));
  const cmp = (a: (typeof scored)[number], b: (typeof scored)[number]): number => {
    if (a.c === null && b.c !== null) return 1;
    if (b.c === null && a.c !== null) return -1;
    if (a.c !== null && b.c !== null && a.c !== b.c) return b.c - a.c;
    return b.r.fact - a.r.fact;
  };
  const sorted = scored.slice().sort((a, b) => cmp(a, b) || a.i - b.i);
  let rank = 0;
  return sorted.map((s, k) => {
    if (k === 0 || cmp(sorted[k - 1], s) !== 0) rank = k + 1;
    return {
      rank,
      id: s.r.id,
      name: s.r.name,
      plan: s.r.plan,
      fact: s.r.fact,
      completion: completion(s.r),
      pace: s.r.pace ?? null,
      light: s.r.light ?? null,
      bonus: s.r.bonus ?? null,
    };
  });
}

/** Running totals from day `from` on: [{ day, plan, fact }], one per element of the daily arrays. */
export function cumulative(
  from: Day,
  dailyPlan: readonly number[],
  dailyFact: readonly number[],
): { day: Day; plan: number; fact: number }[] {
  let plan = 0;
  let fact = 0;
  return dailyFact.map((f, i) => {
    plan += dailyPlan[i] ?? 0;
    fact += f;
    return { day: from + i, plan, fact };
  });
}

// ---------------------------------------------------------------------------------------------------

function checkManagers(managers: readonly ReportManagerInput[]): void {
  const seen = new Set<string>();
  for (const m of managers) {
    if (seen.has(m.id)) throw new DomainError('report.duplicateManager', { id: m.id, name: m.name });
    seen.add(m.id);
    for (const metric of Object.keys(m.metrics)) {
      const { plan, fact } = m.metrics[metric];
      if (!isNonNegative(plan)) {
        throw new DomainError('report.badPlan', { name: m.name, metric, value: String(plan) });
      }
      if (typeof fact !== 'number' || !Number.isFinite(fact)) {
        throw new DomainError('report.badFact', { name: m.name, metric, value: String(fact) });
      }
    }
  }
}

function isNonNegative(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function metricsOf(managers: readonly ReportManagerInput[]): string[] {
  const out: string[] = [];
  for (const m of managers) for (const k of Object.keys(m.metrics)) if (!out.includes(k)) out.push(k);
  return out;
}

function metricOf(m: Pick<ReportManagerInput, 'metrics'>, metric: string): PlanFact {
  const pf = m.metrics[metric];
  return pf ? { plan: pf.plan, fact: pf.fact } : { plan: 0, fact: 0 };
}

/** What the pace of a manager's metric is computed from. */
function paceSubject(m: ReportManagerInput, metric: string, mainMetric: string) {
  return {
    name: m.name,
    own: m.own,
    plan: metricOf(m, metric).plan,
    daily: m.facts?.[metric] ?? (metric === mainMetric ? m.daily?.fact : undefined),
  };
}

function metricHeadline(
  metric: string,
  managers: readonly ReportManagerInput[],
  previous: MonthlyReportInput['previous'],
  pace: OwnPace | null,
  light: Light | null,
): MetricHeadline {
  const now = sumPlanFact(managers.map((m) => metricOf(m, metric)));
  // No previous row with this metric: last month is unknown for it, not zero.
  const prev = previous?.some((m) => m.metrics[metric])
    ? sumPlanFact(previous.map((m) => metricOf(m, metric)))
    : null;
  const change = prev ? now.fact - prev.fact : null;
  return {
    metric,
    plan: now.plan,
    fact: now.fact,
    completion: completion(now),
    deviation: pace ? pace.factClosed - pace.planToDate : deviation(now),
    deviationPct: pace
      ? pace.planToDate > 0
        ? (pace.factClosed - pace.planToDate) / pace.planToDate
        : null
      : deviationPct(now),
    pace,
    light,
    previousPlan: prev ? prev.plan : null,
    previousFact: prev ? prev.fact : null,
    previousCompletion: prev ? completion(prev) : null,
    change,
    changePct: prev && change !== null && prev.fact !== 0 ? change / Math.abs(prev.fact) : null,
  };
}

function checkBonus(
  bonus: NonNullable<MonthlyReportInput['bonus']>,
  managers: readonly ReportManagerInput[],
): Record<string, number> {
  const ids = new Set(managers.map((m) => m.id));
  const out: Record<string, number> = {};
  for (const id of Object.keys(bonus.byManager)) {
    if (!ids.has(id))
      throw new DomainError('report.unknownManager', { id, part: msgRef('report.part.bonus') });
    const v = bonus.byManager[id];
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new DomainError('report.badBonus', { id, value: String(v) });
    out[id] = v;
  }
  if (bonus.head !== undefined && (typeof bonus.head !== 'number' || !Number.isFinite(bonus.head))) {
    throw new DomainError('report.badHeadBonus', { value: String(bonus.head) });
  }
  return out;
}

interface DailyTotals {
  plan: number[];
  fact: number[];
}

/**
 * Department day-by-day totals of the main metric, or null when no manager has daily figures (then
 * every manager must have them). A manager without a daily plan has the month's plan of the main
 * metric spread evenly over the calendar's working days (a chart line: not rounded).
 */
function dailyTotals(
  managers: readonly ReportManagerInput[],
  mainMetric: string,
  cal: Calendar,
  from: Day,
  to: Day,
): DailyTotals | null {
  if (!managers.some((m) => m.daily)) return null;
  const days = to - from + 1;
  const plan = new Array<number>(days).fill(0);
  const fact = new Array<number>(days).fill(0);
  const workdays: number[] = [];
  for (let d = from; d <= to; d++) if (cal.isWorkday(d)) workdays.push(d - from);
  for (const m of managers) {
    const daily = m.daily;
    if (!daily) throw new DomainError('report.dailyMissing', { name: m.name });
    checkDaily(daily.fact, days, m.name);
    daily.fact.forEach((v, i) => {
      fact[i] += v;
    });
    if (daily.plan) {
      checkDaily(daily.plan, days, m.name);
      daily.plan.forEach((v, i) => {
        plan[i] += v;
      });
    } else if (workdays.length > 0) {
      const perDay = metricOf(m, mainMetric).plan / workdays.length;
      for (const i of workdays) plan[i] += perDay;
    }
  }
  return { plan, fact };
}

function checkDaily(values: readonly number[], days: number, name: string): void {
  if (values.length !== days)
    throw new DomainError('report.dailyLength', { name, expected: days, actual: values.length });
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new DomainError('report.dailyNotFinite', { name, day: i + 1 });
  });
}

/** The forecast to check: a number given, or the department's run-rate on own days from the facts known then. */
function forecastCheck(
  spec: MonthlyReportInput['forecast'],
  managers: readonly ReportManagerInput[],
  mainMetric: string,
  headline: MetricHeadline,
  daily: DailyTotals | null,
  pm: PaceMonth,
): ForecastCheck | null {
  if (spec === undefined) return null;
  let forecast: number | null;
  let asOf: Day | null = null;
  if (typeof spec === 'number') {
    if (!Number.isFinite(spec)) throw new DomainError('report.badForecast', { value: String(spec) });
    forecast = spec;
  } else {
    if (!daily) throw new DomainError('report.forecastNeedsDaily');
    asOf = spec.asOf;
    // Only the facts typed by then count: the days from `asOf` on are zeroed as they were unknown.
    const then: PaceMonth = { ...pm, asOf };
    const people = managers.map((m) => {
      const s = paceSubject(m, mainMetric, mainMetric);
      const known = s.daily?.map((v, i) => (pm.from + i < then.asOf ? v : 0));
      return personPace({ ...s, daily: known }, then);
    });
    forecast = teamPace(people, then)?.forecast ?? null;
    if (forecast === null) return null;
  }
  return {
    forecast,
    asOf,
    result: headline.fact,
    miss: headline.fact - forecast,
    accuracy: forecastAccuracy(headline.fact, forecast),
  };
}

function reportFunnel(
  spec: NonNullable<MonthlyReportInput['funnel']>,
  managers: readonly ReportManagerInput[],
): ReportFunnel {
  const byId = new Map(managers.map((m) => [m.id, m]));
  const rows = spec.counts.map((row) => {
    const m = byId.get(row.id);
    if (!m)
      throw new DomainError('report.unknownManager', { id: row.id, part: msgRef('report.part.funnel') });
    if (row.counts.length !== spec.stages.length) {
      throw new DomainError('report.funnelStages', {
        name: m.name,
        expected: spec.stages.length,
        actual: row.counts.length,
      });
    }
    return { id: row.id, name: m.name, counts: row.counts };
  });
  if (rows.length === 0) throw new DomainError('report.funnelEmpty');
  const r = teamFunnel(
    rows.map((x) => x.counts),
    spec.benchmark,
  );
  const named = (b: Bottleneck | null): ReportBottleneck | null =>
    b ? { ...b, stageName: spec.stages[b.stage] } : null;
  return {
    stages: spec.stages.slice(),
    benchmark: r.benchmark,
    team: {
      counts: r.team.counts,
      conversions: r.team.conversions,
      overall: r.team.overall,
      bottleneck: named(r.team.bottleneck),
    },
    managers: rows.map((x, i) => ({
      id: x.id,
      name: x.name,
      counts: r.managers[i].counts,
      conversions: r.managers[i].conversions,
      overall: r.managers[i].overall,
      bottleneck: named(r.managers[i].bottleneck),
    })),
  };
}
