import { type CurveMode, curveCoefficient, curveProblems } from '../core/bonus/curve';
import { applyDraw } from '../core/bonus/draw';
import { type Kpi, type KpiDirection, kpiIndex } from '../core/bonus/kpi';
import { splitPool } from '../core/bonus/pool';
import { throwFirst } from '../core/bonus/problems';
import { type TierMode, tieredCommission, tierProblems } from '../core/bonus/tiers';
import type { Matrix } from '../core/cells';
import {
  ArgError,
  booleanArg,
  CellArg,
  choiceArg,
  commonShape,
  numberArg,
  numberOrBlankVector,
} from './args';
import {
  blame,
  cellOut,
  extreme,
  guardOverflow,
  limitCount,
  limitWork,
  mapCells,
  runCustom,
} from './runtime';

type Out = Matrix<number | string> | number | string;

/** Tiers of a commission scale: real scales have 3–10. */
export const MAX_TIERS = 100;
/** Points of a payout curve: real curves have 3–20. */
export const MAX_CURVE_POINTS = 1000;
/** Result cells × tiers (or points) one formula may compute: 10 000 amounts × 100 tiers, about 1.5 s in Node. */
export const MAX_WORK = 1_000_000;

/**
 * Two lists read side by side (thresholds and rates, points x and y): the same length, a pair left blank on
 * both sides is skipped, a pair blank on one side only is refused.
 */
function pairs(a: unknown, aArg: string, b: unknown, bArg: string): [number, number][] {
  const x = numberOrBlankVector(a, aArg);
  const y = numberOrBlankVector(b, bArg);
  if (x.values.length !== y.values.length) {
    throw new ArgError(bArg, 'arg.lengthOf', {
      got: y.values.length,
      other: aArg,
      expected: x.values.length,
    });
  }
  const out: [number, number][] = [];
  x.values.forEach((xv, k) => {
    const yv = y.values[k];
    if (xv === null && yv === null) return;
    if (xv === null || yv === null) {
      const list = xv === null ? x : y;
      const at =
        list.values.length === 1
          ? {}
          : list.across
            ? { cellRow: 1, cellCol: k + 1 }
            : { cellRow: k + 1, cellCol: 1 };
      throw new ArgError(xv === null ? aArg : bArg, 'arg.blank', at);
    }
    out.push([xv, yv]);
  });
  return out;
}

const TIER_MODES: Readonly<Record<string, TierMode>> = {
  marginal: 'marginal',
  маржинальный: 'marginal',
  маржинальная: 'marginal',
  прогрессивная: 'marginal',
  прогрессивный: 'marginal',
  retro: 'retro',
  retroactive: 'retro',
  ретро: 'retro',
  ретроактивная: 'retro',
  ретроактивный: 'retro',
};

const TIER_ARGS = {
  'bonus.tiers.empty': 'thresholds',
  'bonus.tiers.notNumber#from': 'thresholds',
  'bonus.tiers.notNumber#rate': 'rates',
  'bonus.tiers.negativeValue': 'rates',
  'bonus.tiers.negativeFrom': 'thresholds',
  'bonus.tiers.overlap': 'thresholds',
  'bonus.tiers.unordered': 'thresholds',
};

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
export function BONUS_TIERS(amount: unknown, thresholds: unknown, rates: unknown, mode?: unknown): Out {
  return runCustom('BONUS_TIERS', () => {
    const how = choiceArg(mode ?? '', 'mode', TIER_MODES, ['marginal', 'retro'], 'marginal');
    const tiers = pairs(thresholds, 'thresholds', rates, 'rates').map(([from, rate]) => ({ from, rate }));
    limitCount('thresholds', tiers.length, MAX_TIERS);
    blame(TIER_ARGS, () => throwFirst(tierProblems(tiers)));
    const a = new CellArg('amount', amount);
    const shape = commonShape([a]);
    limitWork('amount', shape.rows * shape.cols, tiers.length, MAX_WORK);
    const rate = extreme(tiers.map((x) => x.rate));
    return mapCells(shape, (i, j) => {
      const v = a.number(i, j);
      if (v === null) return '';
      const inputs = { amount: v, rates: rate };
      return cellOut(
        guardOverflow(inputs, () => tieredCommission(v, tiers, how)),
        inputs,
      );
    });
  });
}

const CURVE_MODES: Readonly<Record<string, CurveMode>> = {
  linear: 'linear',
  линейная: 'linear',
  линейно: 'linear',
  step: 'step',
  steps: 'step',
  ступенчатая: 'step',
  ступени: 'step',
};

