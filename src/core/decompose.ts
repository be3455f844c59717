import { cleanDecimals, snapInteger, splitExact, stepDecimals } from './allocate';
import type { Calendar } from './calendar';
import { DomainError } from './errors';
import type {
  ManagerMonthPlan,
  MetricInfo,
  MetricSeries,
  MetricValues,
  MonthPlan,
  PlanAmount,
  PlanDecomposition,
  PlanInput,
  PlanWarning,
} from './plan-types';
import { checkConversions, reverseFunnelSteps } from './reverse-funnel';
import { MONTHS, type SeasonalityMode, splitYear } from './seasonality';
import {
  baseWeights,
  checkRamp,
  DEFAULT_RAMP,
  type GapPolicy,
  type MemberMonth,
  memberMonth,
  splitWeights,
  type TeamMember,
} from './team';
import { checkDayWeights, dayWeight, type MonthLayout, monthLayout, spreadMonth } from './workdays';

/**
 * The whole plan: year → months → (managers) → weeks → working days, for every planned metric.
 *
 * Metrics. Revenue is always planned. Others are either planned directly (`metrics`: receipts, calls…,
 * each a yearly figure split over the months like revenue, or 12 monthly figures), or derived from revenue
 * through `funnel`: deals = ⌈month revenue ÷ average check⌉, then each stage above ⌈stage below ÷
 * conversion⌉. Derived counts are computed once per month for the department and then split among the
 * managers like every other metric — computing them per manager would round up once per manager and the
 * managers would no longer add up to the department. The average check is a ratio, not an amount: it is
 * reported per month, not split.
 *
 * Every additive metric of a month is split among managers (and the uncovered gap) by the same weights
 * (see `team.ts`), each manager's part over their own working days (see `workdays.ts`), so for every
 * manager and metric: days add up to weeks, weeks to the month, months to the year; and managers plus gap
 * add up to the department, exactly. A month's weeks are its slices of ISO weeks with a working day; a week
 * crossing a month end is a slice in each month, put back together for the meeting by `weeks.ts`.
 */
export type * from './plan-types';

const RESERVED = ['revenue', 'deals', 'avgCheck'];

/**
 * `months` (1–12): decompose only these — a month's tab, its morning or its report needs one month, and
 * each month is computed alone from the year's monthly figures, so it comes out the same as in the whole
 * plan (a test holds it). Without it, all twelve.
 */
export function decomposePlan(input: PlanInput, months: readonly number[] = ALL_MONTHS): PlanDecomposition {
  const { year, calendar: cal } = input;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new DomainError('decompose.yearBad', { value: String(year) });
  }
  const rules = planRules(input);
  const metrics = planMetrics(input);
  const monthly = monthlyFigures(input, metrics, rules.seasonality);
  const warnings = calendarWarnings(cal, year);
  const plans = wantedMonths(months).map((m) => monthPlan(input, rules, metrics, monthly, m, warnings));
  const totals = yearTotals(plans, metrics, rules.members.length);
  warnings.push(...gapWarnings(plans, metrics, totals));
  return {
    year,
    metrics,
    managers: rules.members.map((p) => ({ id: p.id, name: p.name })),
    months: plans,
    totals,
    warnings,
  };
}

const ALL_MONTHS = Array.from({ length: MONTHS }, (_, i) => i + 1);

/** The months asked for, each once and in order; a month outside 1–12 is a bug of the caller. */
function wantedMonths(months: readonly number[]): number[] {
  const wanted = [...new Set(months)].sort((a, b) => a - b);
  if (wanted.some((m) => !Number.isInteger(m) || m < 1 || m > MONTHS))
    throw new Error(`decomposePlan: months ${months.join(', ')} are not 1–12`);
  return wanted;
}

/** The input's rules with their defaults, checked; the active members and their base weights. */
interface PlanRules {
  seasonality: SeasonalityMode;
  ramp: readonly number[];
  gapPolicy: GapPolicy;
  dayWeights: ReturnType<typeof checkDayWeights>;
  members: TeamMember[];
  base: number[];
}

function planRules(input: PlanInput): PlanRules {
  const seasonality: SeasonalityMode = input.seasonality || { kind: 'equal' };
  const ramp = input.ramp || DEFAULT_RAMP;
  checkRamp(ramp);
  const gapPolicy = input.gapPolicy || 'redistribute';
  if (gapPolicy !== 'redistribute' && gapPolicy !== 'showGap') {
    throw new DomainError('decompose.gapPolicyBad', { value: String(gapPolicy) });
  }
  const dayWeights = checkDayWeights(input.dayWeights);
  const { members, base } = baseWeights(input.team, {
    split: input.teamSplit || 'equal',
    grades: input.grades,
    ramp,
  });
  return { seasonality, ramp, gapPolicy, dayWeights, members, base };
}

