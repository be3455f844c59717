import { type CurveMode, curveCoefficient, curveProblems } from '../core/bonus/curve';
import { applyDraw } from '../core/bonus/draw';
import { type Kpi, type KpiDirection, kpiIndex } from '../core/bonus/kpi';
import { splitPool } from '../core/bonus/pool';
import { throwFirst } from '../core/bonus/problems';
import { checkedCommission, prepareTiers, type TierMode, tierProblems } from '../core/bonus/tiers';
import { DomainError } from '../core/errors';
import { BOOL, type Cells, choice, declare, each, NUMBER, one, vector } from './declare';
import { run } from './run';
import { limitCount, limitWork } from './runtime';

/** Tiers of a commission scale: real scales have 3–10. */
export const MAX_TIERS = 100;
/** Points of a payout curve: real curves have 3–20. */
export const MAX_CURVE_POINTS = 1000;
/** Result cells × tiers (or points) one formula may compute: 10 000 amounts × 100 tiers, about 1.5 s in Node. */
export const MAX_WORK = 1_000_000;

/**
 * Two lists read side by side (thresholds and rates, points x and y): the same length, a pair left blank on
 * both sides is skipped, a pair blank on one side only is refused (its cell named by the field `name[k]`).
 */
function pairs(xs: (number | null)[], ys: (number | null)[], xArg: string, yArg: string): [number, number][] {
  if (xs.length !== ys.length)
    throw new DomainError('arg.lengthOf', { got: ys.length, other: xArg, expected: xs.length }, yArg);
  const out: [number, number][] = [];
  xs.forEach((x, k) => {
    const y = ys[k];
    if (x === null && y === null) return;
    if (x === null || y === null) throw new DomainError('arg.blank', {}, `${x === null ? xArg : yArg}[${k}]`);
    out.push([x, y]);
  });
  return out;
}

const TIER_MODES = choice<TierMode>({
  marginal: 'маржинальный|маржинальная|прогрессивная|прогрессивный',
  retro: 'retroactive|ретро|ретроактивная|ретроактивный',
});

const TIERS_DECL = declare({
  name: 'BONUS_TIERS',
  args: [
    each('amount', NUMBER),
    vector('thresholds', NUMBER, { blank: null, innocent: true }),
    vector('rates', NUMBER, { blank: null }),
    one('mode', TIER_MODES, { optional: true, blank: 'marginal' }),
  ],
  fields: { tiers: 'thresholds', 'tiers.rate': 'rates', thresholds: 'thresholds[]', rates: 'rates[]' },
  setup: (v, cells) => {
    const tiers = pairs(v.thresholds, v.rates, 'thresholds', 'rates').map(([from, rate]) => ({ from, rate }));
    limitCount('thresholds', tiers.length, MAX_TIERS);
    throwFirst(tierProblems(tiers));
    limitWork('amount', cells, tiers.length, MAX_WORK);
    return prepareTiers(tiers);
  },
  // The tiers were checked and prepared once in setup; the reader gave a finite amount and a known mode.
  cell: (v, tiers) => checkedCommission(v.amount, tiers, v.mode),
});

/**
 * Tiered commission on each amount: "marginal" pays each rate on the part inside its band, "retro" the whole amount at the highest band reached.
 *
 * @param {number[][]} amount The amount the commission is paid on, a number or a range, e.g. C2:C20.
 * @param {number[][]} thresholds Where each tier starts, rising, e.g. {0; 500000; 750000}.
 * @param {number[][]} rates The rate of each tier, e.g. {3%; 5%; 7.5%}.
 * @param {string} [mode] "marginal" (default) or "retro", e.g. "retro".
 * @return {number[][]} The commission, shaped like amount, to the kopeck; 0 below the first threshold.
 * @customfunction
 */
export function BONUS_TIERS(
  amount: unknown,
  thresholds: unknown,
  rates: unknown,
  mode?: unknown,
): Cells<number | string> {
  return run(TIERS_DECL, [amount, thresholds, rates, mode]);
}