const CURVE_ARGS = {
  'bonus.curve.empty': 'points_x',
  'bonus.curve.notNumber#from': 'points_x',
  'bonus.curve.notNumber#y': 'points_y',
  'bonus.curve.negativeValue': 'points_y',
  'bonus.curve.overlap': 'points_x',
  'bonus.curve.unordered': 'points_x',
};

/**
 * A payout coefficient for each attainment from a curve of points: straight lines between them, or steps.
 *
 * @param {number[][]} attainment The attainment (fact ÷ plan), a number or a range, e.g. D2:D20 or 115%.
 * @param {number[][]} points_x The attainment of each point, rising, e.g. {80%; 100%; 130%}.
 * @param {number[][]} points_y The coefficient at each point, e.g. {0.5; 1; 2}.
 * @param {string} [mode] "linear" (default: 0 below the first point, straight lines, flat after the last) or "step", e.g. "step".
 * @return {number[][]} The coefficient, shaped like attainment.
 * @customfunction
 */
export function BONUS_CURVE(attainment: unknown, points_x: unknown, points_y: unknown, mode?: unknown): Out {
  return runCustom('BONUS_CURVE', () => {
    const how = choiceArg(mode ?? '', 'mode', CURVE_MODES, ['linear', 'step'], 'linear');
    const points = pairs(points_x, 'points_x', points_y, 'points_y').map(([x, y]) => ({ x, y }));
    limitCount('points_x', points.length, MAX_CURVE_POINTS);
    blame(CURVE_ARGS, () => throwFirst(curveProblems(points)));
    const a = new CellArg('attainment', attainment);
    const shape = commonShape([a]);
    limitWork('attainment', shape.rows * shape.cols, points.length, MAX_WORK);
    const inputs = { points_x: extreme(points.map((p) => p.x)), points_y: extreme(points.map((p) => p.y)) };
    return mapCells(shape, (i, j) => {
      const v = a.number(i, j);
      if (v === null) return '';
      const all = { attainment: v, ...inputs };
      return cellOut(
        guardOverflow(all, () => curveCoefficient(v, points, how)),
        all,
      );
    });
  });
}

const DIRECTIONS: Readonly<Record<string, KpiDirection>> = {
  up: 'up',
  вверх: 'up',
  больше: 'up',
  'больше лучше': 'up',
  'больше — лучше': 'up',
  down: 'down',
  вниз: 'down',
  меньше: 'down',
  'меньше лучше': 'down',
  'меньше — лучше': 'down',
};

const KPI_ARGS = {
  'bonus.kpi.empty': 'weights',
  'bonus.kpi.negativeWeight': 'weights',
  'bonus.kpi.weightsSum': 'weights',
  'bonus.kpi.negativePlan': 'plans',
  'bonus.kpi.planZero': 'plans',
  'bonus.kpi.negativeFact': 'facts',
  'bonus.kpi.badLimit#floor': 'floor',
  'bonus.kpi.badLimit#cap': 'cap',
  'bonus.kpi.floorAboveCap': 'floor',
  'bonus.kpi.unbounded': 'cap',
};

/**
 * KPI index: Σ weight × score, the score being fact ÷ plan (or plan ÷ fact when less is better), with a floor and a cap.
 *
 * @param {number[][]} weights The weight of each KPI, summing to 100 %, e.g. C2:C5.
 * @param {number[][]} plans The plan of each KPI, shaped like weights, e.g. D2:D5.
 * @param {number[][]} facts The fact of each KPI, shaped like weights, e.g. E2:E5.
 * @param {number[][]} [floor] A score below it counts 0: one value or one per KPI, e.g. 80%.
 * @param {number[][]} [cap] A score above it counts as the cap: one value or one per KPI, e.g. 150%.
 * @param {string[][]} [direction] "up" (default, more is better) or "down" (less is better): one value or one per KPI, e.g. F2:F5.
 * @return {number} The index; 1 (100 %) means every KPI exactly on plan.
 * @customfunction
 */