function calendarWarnings(cal: Calendar, year: number): PlanWarning[] {
  if (!cal.covers(year)) return [{ code: 'decompose.warn.calendarUncovered', params: { year } }];
  if (cal.isProvisional(year)) return [{ code: 'decompose.warn.calendarProvisional', params: { year } }];
  return [];
}

/** One month: the department's figures split among the managers (and the gap), each over their own days. */
function monthPlan(
  input: PlanInput,
  rules: PlanRules,
  metrics: readonly MetricInfo[],
  monthly: MonthlyFigures,
  m: number,
  warnings: PlanWarning[],
): MonthPlan {
  const cal = input.calendar;
  const layout = monthLayout(cal, input.year, m);
  const weights = layout.workdays.map((d) => dayWeight(cal, d, rules.dayWeights));
  const department: MetricValues = {};
  for (const metric of metrics) department[metric.id] = monthly.values[metric.id][m - 1];
  const hasPlan = metrics.some((x) => department[x.id] !== 0);
  if (hasPlan && weights.every((w) => w === 0))
    throw new DomainError('decompose.monthNoWorkdays', { month: m });
  const people = rules.members.map((p, i) =>
    memberMonth(p, rules.base[i], layout.start, layout.workdays, weights, rules.ramp),
  );
  const capacities = people.map((p) => p.capacity);
  if (hasPlan && capacities.every((c) => c === 0)) {
    warnings.push({ code: 'decompose.warn.nobodyAvailable', params: { month: m } });
  }
  const split = splitWeights(rules.base, capacities, rules.gapPolicy);
  const plans = people.map((p, i) => managerMonth(rules.members[i].id, p, weights));
  const spread = spreadMetrics(metrics, department, split, layout, plans);
  return {
    month: m,
    start: layout.start,
    end: layout.end,
    workdays: layout.workdays,
    weeks: layout.weeks,
    ...(monthly.avgCheck ? { avgCheck: monthly.avgCheck[m - 1] } : {}),
    department,
    ...spread,
    managers: plans,
  };
}

/** A manager's month before the metrics are spread: days, ramp, capacity and own day weights. */
function managerMonth(id: string, p: MemberMonth, weights: readonly number[]): ManagerMonthPlan {
  return {
    id,
    workdays: p.workdays,
    ramp: p.ramp,
    capacity: snapInteger(Number(p.capacity.toPrecision(15))),
    plan: {},
    byWeek: {},
    byDay: {},
    present: p.present,
    weights: weights.map((w, k) => w * p.present[k]),
  };
}

/**
 * Each metric of the month split by `split` (managers, then the gap), each manager's part spread over
 * their own days into `plans`; the department's weeks and days are the sums of the managers'.
 */
function spreadMetrics(
  metrics: readonly MetricInfo[],
  department: MetricValues,
  split: readonly number[],
  layout: MonthLayout,
  plans: ManagerMonthPlan[],
): Pick<MonthPlan, 'gap' | 'departmentByWeek' | 'departmentByDay'> {
  const gap: MetricValues = {};
  const departmentByWeek: MetricSeries = {};
  const departmentByDay: MetricSeries = {};
  for (const metric of metrics) {
    const parts = splitExact(department[metric.id], split, metric.step);
    gap[metric.id] = parts[plans.length];
    departmentByWeek[metric.id] = layout.weeks.map(() => 0);
    departmentByDay[metric.id] = layout.workdays.map(() => 0);
    plans.forEach((plan, i) => {
      const spread = spreadMonth(parts[i], layout, plan.weights, metric.step);
      plan.plan[metric.id] = parts[i];
      plan.byWeek[metric.id] = spread.byWeek;
      plan.byDay[metric.id] = spread.byDay;
      addInto(departmentByWeek[metric.id], spread.byWeek, metric.step);
      addInto(departmentByDay[metric.id], spread.byDay, metric.step);
    });
  }
  return { gap, departmentByWeek, departmentByDay };
}

function gapWarnings(
  months: readonly MonthPlan[],
  metrics: readonly MetricInfo[],
  totals: PlanDecomposition['totals'],
): PlanWarning[] {
  return metrics
    .filter((metric) => totals.gap[metric.id] > 0)
    .map((metric) => ({
      code: 'decompose.warn.gap',
      params: {
        metric: metric.id,
        gap: totals.gap[metric.id],
        months: months
          .filter((mo) => mo.gap[metric.id] > 0)
          .map((mo) => mo.month)
          .join(', '),
      },
    }));
}