const CURVE_MODES = choice<CurveMode>({ linear: 'линейная|линейно', step: 'steps|ступенчатая|ступени' });

const CURVE_DECL = declare({
  name: 'BONUS_CURVE',
  args: [
    each('attainment', NUMBER),
    vector('points_x', NUMBER, { blank: null }),
    vector('points_y', NUMBER, { blank: null }),
    one('mode', CURVE_MODES, { optional: true, blank: 'linear' }),
  ],
  fields: { curve: 'points_x', 'curve.y': 'points_y', points_x: 'points_x[]', points_y: 'points_y[]' },
  setup: (v, cells) => {
    const points = pairs(v.points_x, v.points_y, 'points_x', 'points_y').map(([x, y]) => ({ x, y }));
    limitCount('points_x', points.length, MAX_CURVE_POINTS);
    throwFirst(curveProblems(points));
    limitWork('attainment', cells, points.length, MAX_WORK);
    return points;
  },
  cell: (v, points) => curveCoefficient(v.attainment, points, v.mode),
});

/**
 * A payout coefficient for each attainment from a curve of points: straight lines between them, or steps.
 *
 * @param {number[][]} attainment The attainment (actual ÷ plan), a number or a range, e.g. D2:D20 or 115%.
 * @param {number[][]} points_x The attainment of each point, rising, e.g. {80%; 100%; 130%}.
 * @param {number[][]} points_y The coefficient at each point, e.g. {0.5; 1; 2}.
 * @param {string} [mode] "linear" (default: 0 below the first point, straight lines, flat after the last) or "step", e.g. "step".
 * @return {number[][]} The coefficient, shaped like attainment.
 * @customfunction
 */
export function BONUS_CURVE(
  attainment: unknown,
  points_x: unknown,
  points_y: unknown,
  mode?: unknown,
): Cells<number | string> {
  return run(CURVE_DECL, [attainment, points_x, points_y, mode]);
}

const DIRECTIONS = choice<KpiDirection>({
  up: 'вверх|больше|больше лучше|больше — лучше',
  down: 'вниз|меньше|меньше лучше|меньше — лучше',
});

/** A number a KPI row needs: blank is refused (the runner adds the cell). */
function need(x: number | null, arg: string): number {
  if (x === null) throw new DomainError('arg.blank', {}, arg);
  return x;
}

const KPI_DECL = declare({
  name: 'KPI_INDEX',
  args: [
    each('weights', NUMBER, { blank: null }),
    each('plans', NUMBER, { blank: null }),
    each('actuals', NUMBER, { blank: null }),
    each('floor', NUMBER, { optional: true, blank: null, innocent: true }),
    each('cap', NUMBER, { optional: true, blank: null, innocent: true }),
    each('direction', DIRECTIONS, { optional: true, blank: 'up' }),
  ],
  fields: {
    kpis: 'weights',
    'kpis.plan': 'plans',
    'kpis.fact': 'actuals',
    'kpis.floor': 'floor',
    'kpis.cap': 'cap',
    'kpis.direction': 'direction',
  },
  cell: (v): Kpi | null => {
    // A row with no weight, plan and actual is an empty line of the KPI table.
    if (v.weights === null && v.plans === null && v.actuals === null) return null;
    const kpi: Kpi = {
      weight: need(v.weights, 'weights'),
      plan: need(v.plans, 'plans'),
      fact: need(v.actuals, 'actuals'),
    };
    if (v.floor !== null) kpi.floor = v.floor;
    if (v.cap !== null) kpi.cap = v.cap;
    kpi.direction = v.direction;
    return kpi;
  },
  all: (kpis) => kpiIndex(kpis.filter((k) => k !== null)),
});

