import { DomainError } from '../core/errors';
import { bottleneck, conversions, ltv, salesVelocity } from '../core/funnel';
import { reverseFunnel } from '../core/reverse-funnel';
import { type Cells, declare, each, NUMBER, one, TEXT, vector } from './declare';
import { run } from './run';

const REVERSE_DECL = declare({
  name: 'FUNNEL_REVERSE',
  args: [one('revenue', NUMBER), one('avg_check', NUMBER), vector('conversions', NUMBER)],
  fields: { avgCheck: 'avg_check' },
  like: 'conversions',
  once: (v) => reverseFunnel(v.revenue, v.avg_check, v.conversions),
});

/**
 * Reverse funnel: how many units each stage needs to reach the revenue, top of the funnel first, deals last.
 *
 * @param {number} revenue The revenue plan, e.g. 10000000.
 * @param {number} avg_check The average deal, e.g. 200000.
 * @param {number[][]} conversions The conversion from each stage into the next, top first, the last into deals, e.g. {0.3; 0.5; 0.1}.
 * @return {number[][]} The count needed at each stage (one more than the conversions), rounded up, laid out like conversions.
 * @customfunction
 */
export function FUNNEL_REVERSE(revenue: unknown, avg_check: unknown, conversions: unknown): number[][] {
  return run(REVERSE_DECL, [revenue, avg_check, conversions]);
}

const CONVERSION_DECL = declare({
  name: 'FUNNEL_CONVERSION',
  // Stages down the rows (a column per manager) or across a single row; blank counts 0 and stays blank.
  args: [each('counts', NUMBER, { blank: null })],
  fields: { counts: 'counts[]' },
  lines: true,
  cell: (v) => v.counts,
  all: (stages) => conversions(stages.map((x) => x ?? 0)).map((c, s) => (stages[s] === null ? null : c)),
});

/**
 * Conversion into each funnel stage from the one before.
 *
 * @param {number[][]} counts Stage counts, stages down the rows with a column per manager (or one row with stages across), e.g. B2:E6.
 * @return {number[][]} The conversions, shaped like counts; blank for the first stage and after a stage of 0.
 * @customfunction
 */
export function FUNNEL_CONVERSION(counts: unknown): Cells<number | string> {
  return run(CONVERSION_DECL, [counts]);
}

const BOTTLENECK_DECL = declare({
  name: 'FUNNEL_BOTTLENECK',
  args: [
    vector('counts', NUMBER),
    vector('benchmark', NUMBER, { blank: null }),
    vector('stage_names', TEXT, { optional: true, blank: '' }),
  ],
  once: (v) => {
    const names = v.stage_names;
    if (names && names.length !== v.counts.length) {
      throw new DomainError(
        'arg.lengthOf',
        {
          got: names.length,
          other: 'counts',
          expected: v.counts.length,
        },
        'stage_names',
      );
    }
    const found = bottleneck(v.counts, v.benchmark);
    if (found === null) return [[null, null]];
    return [[names?.[found.stage] || found.stage + 1, found.dealsAdded]];
  },
});

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
): (number | string)[][] {
  return run(BOTTLENECK_DECL, [counts, benchmark, stage_names]);
}

const VELOCITY_DECL = declare({
  name: 'SALES_VELOCITY',
  args: [
    each('opportunities', NUMBER),
    each('avg_deal', NUMBER),
    each('win_rate', NUMBER),
    each('cycle_days', NUMBER),
  ],
  fields: { avgDeal: 'avg_deal', winRate: 'win_rate', cycleDays: 'cycle_days' },
  cell: (v) => salesVelocity(v.opportunities, v.avg_deal, v.win_rate, v.cycle_days),
});

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
): Cells<number | string> {
  return run(VELOCITY_DECL, [opportunities, avg_deal, win_rate, cycle_days]);
}

const LTV_DECL = declare({
  name: 'LTV',
  args: [
    each('avg_check', NUMBER),
    each('purchases_per_year', NUMBER),
    each('years', NUMBER),
    each('margin', NUMBER, { optional: true, blank: null }),
  ],
  fields: { avgCheck: 'avg_check', purchasesPerYear: 'purchases_per_year' },
  cell: (v) => ltv(v.avg_check, v.purchases_per_year, v.years, v.margin ?? 1),
});

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
export function LTV(
  avg_check: unknown,
  purchases_per_year: unknown,
  years: unknown,
  margin?: unknown,
): Cells<number | string> {
  return run(LTV_DECL, [avg_check, purchases_per_year, years, margin]);
}
