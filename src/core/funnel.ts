import { DomainError, msgRef } from './errors';

/**
 * Funnel analytics over stage counts, top of the funnel first and the final stage (deals) last.
 *
 * Decisions:
 * - Counts must be finite and ≥ 0 (they need not be whole: averages and forecasts are funnels too).
 * - A stage larger than the one before it is allowed: it happens with data entry (a deal closed from
 *   a lead of last month) and shows as a conversion above 100 %.
 * - The conversion into stage i is counts[i] ÷ counts[i − 1]; null for the first stage and where the
 *   stage before is 0. Team conversions come from the summed counts, never from averaged conversions.
 * - A benchmark lists the conversion into each stage: either one per conversion (counts.length − 1
 *   values) or one per stage with the first ignored (the shape of the conversions, as a settings tab
 *   with a benchmark column beside each stage holds it). A null benchmark means "no benchmark here":
 *   that stage is never the bottleneck.
 */

export type Conversions = (number | null)[];

/** Conversion into each stage from the one before; null for the first stage and after a stage of 0. */
export function conversions(counts: readonly number[]): Conversions {
  checkCounts(counts);
  return counts.map((c, i) => (i === 0 || counts[i - 1] === 0 ? null : c / counts[i - 1]));
}

/** Final stage ÷ first stage; null when the first stage is 0. */
export function overallConversion(counts: readonly number[]): number | null {
  checkCounts(counts);
  if (counts.length === 0) throw new DomainError('funnel.noStages', {}, 'counts');
  return counts[0] === 0 ? null : counts[counts.length - 1] / counts[0];
}

/** Stage-by-stage sums of several funnels (managers → team). */
export function sumFunnels(funnels: readonly (readonly number[])[]): number[] {
  if (funnels.length === 0) throw new DomainError('funnel.noFunnels', {}, 'funnels');
  const stages = funnels[0].length;
  const sums = new Array<number>(stages).fill(0);
  funnels.forEach((counts, f) => {
    if (counts.length !== stages) {
      throw new DomainError(
        'funnel.stageCountMismatch',
        { funnel: f + 1, expected: stages, actual: counts.length },
        `funnels[${f}]`,
      );
    }
    checkCounts(counts, f);
    counts.forEach((c, i) => {
      sums[i] += c;
    });
  });
  return sums;
}

export interface FunnelSummary {
  readonly counts: readonly number[];
  readonly conversions: Conversions;
  readonly overall: number | null;
}

export function funnelSummary(counts: readonly number[]): FunnelSummary {
  return { counts: counts.slice(), conversions: conversions(counts), overall: overallConversion(counts) };
}

export interface Bottleneck {
  /** 0-based index into counts of the stage whose incoming conversion is below its benchmark (≥ 1). */
  readonly stage: number;
  /** Final-stage units gained if that conversion reached its benchmark, the others unchanged. */
  readonly dealsAdded: number;
  readonly conversion: number;
  readonly benchmark: number;
}

/**
 * For each stage, the final-stage units gained by lifting its incoming conversion to the benchmark with
 * the other conversions unchanged; null where the stage is not below its benchmark (or has none, or its
 * previous stage is 0, or it is the first stage).
 *
 * Lifting stage k adds (benchmark_k × counts[k−1] − counts[k]) units at stage k, carried to the end by
 * the downstream conversions. A downstream conversion that is undefined (its stage before is 0) is
 * taken at its benchmark, or as 0 when it has none.
 */
export function stageImpacts(
  counts: readonly number[],
  benchmark: readonly (number | null)[],
): (number | null)[] {
  checkCounts(counts);
  const bench = alignBenchmark(counts.length, benchmark);
  const conv = conversions(counts);
  const carry = new Array<number>(counts.length).fill(1);
  for (let i = counts.length - 2; i >= 0; i--) {
    const next = conv[i + 1] !== null ? conv[i + 1]! : (bench[i + 1] ?? 0);
    carry[i] = carry[i + 1] * next;
  }
  return counts.map((c, k) => {
    const b = bench[k];
    if (k === 0 || b === null || counts[k - 1] === 0) return null;
    const lost = b * counts[k - 1] - c;
    if (lost <= TOLERANCE * Math.max(1, c)) return null;
    return lost * carry[k];
  });
}

/**
 * The stage whose lift to its benchmark adds the most final-stage units; ties (within float noise) go to
 * the earlier stage.
 * null when no stage is below its benchmark. Ranked by units gained, not by percentage points: a
 * 10-point gap on a wide top stage can matter less than a 3-point gap near the deal.
 */
export function bottleneck(
  counts: readonly number[],
  benchmark: readonly (number | null)[],
): Bottleneck | null {
  const impacts = stageImpacts(counts, benchmark);
  const bench = alignBenchmark(counts.length, benchmark);
  let best = -1;
  impacts.forEach((v, k) => {
    // Float noise must not break a tie in favour of the later stage.
    if (v !== null && (best < 0 || v > impacts[best]! + TOLERANCE * Math.max(1, Math.abs(impacts[best]!))))
      best = k;
  });
  if (best < 0) return null;
  return {
    stage: best,
    dealsAdded: impacts[best]!,
    conversion: counts[best] / counts[best - 1],
    benchmark: bench[best]!,
  };
}

