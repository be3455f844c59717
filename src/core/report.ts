import { type Day, firstOfMonth, lastOfMonth } from './dates';
import { DomainError } from './errors';
import { type Light, type OwnPace, paceLight } from './own-days';
import {
  completion,
  deviation,
  deviationPct,
  forecastAccuracy,
  type PlanFact,
  sumPlanFact,
} from './planfact';
import { ratioOf } from './ratios';
import {
  checkBonus,
  checkDays,
  checkManagers,
  checkMonth,
  checkPrevious,
  reportMetrics,
} from './report-checks';
import { reportFunnel } from './report-funnel';
import { type PaceMonth, personPace, teamPace } from './report-pace';
import type {
  BonusSummary,
  ForecastCheck,
  MetricHeadline,
  MonthlyReport,
  MonthlyReportInput,
  RankingRow,
  ReportFunnel,
  ReportManagerInput,
} from './report-types';

export type * from './report-types';

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
 *
 * The input is checked in report-checks.ts, the funnel built in report-funnel.ts, the paces in report-pace.ts.
 */
export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const { year, month } = input;
  checkMonth(year, month);
  const from = firstOfMonth(year, month);
  const to = lastOfMonth(year, month);
  checkManagers(input.managers);
  checkPrevious(input.previous);
  const { metrics, mainMetric } = reportMetrics(input);
  const pm: PaceMonth = { cal: input.calendar, from, to, asOf: input.asOf ?? input.generatedOn };
  const paces = new Map(metrics.map((m) => [m, managerPaces(input.managers, m, mainMetric, pm)]));
  const headlines = metrics.map((m) => {
    const pace = teamPace(paces.get(m)!, pm);
    return metricHeadline(m, input.managers, input.previous, pace, paceLight(pace, input.thresholds));
  });
  const headline = headlines[metrics.indexOf(mainMetric)];
  const bonusOf = input.bonus ? checkBonus(input.bonus, input.managers) : null;
  const ranking = rankManagers(rankingRows(input, mainMetric, paces.get(mainMetric)!, bonusOf));
  const daily = dailyTotals(input.managers, mainMetric, pm);
  const forecast = forecastCheck(input.forecast, input.managers, mainMetric, headline, daily, pm);
  const funnel = input.funnel ? reportFunnel(input.funnel, input.managers) : null;
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
    bonus: input.bonus && bonusOf ? bonusSummary(bonusOf, input.bonus.head, headline) : null,
    charts: charts(input.managers, mainMetric, from, daily, funnel),
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

/** Each manager's pace of a metric on their own days (null where the daily facts are not given). */
function managerPaces(
  managers: readonly ReportManagerInput[],
  metric: string,
  mainMetric: string,
  pm: PaceMonth,
): (OwnPace | null)[] {
  return managers.map((m) => personPace(paceSubject(m, metric, mainMetric), pm));
}

/** The ranking's rows before ranking: the main metric, its pace and light, the bonus when given. */
function rankingRows(
  input: MonthlyReportInput,
  mainMetric: string,
  paces: readonly (OwnPace | null)[],
  bonusOf: Readonly<Record<string, number>> | null,
) {
  return input.managers.map((m, i) => ({
    id: m.id,
    name: m.name,
    ...metricOf(m, mainMetric),
    pace: paces[i],
    light: paceLight(paces[i], input.thresholds),
    bonus: bonusOf ? (bonusOf[m.id] ?? 0) : null,
  }));
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
    deviationPct: pace ? ratioOf(pace.factClosed - pace.planToDate, pace.planToDate) : deviationPct(now),
    pace,
    light,
    previousPlan: prev ? prev.plan : null,
    previousFact: prev ? prev.fact : null,
    previousCompletion: prev ? completion(prev) : null,
    change,
    changePct: prev && change !== null && prev.fact !== 0 ? change / Math.abs(prev.fact) : null,
  };
}

function bonusSummary(
  bonusOf: Readonly<Record<string, number>>,
  head: number | undefined,
  headline: MetricHeadline,
): BonusSummary {
  const managers = Object.keys(bonusOf).reduce((s, id) => s + bonusOf[id], 0);
  const fund = managers + (head ?? 0);
  return {
    managers,
    head: head ?? 0,
    fund,
    shareOfRevenue: headline.fact === 0 ? null : fund / headline.fact,
  };
}

function charts(
  managers: readonly ReportManagerInput[],
  mainMetric: string,
  from: Day,
  daily: DailyTotals | null,
  funnel: ReportFunnel | null,
): MonthlyReport['charts'] {
  return {
    planVsFact: managers.map((m) => ({ name: m.name, ...metricOf(m, mainMetric) })),
    cumulative: daily ? cumulative(from, daily.plan, daily.fact) : null,
    funnel: funnel ? funnel.stages.map((stage, i) => ({ stage, count: funnel.team.counts[i] })) : null,
  };
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
  { cal, from, to }: PaceMonth,
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
    checkDays(daily.fact, days, m.name);
    daily.fact.forEach((v, i) => {
      fact[i] += v;
    });
    if (daily.plan) {
      checkDays(daily.plan, days, m.name);
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
