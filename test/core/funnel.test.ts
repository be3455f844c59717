import fc from 'fast-check';
import { DomainError, msgRef } from '../../src/core/errors';
import {
  bottleneck,
  conversions,
  funnelSummary,
  ltv,
  overallConversion,
  salesVelocity,
  stageImpacts,
  sumFunnels,
  teamFunnel,
} from '../../src/core/funnel';
import { tCode } from '../../src/i18n';
import { expectDomainError } from '../helpers/domain-error';

describe('conversions', () => {
  it('leads 1000 → meetings 300 → proposals 60 → deals 12: 30 %, 20 %, 20 %; overall 1.2 %', () => {
    expect(conversions([1000, 300, 60, 12])).toEqual([null, 0.3, 0.2, 0.2]);
    expect(overallConversion([1000, 300, 60, 12])).toBe(0.012);
    expect(funnelSummary([1000, 300, 60, 12])).toEqual({
      counts: [1000, 300, 60, 12],
      conversions: [null, 0.3, 0.2, 0.2],
      overall: 0.012,
    });
  });

  it('null after a stage of 0; a stage above the one before is allowed (> 100 %)', () => {
    expect(conversions([0, 0, 3])).toEqual([null, null, null]);
    expect(conversions([10, 0, 0])).toEqual([null, 0, null]);
    expect(conversions([10, 12, 6])).toEqual([null, 1.2, 0.5]);
    expect(overallConversion([0, 5])).toBeNull();
    expect(overallConversion([7])).toBe(1);
    expect(conversions([])).toEqual([]);
  });

  it('team conversions come from summed counts, not averaged conversions', () => {
    // A: 100 → 50 (50 %), B: 900 → 90 (10 %): the average is 30 %, the team's 140 / 1000 = 14 %.
    const team = sumFunnels([
      [100, 50],
      [900, 90],
    ]);
    expect(team).toEqual([1000, 140]);
    expect(conversions(team)[1]).toBe(0.14);
  });
});

describe('bottleneck', () => {
  // counts 1000 → 300 → 60 → 12, conversions 30 %, 20 %, 20 %; benchmark 42 %, 25 %, 30 %.
  // Gaps in points: 12, 5, 10 — by points the step into meetings would be the bottleneck.
  // Deals added by lifting each one, the others unchanged:
  //   meetings:  0.42 × 1000 − 300 = 120 meetings × 0.2 × 0.2 = 4.8 deals (16.8 instead of 12)
  //   proposals: 0.25 × 300 − 60 = 15 proposals × 0.2 = 3 deals (15 instead of 12)
  //   deals:     0.30 × 60 − 12 = 6 deals (18 instead of 12)
  // By units lost the bottleneck is the last step, proposals → deals.
  const counts = [1000, 300, 60, 12];
  const bench = [0.42, 0.25, 0.3];

  it('ranks by deals added, not by percentage points', () => {
    const impacts = stageImpacts(counts, bench);
    expect(impacts[0]).toBeNull();
    expect(impacts[1]).toBeCloseTo(4.8, 9);
    expect(impacts[2]).toBeCloseTo(3, 9);
    expect(impacts[3]).toBeCloseTo(6, 9);
    const b = bottleneck(counts, bench)!;
    expect(b.stage).toBe(3);
    expect(b.dealsAdded).toBeCloseTo(6, 9);
    expect(b.conversion).toBe(0.2);
    expect(b.benchmark).toBe(0.3);
  });

  it('takes a benchmark per stage with the first ignored, and skips stages without one', () => {
    expect(bottleneck(counts, [null, 0.42, 0.25, 0.3])!.stage).toBe(3);
    expect(bottleneck(counts, [0.99, 0.42, 0.25, 0.3])!.stage).toBe(3);
    const b = bottleneck(counts, [0.42, 0.25, null])!;
    expect(b.stage).toBe(1);
    expect(b.dealsAdded).toBeCloseTo(4.8, 9);
  });

  it('null when no stage is below its benchmark (equal is not below)', () => {
    expect(bottleneck(counts, [0.3, 0.2, 0.2])).toBeNull();
    expect(bottleneck(counts, [0.1, 0.1, 0.1])).toBeNull();
    expect(bottleneck([5], [])).toBeNull();
  });

  it('a stage of 0: its missing downstream conversion is taken at the benchmark', () => {
    // 100 → 10 → 0 → 0; benchmark 20 %, 30 %, 50 %.
    // meetings: 20 − 10 = 10 more, but 0 % of them go on → 0 deals
    // proposals: 0.3 × 10 − 0 = 3 proposals × 50 % (benchmark, as 0 → 0 has no conversion) = 1.5 deals
    // deals: the stage before is 0, nothing to lift
    expect(stageImpacts([100, 10, 0, 0], [0.2, 0.3, 0.5])).toEqual([null, 0, 1.5, null]);
    expect(bottleneck([100, 10, 0, 0], [0.2, 0.3, 0.5])).toEqual({
      stage: 2,
      dealsAdded: 1.5,
      conversion: 0,
      benchmark: 0.3,
    });
    // no benchmark for the undefined step: counted as 0, so the stage adds 0 deals but is still the one below
    expect(bottleneck([100, 10, 0, 0], [0.2, 0.3, null])).toEqual({
      stage: 1,
      dealsAdded: 0,
      conversion: 0.1,
      benchmark: 0.2,
    });
  });

  it('ties go to the earlier stage', () => {
    // 100 → 10 → 1: lifting either to 20 % adds 1 deal (10 more × 10 %; 1 more).
    const b = bottleneck([100, 10, 1], [0.2, 0.2])!;
    expect(b.stage).toBe(1);
    expect(b.dealsAdded).toBeCloseTo(1, 12);
    // 90 → 30 → 10 at 70 % each: (63 − 30) × 1/3 = 11 and 21 − 10 = 11; in floats the first is 10.999999999999996
    const c = bottleneck([90, 30, 10], [0.7, 0.7])!;
    expect(c.stage).toBe(1);
    expect(c.dealsAdded).toBeCloseTo(11, 9);
  });
});

