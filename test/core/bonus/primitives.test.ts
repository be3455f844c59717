import { curveCoefficient } from '../../../src/core/bonus/curve';
import { applyDraw, drawStep } from '../../../src/core/bonus/draw';
import { type Kpi, kpiIndex, kpiScores } from '../../../src/core/bonus/kpi';
import { splitPool, splitPoolDetail } from '../../../src/core/bonus/pool';
import { tieredCommission, tierLines } from '../../../src/core/bonus/tiers';
import { DomainError } from '../../../src/core/errors';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error('did not throw');
}

describe('tieredCommission', () => {
  const tiers = [
    { from: 0, rate: 0.03 },
    { from: 500, rate: 0.05 },
    { from: 750, rate: 0.075 },
  ];
  test.each([
    [300, 9],
    [600, 20],
    [800, 31.25],
    [900, 38.75],
    [500, 15],
    [0, 0],
  ])('marginal 3/5/7.5 %% on %d → %d', (amount, expected) => {
    expect(tieredCommission(amount, tiers, 'marginal')).toBe(expected);
  });

  test('50 % up to 100 000, 60 % above, on 180 000: marginal 98 000, retro 108 000', () => {
    const t = [
      { from: 0, rate: 0.5 },
      { from: 100_000, rate: 0.6 },
    ];
    expect(tieredCommission(180_000, t, 'marginal')).toBe(98_000);
    expect(tieredCommission(180_000, t, 'retro')).toBe(108_000);
    expect(tieredCommission(180_000, t)).toBe(98_000);
  });

  test('nothing below the first threshold, in both modes', () => {
    const t = [
      { from: 1000, rate: 0.05 },
      { from: 2000, rate: 0.1 },
    ];
    expect(tieredCommission(999.99, t, 'marginal')).toBe(0);
    expect(tieredCommission(999.99, t, 'retro')).toBe(0);
    expect(tieredCommission(1500, t, 'marginal')).toBe(25);
    expect(tieredCommission(2500, t, 'retro')).toBe(250);
  });

  test('each band is rounded to the kopeck, and the result is the sum of the bands', () => {
    const lines = tierLines(
      1000.5,
      [
        { from: 0, rate: 0.033 },
        { from: 333.33, rate: 0.077 },
      ],
      'marginal',
    );
    expect(lines.map((l) => l.amount)).toEqual([11, 51.37]);
    const halfKopecks = [
      { from: 0, rate: 0.005 },
      { from: 1, rate: 0.005 },
    ];
    // 0.005 + 0.005: each line rounds up to a kopeck, so the sum is 0.02, not round(0.01).
    expect(tieredCommission(2, halfKopecks)).toBe(0.02);
  });

  test('a threshold is rounded to the kopeck and compared exactly, as the engine compares', () => {
    // 80 % of 333 333,33 is 266 666,664: the tier starts at 266 666,66, and that fact reaches it.
    const t = [{ from: 0.8, rate: 0.1 }];
    const at = tierLines(266_666.66, t, 'retro', { plan: 333_333.33 });
    expect(at.map((l) => [l.code, l.amount])).toEqual([['bonus.trail.rate', 26_666.67]]);
    const below = tierLines(266_666.65, t, 'retro', { plan: 333_333.33 });
    expect(below.map((l) => [l.code, l.params.threshold])).toEqual([
      ['bonus.trail.belowFirst', { num: 266_666.66 }],
    ]);
    // by amount likewise: half a kopeck below a threshold is the threshold
    expect(tieredCommission(999.995, [{ from: 1000, rate: 0.1 }], 'retro')).toBe(100);
  });

  test('two thresholds that meet at one kopeck: the lower band is empty, the next one is paid', () => {
    const t = [
      { from: 0, rate: 0.01 },
      { from: 100.001, rate: 0.02 },
      { from: 100.004, rate: 0.03 },
    ];
    const lines = tierLines(200, t, 'marginal');
    expect(lines.map((l) => [l.params.base, l.amount])).toEqual([
      [{ num: 100 }, 1],
      [{ num: 100 }, 3],
    ]);
    expect(tieredCommission(200, t)).toBe(4);
  });

  test('bad tiers are rejected with what and where', () => {
    expect(codeOf(() => tieredCommission(1, []))).toBe('bonus.tiers.empty');
    expect(
      codeOf(() =>
        tieredCommission(1, [
          { from: 0, rate: 0.1 },
          { from: 0, rate: 0.2 },
        ]),
      ),
    ).toBe('bonus.tiers.overlap');
    expect(
      codeOf(() =>
        tieredCommission(1, [
          { from: 500, rate: 0.1 },
          { from: 100, rate: 0.2 },
        ]),
      ),
    ).toBe('bonus.tiers.unordered');
    expect(codeOf(() => tieredCommission(1, [{ from: 0, rate: -0.1 }]))).toBe('bonus.tiers.negativeValue');
    expect(codeOf(() => tieredCommission(1, [{ from: -5, rate: 0.1 }]))).toBe('bonus.tiers.negativeFrom');
    expect(codeOf(() => tieredCommission(1, [{ from: Number.NaN, rate: 0.1 }]))).toBe(
      'bonus.tiers.notNumber',
    );
    expect(codeOf(() => tieredCommission(1, [{ from: 0, rate: 0.1 }], 'x' as never))).toBe(
      'bonus.tiers.badMode',
    );
    expect(codeOf(() => tieredCommission(Number.NaN, [{ from: 0, rate: 0.1 }]))).toBe(
      'bonus.value.notNumber',
    );
    try {
      tieredCommission(1, [
        { from: 0, rate: 0.1 },
        { from: 500, rate: 0.2 },
        { from: 400, rate: 0.3 },
      ]);
    } catch (e) {
      expect((e as DomainError).params).toEqual({ index: 3, prev: 2, from: 400, prevFrom: 500 });
    }
  });
});