/**
 * KPI index: Σ weight × score, the score being actual ÷ plan (or plan ÷ actual when less is better), with a floor and a cap.
 *
 * @param {number[][]} weights The weight of each KPI, summing to 100 %, e.g. C2:C5.
 * @param {number[][]} plans The plan of each KPI, shaped like weights, e.g. D2:D5.
 * @param {number[][]} actuals The actual of each KPI, shaped like weights, e.g. E2:E5.
 * @param {number[][]} [floor] A score below it counts 0: one value or one per KPI, e.g. 80%.
 * @param {number[][]} [cap] A score above it counts as the cap: one value or one per KPI, e.g. 150%.
 * @param {string[][]} [direction] "up" (default, more is better) or "down" (less is better): one value or one per KPI, e.g. F2:F5.
 * @return {number} The index; 1 (100 %) means every KPI exactly on plan.
 * @customfunction
 */
export function KPI_INDEX(
  weights: unknown,
  plans: unknown,
  actuals: unknown,
  floor?: unknown,
  cap?: unknown,
  direction?: unknown,
): number | string {
  return run(KPI_DECL, [weights, plans, actuals, floor, cap, direction]);
}

const POOL_DECL = declare({
  name: 'POOL_SPLIT',
  args: [
    one('pool', NUMBER),
    each('plans', NUMBER, { blank: null }),
    each('actuals', NUMBER, { blank: null }),
  ],
  // The pool is split to the kopeck by splitExact, whose total it is.
  fields: { total: 'pool' },
  exact: true,
  // A row with neither plan nor actual is not a manager: it stays blank. A blank actual counts 0.
  cell: (v) =>
    v.plans === null && v.actuals === null ? null : { plan: need(v.plans, 'plans'), fact: v.actuals ?? 0 },
  all: (rows, v) => {
    const people = rows.filter((r) => r !== null);
    const shares = splitPool(
      v.pool,
      people.map((p) => p.plan),
      people.map((p) => p.fact),
    );
    let k = 0;
    return rows.map((r) => (r === null ? null : shares[k++]));
  },
});

/**
 * Splits a team pool among those who met their plan, in proportion to their actual, to the kopeck, summing exactly.
 *
 * @param {number} pool The pool to split, e.g. 300000.
 * @param {number[][]} plans Each manager's plan, a range shaped like actuals (or one plan for all), e.g. B2:B8.
 * @param {number[][]} actuals Each manager's actual, e.g. C2:C8; blank counts 0.
 * @return {number[][]} Each manager's share, shaped like actuals; 0 for those below plan.
 * @customfunction
 */
export function POOL_SPLIT(pool: unknown, plans: unknown, actuals: unknown): Cells<number | string> {
  return run(POOL_DECL, [pool, plans, actuals]);
}

const DRAW_DECL = declare({
  name: 'BONUS_DRAW',
  args: [
    each('commissions', NUMBER, { blank: null }),
    one('draw', NUMBER),
    one('recoverable', BOOL, { optional: true, blank: true }),
  ],
  // Periods run down each column (a column per manager), or across a single row; a blank period is skipped.
  lines: true,
  cell: (v) => v.commissions,
  all: (periods, v) => {
    const { pay } = applyDraw(
      periods.filter((c) => c !== null),
      v.draw,
      v.recoverable,
    );
    let k = 0;
    return periods.map((c) => (c === null ? null : pay[k++]));
  },
});

/**
 * Pay under a guaranteed draw: commission below the draw is topped up; a recoverable draw takes the top-up back from later commission above the draw.
 *
 * @param {number[][]} commissions The commission of each period in order, down a column (a column per manager) or across one row, e.g. B2:B13.
 * @param {number} draw The guaranteed pay per period, e.g. 30000.
 * @param {boolean} [recoverable] TRUE (default) to recover top-ups from later commission, FALSE for a non-recoverable draw, e.g. FALSE.
 * @return {number[][]} The pay of each period, shaped like commissions; blank where a commission is blank.
 * @customfunction
 */
export function BONUS_DRAW(
  commissions: unknown,
  draw: unknown,
  recoverable?: unknown,
): Cells<number | string> {
  return run(DRAW_DECL, [commissions, draw, recoverable]);
}