describe('team funnel', () => {
  it('managers against the team when no benchmark is given', () => {
    // A 500 → 200 → 40 → 10 (40 %, 20 %, 25 %); B 500 → 100 → 20 → 2 (20 %, 20 %, 10 %).
    // Team 1000 → 300 → 60 → 12 (30 %, 20 %, 20 %). A is nowhere below the team.
    // B: meetings 0.3 × 500 − 100 = 50 × 20 % × 10 % = 1 deal; proposals on par; deals 0.2 × 20 − 2 = 2 deals.
    const r = teamFunnel([
      [500, 200, 40, 10],
      [500, 100, 20, 2],
    ]);
    expect(r.team.counts).toEqual([1000, 300, 60, 12]);
    expect(r.team.overall).toBe(0.012);
    expect(r.benchmark).toEqual([null, 0.3, 0.2, 0.2]);
    expect(r.team.bottleneck).toBeNull();
    expect(r.managers[0].bottleneck).toBeNull();
    expect(r.managers[1].conversions).toEqual([null, 0.2, 0.2, 0.1]);
    expect(r.managers[1].bottleneck!.stage).toBe(3);
    expect(r.managers[1].bottleneck!.dealsAdded).toBeCloseTo(2, 9);
  });

  it('everyone against a given benchmark, the team included', () => {
    const r = teamFunnel(
      [
        [500, 200, 40, 10],
        [500, 100, 20, 2],
      ],
      [0.42, 0.25, 0.3],
    );
    expect(r.team.bottleneck!.stage).toBe(3);
    expect(r.team.bottleneck!.dealsAdded).toBeCloseTo(6, 9);
    // A: meetings 0.42 × 500 − 200 = 10 × 0.2 × 0.25 = 0.5; proposals 0.25 × 200 − 40 = 10 × 0.25 = 2.5;
    // deals 0.3 × 40 − 10 = 2 → proposals
    expect(r.managers[0].bottleneck!.stage).toBe(2);
    expect(r.managers[0].bottleneck!.dealsAdded).toBeCloseTo(2.5, 9);
  });
});

describe('velocity and LTV', () => {
  it('40 opportunities × 150 000 × 25 % ÷ 30 days = 50 000 a day', () => {
    expect(salesVelocity(40, 150_000, 0.25, 30)).toBe(50_000);
  });

  it('LTV: 3 000 × 4 a year × 3 years × 30 % margin = 10 800; no margin given → 36 000', () => {
    expect(ltv(3000, 4, 3, 0.3)).toBeCloseTo(10_800, 9);
    expect(ltv(3000, 4, 3)).toBe(36_000);
  });
});

describe('properties', () => {
  const countsArb = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 7 });
  const withBench = countsArb.chain((counts) =>
    fc.tuple(
      fc.constant(counts),
      fc.array(fc.option(fc.double({ min: 0, max: 1.5, noNaN: true }), { nil: null }), {
        minLength: counts.length - 1,
        maxLength: counts.length - 1,
      }),
    ),
  );

  it("the bottleneck's deals added are ≥ every other stage's", () => {
    fc.assert(
      fc.property(withBench, ([counts, bench]) => {
        const impacts = stageImpacts(counts, bench);
        const b = bottleneck(counts, bench);
        if (b === null) expect(impacts.every((v) => v === null)).toBe(true);
        else
          for (const v of impacts)
            if (v !== null) expect(b.dealsAdded).toBeGreaterThanOrEqual(v - 1e-9 * Math.max(1, v));
      }),
    );
  });

  it('the deals added equal the final stage recomputed with the lifted conversion', () => {
    const positive = fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 2, maxLength: 6 });
    const arb = positive.chain((counts) =>
      fc.tuple(
        fc.constant(counts),
        fc.array(fc.double({ min: 0, max: 1.5, noNaN: true }), {
          minLength: counts.length - 1,
          maxLength: counts.length - 1,
        }),
      ),
    );
    fc.assert(
      fc.property(arb, ([counts, bench]) => {
        const conv = conversions(counts) as number[];
        const impacts = stageImpacts(counts, bench);
        impacts.forEach((v, k) => {
          if (v === null) return;
          let lifted = counts[0];
          for (let i = 1; i < counts.length; i++) lifted *= i === k ? bench[k - 1] : conv[i];
          expect(v).toBeCloseTo(lifted - counts[counts.length - 1], 6);
        });
      }),
    );
  });

  it('team conversions are summed counts ÷ summed counts', () => {
    const funnels = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }), {
        minLength: 1,
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(funnels, (fs) => {
        const team = sumFunnels(fs);
        const conv = conversions(team);
        for (let i = 1; i < team.length; i++) {
          const num = fs.reduce((s, f) => s + f[i], 0);
          const den = fs.reduce((s, f) => s + f[i - 1], 0);
          expect(conv[i]).toBe(den === 0 ? null : num / den);
        }
      }),
    );
  });
});