export function KPI_INDEX(
  weights: unknown,
  plans: unknown,
  facts: unknown,
  floor?: unknown,
  cap?: unknown,
  direction?: unknown,
): number | string {
  return runCustom('KPI_INDEX', () => {
    const w = new CellArg('weights', weights);
    const p = new CellArg('plans', plans);
    const f = new CellArg('facts', facts);
    const lo = new CellArg('floor', floor ?? '');
    const hi = new CellArg('cap', cap ?? '');
    const dir = new CellArg('direction', direction ?? '');
    const kpis: Kpi[] = [];
    // A row with no weight, plan and fact is an empty line of the KPI table.
    mapCells({ ...commonShape([w, p, f, lo, hi, dir]), scalar: false }, (i, j) => {
      if (w.blank(i, j) && p.blank(i, j) && f.blank(i, j)) return;
      const kpi: Kpi = { weight: need(w, i, j), plan: need(p, i, j), fact: need(f, i, j) };
      const fl = lo.number(i, j);
      const cp = hi.number(i, j);
      if (fl !== null) kpi.floor = fl;
      if (cp !== null) kpi.cap = cp;
      kpi.direction = dir.choice(i, j, DIRECTIONS, ['up', 'down'], 'up');
      kpis.push(kpi);
    });
    const inputs = {
      weights: extreme(kpis.map((k) => k.weight)),
      plans: extreme(kpis.map((k) => k.plan)),
      facts: extreme(kpis.map((k) => k.fact)),
    };
    return cellOut(
      blame(KPI_ARGS, () => kpiIndex(kpis)),
      inputs,
    );
  });
}

/** A required number of a cell: blank is refused with the cell's position. */
function need(a: CellArg, i: number, j: number): number {
  const v = a.number(i, j);
  if (v === null) throw new ArgError(a.arg, 'arg.blank', a.single ? {} : { cellRow: i + 1, cellCol: j + 1 });
  return v;
}

/**
 * Splits a team pool among those who met their plan, in proportion to their fact, to the kopeck, summing exactly.
 *
 * @param {number} pool The pool to split, e.g. 300000.
 * @param {number[][]} plans Each manager's plan, a range shaped like facts (or one plan for all), e.g. B2:B8.
 * @param {number[][]} facts Each manager's fact, e.g. C2:C8; blank counts 0.
 * @return {number[][]} Each manager's share, shaped like facts; 0 for those below plan.
 * @customfunction
 */
export function POOL_SPLIT(pool: unknown, plans: unknown, facts: unknown): Out {
  return runCustom('POOL_SPLIT', () => {
    const total = numberArg(pool, 'pool');
    const p = new CellArg('plans', plans);
    const f = new CellArg('facts', facts);
    const shape = commonShape([f, p]);
    const planList: number[] = [];
    const factList: number[] = [];
    // A row with neither plan nor fact is not a manager: it stays blank.
    const rows = mapCells({ ...shape, scalar: false }, (i, j) => {
      if (p.blank(i, j) && f.blank(i, j)) return false;
      planList.push(need(p, i, j));
      const fv = f.number(i, j);
      factList.push(fv === null ? 0 : fv);
      return true;
    });
    const inputs = { pool: total, plans: extreme(planList), facts: extreme(factList) };
    const shares = blame({ 'bonus.pool.negative': 'pool', 'split.tooLarge': 'pool' }, () =>
      guardOverflow(inputs, () => splitPool(total, planList, factList)),
    );
    let k = 0;
    return mapCells(shape, (i, j) => ((rows as boolean[][])[i][j] ? shares[k++] : ''));
  });
}

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
): Matrix<number | string> {
  return runCustom('BONUS_DRAW', () => {
    const d = numberArg(draw, 'draw');
    const again = booleanArg(recoverable ?? '', 'recoverable', true);
    const c = new CellArg('commissions', commissions);
    const values = c.m.map((r, i) => r.map((_, j) => c.number(i, j)));
    const across = c.rows === 1 && c.cols > 1;
    // Periods run down each column (a column per manager), or across a single row.
    const lines: [number, number][][] = across
      ? [values[0].map((_, j): [number, number] => [0, j])]
      : values[0].map((_, j) => values.map((_, i): [number, number] => [i, j]));
    const out: Matrix<number | string> = values.map((r) => r.map(() => ''));
    for (const line of lines) {
      const filled = line.filter(([i, j]) => values[i][j] !== null);
      const inputs = { commissions: extreme(filled.map(([i, j]) => values[i][j])), draw: d };
      const { pay } = blame({ 'bonus.draw.negative': 'draw' }, () =>
        guardOverflow(inputs, () =>
          applyDraw(
            filled.map(([i, j]) => values[i][j] as number),
            d,
            again,
          ),
        ),
      );
      filled.forEach(([i, j], n) => {
        out[i][j] = cellOut(pay[n], inputs);
      });
    }
    return out;
  });
}
