import { roundToStep, snapInteger } from './allocate';
import { DomainError } from './errors';

/**
 * The funnel a plan needs. Reverse: revenue ÷ average check → deals, then up through the stages by
 * their conversions, rounding up at every step (no one makes 0.4 of a call). Forward: from the activity at
 * the top and the conversions to the expected count at each stage and the expected revenue.
 *
 * `conversions` run top of the funnel first: conversions[i] is the share of stage i that reaches stage i+1,
 * the last one being the conversion into deals. n conversions describe n + 1 stages.
 */

function checkAvgCheck(avgCheck: number): void {
  if (typeof avgCheck !== 'number' || !Number.isFinite(avgCheck) || avgCheck <= 0) {
    throw new DomainError('decompose.avgCheckBad', { value: String(avgCheck) }, 'avgCheck');
  }
}

export function checkConversions(conversions: readonly number[]): void {
  conversions.forEach((c, i) => {
    if (typeof c !== 'number' || !Number.isFinite(c) || c <= 0 || c > 1) {
      throw new DomainError(
        'decompose.conversionBad',
        { index: i + 1, value: String(c) },
        `conversions[${i}]`,
      );
    }
  });
}

/**
 * Counts per stage, top first, deals last (n conversions → n + 1 counts); each rounded up to `steps[i]`
 * (default 1 at every stage). `steps` has one entry per stage, top first.
 */
export function reverseFunnelSteps(
  revenue: number,
  avgCheck: number,
  conversions: readonly number[],
  steps?: readonly number[],
): number[] {
  if (typeof revenue !== 'number' || !Number.isFinite(revenue) || revenue < 0) {
    throw new DomainError('decompose.revenueBad', { value: String(revenue) }, 'revenue');
  }
  checkAvgCheck(avgCheck);
  checkConversions(conversions);
  const stepAt = (i: number) => (steps ? steps[i] : 1);
  const counts = new Array<number>(conversions.length + 1);
  let below = roundToStep(revenue / avgCheck, stepAt(conversions.length), 'up');
  counts[conversions.length] = below;
  for (let i = conversions.length - 1; i >= 0; i--) {
    below = roundToStep(below / conversions[i], stepAt(i), 'up');
    counts[i] = below;
  }
  return counts;
}

/** 10 000 000 at a 200 000 average check, 10 % lead → deal: [500 leads, 50 deals]. */
export function reverseFunnel(revenue: number, avgCheck: number, conversions: readonly number[]): number[] {
  return reverseFunnelSteps(revenue, avgCheck, conversions);
}

export interface ForwardFunnel {
  /** Expected count at each stage, top first (not rounded: expectations). */
  counts: number[];
  /** Expected revenue: expected deals × average check. */
  revenue: number;
}

/** 500 leads at 10 % and a 200 000 average check → counts [500, 50], revenue 10 000 000. */
export function forwardFunnel(
  topCount: number,
  conversions: readonly number[],
  avgCheck: number,
): ForwardFunnel {
  if (typeof topCount !== 'number' || !Number.isFinite(topCount) || topCount < 0) {
    throw new DomainError('decompose.topCountBad', { value: String(topCount) }, 'topCount');
  }
  checkConversions(conversions);
  checkAvgCheck(avgCheck);
  const counts = [topCount];
  let n = topCount;
  for (const c of conversions) {
    n = clean(n * c);
    counts.push(n);
  }
  return { counts, revenue: clean(n * avgCheck) };
}

function clean(x: number): number {
  const s = snapInteger(x);
  return Number.isInteger(s) ? s : Number(s.toPrecision(15));
}