describe('errors', () => {
  it('counts', () => {
    expectDomainError(() => conversions([10, -1]), 'funnel.negativeCount', { stage: 2, value: -1 });
    expectDomainError(() => conversions([10, Number.NaN]), 'funnel.countNotFinite', { stage: 2 });
    expectDomainError(() => overallConversion([]), 'funnel.noStages');
    expectDomainError(() => sumFunnels([]), 'funnel.noFunnels');
    expectDomainError(
      () =>
        sumFunnels([
          [1, 2],
          [1, 2, 3],
        ]),
      'funnel.stageCountMismatch',
      { funnel: 2, expected: 2, actual: 3 },
    );
    expectDomainError(
      () =>
        sumFunnels([
          [1, 2],
          [1, -2],
        ]),
      'funnel.funnelNegativeCount',
      { funnel: 2, stage: 2, value: -2 },
    );
    expectDomainError(() => sumFunnels([[Number.POSITIVE_INFINITY]]), 'funnel.funnelCountNotFinite', {
      funnel: 1,
      stage: 1,
    });
    expectDomainError(() => teamFunnel([[10, -5]]), 'funnel.funnelNegativeCount');
  });

  it('benchmarks', () => {
    expectDomainError(() => bottleneck([100, 10, 1], [0.2]), 'funnel.benchmarkLength', {
      stages: 3,
      conversions: 2,
      actual: 1,
    });
    expectDomainError(() => stageImpacts([100, 10, 1], [0.2, 0.2, 0.2, 0.2]), 'funnel.benchmarkLength');
    expectDomainError(() => bottleneck([100, 10, 1], [0.2, -0.1]), 'funnel.badBenchmark', { stage: 3 });
    expectDomainError(() => bottleneck([100, 10, 1], [Number.NaN, 0.1]), 'funnel.badBenchmark', { stage: 2 });
    expectDomainError(() => teamFunnel([[100, 10, 1]], [0.1]), 'funnel.benchmarkLength');
  });

  it('velocity and LTV', () => {
    expectDomainError(() => salesVelocity(40, 150_000, 0.25, 0), 'funnel.badCycleDays', { value: 0 });
    expectDomainError(() => salesVelocity(40, 150_000, 0.25, -3), 'funnel.badCycleDays');
    expectDomainError(() => salesVelocity(40, 150_000, 0.25, Number.NaN), 'funnel.notFinite', {
      name: msgRef('funnel.arg.cycleDays'),
    });
    expectDomainError(() => salesVelocity(40, 150_000, 25, 30), 'funnel.notFraction', {
      name: msgRef('funnel.arg.winRate'),
      value: 25,
    });
    expectDomainError(() => salesVelocity(-1, 150_000, 0.25, 30), 'funnel.negative', {
      name: msgRef('funnel.arg.opportunities'),
    });
    expectDomainError(() => salesVelocity(1, -150_000, 0.25, 30), 'funnel.negative', {
      name: msgRef('funnel.arg.avgDeal'),
    });
    expectDomainError(() => ltv(-1, 4, 3), 'funnel.negative', { name: msgRef('funnel.arg.avgCheck') });
    expectDomainError(() => ltv(1, -4, 3), 'funnel.negative', {
      name: msgRef('funnel.arg.purchasesPerYear'),
    });
    expectDomainError(() => ltv(1, 4, -3), 'funnel.negative', { name: msgRef('funnel.arg.years') });
    expectDomainError(() => ltv(1, 4, 3, 1.5), 'funnel.notFraction', { name: msgRef('funnel.arg.margin') });
    expectDomainError(() => ltv(Number.NaN, 4, 3), 'funnel.notFinite', {
      name: msgRef('funnel.arg.avgCheck'),
    });
  });

  it('renders in both languages', () => {
    const e = new DomainError('funnel.notFraction', { name: msgRef('funnel.arg.winRate'), value: 25 });
    expect(tCode(e.code, 'ru', e.params)).toBe(
      'доля выигранных сделок: 25 вне диапазона от 0 до 1 (доля: 25 % — это 0,25)',
    );
    expect(tCode(e.code, 'en', e.params)).toBe(
      'the win rate: 25 is outside 0 to 1 (a fraction: 25% is 0.25)',
    );
  });
});