/** The metrics planned, in order: revenue, the funnel (top first, deals last), then direct ones. */
function planMetrics(input: PlanInput): MetricInfo[] {
  const stepOf = (id: string): number => {
    const s = input.steps && input.steps[id] !== undefined ? input.steps[id] : 1;
    if (typeof s !== 'number' || !Number.isFinite(s) || s <= 0) {
      throw new DomainError('decompose.stepBad', { metric: id, value: String(s) });
    }
    return s;
  };
  const out: MetricInfo[] = [{ id: 'revenue', source: 'direct', step: stepOf('revenue') }];
  if (input.funnel) {
    for (const st of input.funnel.stages || [])
      out.push({ id: st.metric, source: 'derived', step: stepOf(st.metric) });
    out.push({ id: 'deals', source: 'derived', step: stepOf('deals') });
  }
  for (const id of Object.keys(input.metrics || {})) out.push({ id, source: 'direct', step: stepOf(id) });
  const seen = new Set<string>();
  for (const m of out) {
    const clash = m.id === 'avgCheck' || (m.id === 'revenue' && m !== out[0]);
    if (seen.has(m.id) || clash || String(m.id).trim() === '') {
      throw new DomainError('decompose.metricDuplicate', { metric: m.id, reserved: RESERVED.join(', ') });
    }
    seen.add(m.id);
  }
  return out;
}

/** Department figures per metric per month (and the average check per month, with a funnel). */
interface MonthlyFigures {
  values: Record<string, number[]>;
  avgCheck?: number[];
}

function monthlyFigures(
  input: PlanInput,
  metrics: readonly MetricInfo[],
  seasonality: SeasonalityMode,
): MonthlyFigures {
  const values: Record<string, number[]> = {};
  const stepOf = (id: string) => metrics.find((m) => m.id === id)!.step;
  values.revenue = monthsOf('revenue', input.revenue, seasonality, stepOf('revenue'));
  const direct = input.metrics || {};
  for (const id of Object.keys(direct)) values[id] = monthsOf(id, direct[id], seasonality, stepOf(id));
  if (!input.funnel) return { values };

  const stages = input.funnel.stages || [];
  checkConversions(stages.map((s) => s.conversion));
  const avgCheck = avgChecks(input.funnel.avgCheck);
  const steps = [...stages.map((s) => stepOf(s.metric)), stepOf('deals')];
  const ids = [...stages.map((s) => s.metric), 'deals'];
  for (const id of ids) values[id] = [];
  for (let m = 0; m < MONTHS; m++) {
    const counts = reverseFunnelSteps(
      values.revenue[m],
      avgCheck[m],
      stages.map((s) => s.conversion),
      steps,
    );
    ids.forEach((id, i) => {
      values[id].push(counts[i]);
    });
  }
  return { values, avgCheck };
}

function avgChecks(avg: number | readonly number[]): number[] {
  const list = typeof avg === 'number' ? new Array<number>(MONTHS).fill(avg) : [...avg];
  if (list.length !== MONTHS) throw new DomainError('decompose.avgCheckLength', { length: list.length });
  list.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new DomainError('decompose.avgCheckMonthBad', { month: i + 1, value: String(v) });
    }
  });
  return list;
}

function monthsOf(metric: string, amount: PlanAmount, seasonality: SeasonalityMode, step: number): number[] {
  if ('monthly' in amount) {
    const list = amount.monthly;
    if (list.length !== MONTHS)
      throw new DomainError('decompose.monthlyLength', { metric, length: list.length });
    return list.map((v, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new DomainError('decompose.monthPlanBad', { metric, month: i + 1, value: String(v) });
      }
      if (!Number.isInteger(snapInteger(v / step))) {
        throw new DomainError('decompose.monthPlanNotMultiple', { metric, month: i + 1, value: v, step });
      }
      return v;
    });
  }
  const v = amount.yearly;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new DomainError('decompose.planBad', { metric, value: String(v) });
  }
  if (!Number.isInteger(snapInteger(v / step))) {
    throw new DomainError('decompose.planNotMultiple', { metric, value: v, step });
  }
  return splitYear(v, seasonality, step);
}

/** Adds `parts` into `into` element by element, keeping each sum a clean multiple of `step`. */
function addInto(into: number[], parts: readonly number[], step: number): void {
  const decimals = stepDecimals(step);
  for (let i = 0; i < parts.length; i++) into[i] = cleanDecimals(into[i] + parts[i], decimals);
}

function yearTotals(
  months: readonly MonthPlan[],
  metrics: readonly MetricInfo[],
  managerCount: number,
): PlanDecomposition['totals'] {
  const department: MetricValues = {};
  const gap: MetricValues = {};
  const managers: MetricValues[] = Array.from({ length: managerCount }, () => ({}));
  for (const metric of metrics) {
    const d = stepDecimals(metric.step);
    const sum = (pick: (mo: MonthPlan) => number) =>
      cleanDecimals(
        months.reduce((a, mo) => a + pick(mo), 0),
        d,
      );
    department[metric.id] = sum((mo) => mo.department[metric.id]);
    gap[metric.id] = sum((mo) => mo.gap[metric.id]);
    managers.forEach((vals, i) => {
      vals[metric.id] = sum((mo) => mo.managers[i].plan[metric.id]);
    });
  }
  return { department, gap, managers };
}