describe('curveCoefficient', () => {
  const points = [
    { x: 0.8, y: 0.5 },
    { x: 1, y: 1 },
    { x: 1.2, y: 1.5 },
  ];
  test('linear: 0 below the first point, straight lines between, flat after the last', () => {
    expect(curveCoefficient(0.79, points)).toBe(0);
    expect(curveCoefficient(0.8, points)).toBe(0.5);
    expect(curveCoefficient(0.9, points)).toBeCloseTo(0.75, 12);
    expect(curveCoefficient(1, points)).toBe(1);
    expect(curveCoefficient(1.1, points)).toBeCloseTo(1.25, 12);
    expect(curveCoefficient(2, points)).toBe(1.5);
  });
  test('step: the y of the highest point reached', () => {
    expect(curveCoefficient(0.7, points, 'step')).toBe(0);
    expect(curveCoefficient(0.9, points, 'step')).toBe(0.5);
    expect(curveCoefficient(1.19, points, 'step')).toBe(1);
    expect(curveCoefficient(1.2, points, 'step')).toBe(1.5);
  });
  test('bad points are rejected', () => {
    expect(codeOf(() => curveCoefficient(1, []))).toBe('bonus.curve.empty');
    expect(
      codeOf(() =>
        curveCoefficient(1, [
          { x: 1, y: 1 },
          { x: 0.5, y: 2 },
        ]),
      ),
    ).toBe('bonus.curve.unordered');
    expect(
      codeOf(() =>
        curveCoefficient(1, [
          { x: 1, y: 1 },
          { x: 1, y: 2 },
        ]),
      ),
    ).toBe('bonus.curve.overlap');
    expect(codeOf(() => curveCoefficient(1, [{ x: 1, y: -1 }]))).toBe('bonus.curve.negativeValue');
    expect(codeOf(() => curveCoefficient(1, points, 'smooth' as never))).toBe('bonus.curve.badMode');
    expect(codeOf(() => curveCoefficient(Number.NaN, points))).toBe('bonus.value.notNumber');
  });
});

