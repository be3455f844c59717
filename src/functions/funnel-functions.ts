import type { Matrix } from '../core/cells';
import { bottleneck, conversions, ltv, salesVelocity } from '../core/funnel';
import { reverseFunnel } from '../core/reverse-funnel';
import {
  ArgError,
  CellArg,
  commonShape,
  numberArg,
  numberOrBlankMatrix,
  numberOrBlankVector,
  numberVector,
  orient,
  shapeOf,
  toMatrix,
} from './args';
import { blame, cellOut, cellsOut, extreme, mapCells, runCustom, withParams } from './runtime';

type Out = Matrix<number | string> | number | string;

const REVERSE_ARGS = {
  'decompose.revenueBad': 'revenue',
  'decompose.avgCheckBad': 'avg_check',
  'decompose.conversionBad': 'conversions',
};

/**
 * Reverse funnel: how many units each stage needs to reach the revenue, top of the funnel first, deals last.
 *
 * @param {number} revenue The revenue plan, e.g. 10000000.
 * @param {number} avg_check The average deal, e.g. 200000.
 * @param {number[][]} conversions The conversion from each stage into the next, top first, the last into deals, e.g. {0.3; 0.5; 0.1}.
 * @return {number[][]} The count needed at each stage (one more than the conversions), rounded up, laid out like conversions.
 * @customfunction
 */
export function FUNNEL_REVERSE(revenue: unknown, avg_check: unknown, conversions: unknown): Matrix<number> {
  return runCustom('FUNNEL_REVERSE', () => {
    const r = numberArg(revenue, 'revenue');
    const a = numberArg(avg_check, 'avg_check');
    const c = numberVector(conversions, 'conversions');
    const counts = blame(REVERSE_ARGS, () => reverseFunnel(r, a, c.values));
    const inputs = { revenue: r, avg_check: a, conversions: extreme(c.values) };
    return orient(cellsOut(counts, inputs) as number[], c.across);
  });
}

/**
 * Stage counts as stages down the rows (a column per manager) or across a single row.
 * Blank cells count 0 for the core and stay blank in the result.
 */
function funnels(counts: unknown): { m: Matrix<number | null>; across: boolean; rows: number; cols: number } {
  const m = numberOrBlankMatrix(counts, 'counts');
  const [rows, cols] = shapeOf(m);
  return { m, across: rows === 1 && cols > 1, rows, cols };
}

/**
 * Conversion into each funnel stage from the one before.
 *
 * @param {number[][]} counts Stage counts, stages down the rows with a column per manager (or one row with stages across), e.g. B2:E6.
 * @return {number[][]} The conversions, shaped like counts; blank for the first stage and after a stage of 0.
 * @customfunction
 */
export function FUNNEL_CONVERSION(counts: unknown): Matrix<number | string> {
  return runCustom('FUNNEL_CONVERSION', () => {
    const { m, across, rows, cols } = funnels(counts);
    const out: Matrix<number | string> = m.map((r) => r.map(() => ''));
    const lines = across ? 1 : cols;
    for (let f = 0; f < lines; f++) {
      const stages = across ? m[0] : m.map((r) => r[f]);
      let conv: (number | null)[];
      try {
        conv = conversions(stages.map((x) => (x === null ? 0 : x)));
      } catch (e) {
        const stage = Number((e as { params?: { stage?: number } }).params?.stage ?? 1);
        const at = across ? { cellRow: 1, cellCol: stage } : { cellRow: stage, cellCol: f + 1 };
        throw withParams(e, rows === 1 && cols === 1 ? { arg: 'counts' } : { arg: 'counts', ...at });
      }
      const inputs = { counts: extreme(stages) };
      conv.forEach((x, s) => {
        if (stages[s] === null) return;
        if (across) out[0][s] = cellOut(x, inputs);
        else out[s][f] = cellOut(x, inputs);
      });
    }
    return out;
  });
}

const BOTTLENECK_ARGS = {
  'funnel.countNotFinite': 'counts',
  'funnel.negativeCount': 'counts',
  'funnel.benchmarkLength': 'benchmark',
  'funnel.badBenchmark': 'benchmark',
};

/**
 * The funnel's bottleneck: the stage whose lift to its benchmark conversion would add the most deals.
 *
 * @param {number[][]} counts Stage counts of one funnel, top first, deals last, e.g. B2:B6.
 * @param {number[][]} benchmark The benchmark conversion into each stage after the first (or one per stage, the first ignored); blank = no benchmark, e.g. C3:C6.
 * @param {string[][]} [stage_names] The stage names, one per count, e.g. A2:A6.
 * @return {any[][]} One row: the stage (its name, or its number) and the deals its lift adds; blanks when no stage is below its benchmark.
 * @customfunction
 */