export interface ManagerFunnel extends FunnelSummary {
  readonly bottleneck: Bottleneck | null;
}

export interface TeamFunnel {
  readonly managers: readonly ManagerFunnel[];
  readonly team: ManagerFunnel;
  /** The benchmark the bottlenecks were found against, one per stage (first null). */
  readonly benchmark: Conversions;
}

/**
 * Per-manager and team funnels. Without a benchmark each manager is measured against the team's
 * conversions and the team has no bottleneck of its own; with one, everyone is measured against it.
 */
export function teamFunnel(
  perManager: readonly (readonly number[])[],
  benchmark?: readonly (number | null)[],
): TeamFunnel {
  const totals = sumFunnels(perManager);
  const teamConv = conversions(totals);
  const bench: Conversions = benchmark ? alignBenchmark(totals.length, benchmark) : teamConv;
  const managers = perManager.map((counts) => ({
    ...funnelSummary(counts),
    bottleneck: bottleneck(counts, bench),
  }));
  const team = { ...funnelSummary(totals), bottleneck: benchmark ? bottleneck(totals, bench) : null };
  return { managers, team, benchmark: bench };
}

/** Revenue per day: opportunities × average deal × win rate ÷ sales-cycle days. */
export function salesVelocity(
  opportunities: number,
  avgDeal: number,
  winRate: number,
  cycleDays: number,
): number {
  checkNonNegative(opportunities, 'funnel.arg.opportunities', 'opportunities');
  checkNonNegative(avgDeal, 'funnel.arg.avgDeal', 'avgDeal');
  checkFraction(winRate, 'funnel.arg.winRate', 'winRate');
  checkFinite(cycleDays, 'funnel.arg.cycleDays', 'cycleDays');
  if (cycleDays <= 0) throw new DomainError('funnel.badCycleDays', { value: cycleDays }, 'cycleDays');
  return (opportunities * avgDeal * winRate) / cycleDays;
}

/** Customer lifetime value: average check × purchases a year × years × margin (a fraction, default 1). */
export function ltv(avgCheck: number, purchasesPerYear: number, years: number, margin = 1): number {
  checkNonNegative(avgCheck, 'funnel.arg.avgCheck', 'avgCheck');
  checkNonNegative(purchasesPerYear, 'funnel.arg.purchasesPerYear', 'purchasesPerYear');
  checkNonNegative(years, 'funnel.arg.years', 'years');
  checkFraction(margin, 'funnel.arg.margin', 'margin');
  return avgCheck * purchasesPerYear * years * margin;
}

// ---------------------------------------------------------------------------------------------------

const TOLERANCE = 1e-9;

/** The benchmark as one entry per stage, the first null. */
function alignBenchmark(stages: number, benchmark: readonly (number | null)[]): Conversions {
  let aligned: Conversions;
  if (benchmark.length === stages) aligned = [null, ...benchmark.slice(1)];
  else if (benchmark.length === stages - 1) aligned = [null, ...benchmark];
  else {
    throw new DomainError(
      'funnel.benchmarkLength',
      { stages, conversions: Math.max(0, stages - 1), actual: benchmark.length },
      'benchmark',
    );
  }
  // The benchmark's own index of aligned[i] (one per conversion: shifted by the first stage).
  const shift = benchmark.length === stages ? 0 : 1;
  aligned.forEach((b, i) => {
    if (b === null || b === undefined) {
      aligned[i] = null;
      return;
    }
    if (typeof b !== 'number' || !Number.isFinite(b) || b < 0) {
      throw new DomainError(
        'funnel.badBenchmark',
        { stage: i + 1, value: String(b) },
        `benchmark[${i - shift}]`,
      );
    }
  });
  return aligned;
}

/** Fields: `counts[i]`, or `funnels[f][i]` for funnel f of several. */
function checkCounts(counts: readonly number[], funnel?: number): void {
  counts.forEach((c, i) => {
    const field = funnel === undefined ? `counts[${i}]` : `funnels[${funnel}][${i}]`;
    if (typeof c !== 'number' || !Number.isFinite(c)) {
      throw new DomainError(
        funnel === undefined ? 'funnel.countNotFinite' : 'funnel.funnelCountNotFinite',
        {
          stage: i + 1,
          funnel: funnel === undefined ? undefined : funnel + 1,
          value: String(c),
        },
        field,
      );
    }
    if (c < 0) {
      throw new DomainError(
        funnel === undefined ? 'funnel.negativeCount' : 'funnel.funnelNegativeCount',
        {
          stage: i + 1,
          funnel: funnel === undefined ? undefined : funnel + 1,
          value: c,
        },
        field,
      );
    }
  });
}

/** `name` is the value's message for people, `field` the parameter's name. */
function checkFinite(x: number, name: string, field: string): void {
  if (typeof x !== 'number' || !Number.isFinite(x))
    throw new DomainError('funnel.notFinite', { name: msgRef(name) }, field);
}

function checkNonNegative(x: number, name: string, field: string): void {
  checkFinite(x, name, field);
  if (x < 0) throw new DomainError('funnel.negative', { name: msgRef(name), value: x }, field);
}

function checkFraction(x: number, name: string, field: string): void {
  checkFinite(x, name, field);
  if (x < 0 || x > 1) throw new DomainError('funnel.notFraction', { name: msgRef(name), value: x }, field);
}