describe('kpiIndex', () => {
  test('Σ weight × score with floor, cap and less-is-better', () => {
    const kpis: Kpi[] = [
      { weight: 0.5, plan: 100, fact: 120 }, // 1.2
      { weight: 0.3, plan: 10, fact: 5, direction: 'down', cap: 1.5 }, // 2 → capped 1.5
      { weight: 0.2, plan: 100, fact: 60, floor: 0.7 }, // 0.6 → 0
    ];
    const { scores, index } = kpiScores(kpis);
    expect(scores).toEqual([1.2, 1.5, 0]);
    expect(index).toBeCloseTo(0.5 * 1.2 + 0.3 * 1.5, 12);
    expect(kpiIndex([{ weight: 1, plan: 50, fact: 50 }])).toBe(1);
  });
  test('less is better with no fact: the cap, or 1 when the plan is 0 too', () => {
    expect(kpiIndex([{ weight: 1, plan: 5, fact: 0, direction: 'down', cap: 1.3 }])).toBe(1.3);
    expect(kpiIndex([{ weight: 1, plan: 0, fact: 0, direction: 'down' }])).toBe(1);
    expect(codeOf(() => kpiIndex([{ weight: 1, plan: 5, fact: 0, direction: 'down' }]))).toBe(
      'bonus.kpi.unbounded',
    );
  });
  test('weights must sum to 100 % within 1e-9', () => {
    expect(
      kpiIndex([
        { weight: 0.1, plan: 1, fact: 1 },
        { weight: 0.2, plan: 1, fact: 1 },
        { weight: 0.7, plan: 1, fact: 1 },
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      codeOf(() =>
        kpiIndex([
          { weight: 0.5, plan: 1, fact: 1 },
          { weight: 0.4, plan: 1, fact: 1 },
        ]),
      ),
    ).toBe('bonus.kpi.weightsSum');
  });
  test('error paths', () => {
    expect(codeOf(() => kpiIndex([]))).toBe('bonus.kpi.empty');
    expect(codeOf(() => kpiIndex([{ weight: 1, plan: 0, fact: 1 }]))).toBe('bonus.kpi.planZero');
    expect(codeOf(() => kpiIndex([{ weight: 1, plan: Number.NaN, fact: 1 }]))).toBe('bonus.kpi.notNumber');
    expect(codeOf(() => kpiIndex([{ weight: -1, plan: 1, fact: 1 }]))).toBe('bonus.kpi.negativeWeight');
    expect(codeOf(() => kpiIndex([{ weight: 1, plan: -1, fact: 1 }]))).toBe('bonus.kpi.negativePlan');
    expect(codeOf(() => kpiIndex([{ weight: 1, plan: 1, fact: -1 }]))).toBe('bonus.kpi.negativeFact');
    expect(codeOf(() => kpiIndex([{ weight: 1, plan: 1, fact: 1, direction: 'sideways' as never }]))).toBe(
      'bonus.kpi.badDirection',
    );
    expect(codeOf(() => kpiIndex([{ weight: 1, plan: 1, fact: 1, floor: -1 }]))).toBe('bonus.kpi.badLimit');
    expect(codeOf(() => kpiIndex([{ weight: 1, plan: 1, fact: 1, floor: 2, cap: 1 }]))).toBe(
      'bonus.kpi.floorAboveCap',
    );
  });
});

describe('splitPool', () => {
  test('split among those who met their plan, in proportion to fact, to the kopeck, exactly', () => {
    const shares = splitPool(100_000, [100, 100, 100, 100], [150, 90, 100, 50]);
    expect(shares).toEqual([60_000, 0, 40_000, 0]);
    const odd = splitPool(100, [1, 1, 1], [1, 1, 1]);
    expect(odd).toEqual([33.34, 33.33, 33.33]);
  });
  test('nobody qualifies → all 0', () => {
    const d = splitPoolDetail(5000, [10, 10], [9, 0]);
    expect(d.shares).toEqual([0, 0]);
    expect(d.qualified).toEqual([false, false]);
  });
  test('a fact of 0 does not qualify even on a plan of 0', () => {
    expect(splitPool(1000, [0, 10], [0, 10])).toEqual([0, 1000]);
  });
  test('error paths', () => {
    expect(codeOf(() => splitPool(-1, [1], [1]))).toBe('bonus.pool.negative');
    expect(codeOf(() => splitPool(Number.NaN, [1], [1]))).toBe('bonus.pool.notNumber');
    expect(codeOf(() => splitPool(1, [1, 2], [1]))).toBe('bonus.pool.lengthMismatch');
    expect(codeOf(() => splitPool(1, [Number.NaN], [1]))).toBe('bonus.pool.badValue');
    expect(codeOf(() => splitPool(1, [1], [Number.POSITIVE_INFINITY]))).toBe('bonus.pool.badValue');
  });
});

describe('applyDraw', () => {
  test('recoverable: a shortfall is carried and recovered from commission above the draw', () => {
    const r = applyDraw([30_000, 20_000, 80_000, 90_000], 50_000, true);
    // 3rd: 30 000 above the draw all goes to the 50 000 owed; 4th: 40 000 above, 20 000 still owed.
    expect(r.pay).toEqual([50_000, 50_000, 50_000, 70_000]);
    expect(r.balance).toEqual([20_000, 50_000, 20_000, 0]);
  });
  test('non-recoverable: max(draw, commission), nothing carried', () => {
    const r = applyDraw([30_000, 20_000, 80_000], 50_000, false);
    expect(r.pay).toEqual([50_000, 50_000, 80_000]);
    expect(r.balance).toEqual([0, 0, 0]);
    expect(applyDraw([30_000], 50_000).pay).toEqual([50_000]);
  });
  test('one step in kopecks', () => {
    expect(drawStep(100.1, 100, 0.2, true)).toEqual({ pay: 100, balance: 0.1, topUp: 0, recovered: 0.1 });
  });
  test('error paths', () => {
    expect(codeOf(() => applyDraw([1], -1))).toBe('bonus.draw.negative');
    expect(codeOf(() => applyDraw([1], Number.NaN))).toBe('bonus.draw.notNumber');
    expect(codeOf(() => applyDraw([1, Number.NaN], 1))).toBe('bonus.draw.badCommission');
    expect(codeOf(() => applyDraw(null as never, 1))).toBe('bonus.draw.noCommissions');
  });
});