export function FUNNEL_BOTTLENECK(
  counts: unknown,
  benchmark: unknown,
  stage_names?: unknown,
): Matrix<number | string> {
  return runCustom('FUNNEL_BOTTLENECK', () => {
    const c = numberVector(counts, 'counts');
    const b = numberOrBlankVector(benchmark, 'benchmark');
    let names: unknown[] | undefined;
    if (stage_names !== undefined && stage_names !== '') {
      const n = toMatrix(stage_names);
      const [rows, cols] = shapeOf(n);
      if (rows !== 1 && cols !== 1) throw new ArgError('stage_names', 'arg.notVector');
      names = n.flat();
      if (names.length !== c.values.length) {
        throw new ArgError('stage_names', 'arg.lengthOf', {
          got: names.length,
          other: 'counts',
          expected: c.values.length,
        });
      }
    }
    const found = blame(BOTTLENECK_ARGS, () => bottleneck(c.values, b.values));
    if (found === null) return [['', '']];
    const name = names ? String(names[found.stage]).trim() : '';
    const inputs = { counts: extreme(c.values), benchmark: extreme(b.values) };
    return [[name !== '' ? name : found.stage + 1, cellOut(found.dealsAdded, inputs)]];
  });
}

const VELOCITY_ARGS = {
  'funnel.arg.opportunities': 'opportunities',
  'funnel.arg.avgDeal': 'avg_deal',
  'funnel.arg.winRate': 'win_rate',
  'funnel.arg.cycleDays': 'cycle_days',
  'funnel.badCycleDays': 'cycle_days',
};

/**
 * Sales velocity: revenue per day = opportunities × average deal × win rate ÷ sales-cycle days.
 *
 * @param {number[][]} opportunities Opportunities in the pipeline, a number or a range, e.g. B2:B10.
 * @param {number[][]} avg_deal The average deal, one number or a range shaped like opportunities, e.g. 150000.
 * @param {number[][]} win_rate The share of opportunities won, one number or a range, e.g. 25%.
 * @param {number[][]} cycle_days The sales cycle in days, one number or a range, e.g. 30.
 * @return {number[][]} Revenue per day, shaped like the ranges.
 * @customfunction
 */
export function SALES_VELOCITY(
  opportunities: unknown,
  avg_deal: unknown,
  win_rate: unknown,
  cycle_days: unknown,
): Out {
  return runCustom('SALES_VELOCITY', () => {
    const args = [
      new CellArg('opportunities', opportunities),
      new CellArg('avg_deal', avg_deal),
      new CellArg('win_rate', win_rate),
      new CellArg('cycle_days', cycle_days),
    ];
    return mapCells(commonShape(args), (i, j) => {
      const [o, a, w, d] = args.map((x) => x.number(i, j));
      if (o === null || a === null || w === null || d === null) return '';
      const inputs = { opportunities: o, avg_deal: a, win_rate: w, cycle_days: d };
      return cellOut(
        blame(VELOCITY_ARGS, () => salesVelocity(o, a, w, d)),
        inputs,
      );
    });
  });
}

const LTV_ARGS = {
  'funnel.arg.avgCheck': 'avg_check',
  'funnel.arg.purchasesPerYear': 'purchases_per_year',
  'funnel.arg.years': 'years',
  'funnel.arg.margin': 'margin',
};

/**
 * Customer lifetime value: average check × purchases a year × years × margin.
 *
 * @param {number[][]} avg_check The average check, a number or a range, e.g. 12000.
 * @param {number[][]} purchases_per_year Purchases a year, one number or a range shaped like avg_check, e.g. 4.
 * @param {number[][]} years Years a customer stays, one number or a range, e.g. 3.
 * @param {number[][]} [margin] The margin as a fraction (default 1 = revenue), one number or a range, e.g. 30%.
 * @return {number[][]} The lifetime value, shaped like the ranges.
 * @customfunction
 */
export function LTV(avg_check: unknown, purchases_per_year: unknown, years: unknown, margin?: unknown): Out {
  return runCustom('LTV', () => {
    const a = new CellArg('avg_check', avg_check);
    const p = new CellArg('purchases_per_year', purchases_per_year);
    const y = new CellArg('years', years);
    const m = new CellArg('margin', margin ?? '');
    return mapCells(commonShape([a, p, y, m]), (i, j) => {
      const av = a.number(i, j);
      const pv = p.number(i, j);
      const yv = y.number(i, j);
      if (av === null || pv === null || yv === null) return '';
      const mv = m.number(i, j);
      const inputs = { avg_check: av, purchases_per_year: pv, years: yv, margin: mv };
      return cellOut(
        blame(LTV_ARGS, () => ltv(av, pv, yv, mv === null ? 1 : mv)),
        inputs,
      );
    });
  });
}
