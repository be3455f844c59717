import { pickScheme } from '../../../src/core/bonus/dated';
import { type BonusInput, evaluateScheme } from '../../../src/core/bonus/evaluate';
import type { Problem } from '../../../src/core/bonus/problems';
import type { Scheme, SchemeComponent } from '../../../src/core/bonus/scheme';
import { sumLines } from '../../../src/core/bonus/trail';
import { validateScheme } from '../../../src/core/bonus/validate';
import { dayOf } from '../../../src/core/dates';
import { DomainError } from '../../../src/core/errors';

const scheme = (...components: SchemeComponent[]): Scheme => ({ id: 's1', name: 'Test', components });
const own = (plan: number, fact: number, extra: Partial<BonusInput> = {}): BonusInput => ({
  plan: { revenue: plan },
  fact: { revenue: fact },
  ...extra,
});

function expectConsistent(r: ReturnType<typeof evaluateScheme>): void {
  expect(sumLines(r.trail)).toBe(r.total);
  for (const c of r.components) expect(sumLines(c.trail)).toBe(c.amount);
}

describe('acceptance: target incentive with accelerators and decelerators', () => {
  const accelerated = scheme({
    kind: 'target',
    metric: 'revenue',
    target: 100_000,
    bands: [
      { from: 1, multiplier: 1.5 },
      { from: 1.3, multiplier: 2 },
    ],
  });
  test('plan 500 000, target 100 000, ×1.5 at 100–130 %, ×2 above: 650 000 sold → 145 000', () => {
    const r = evaluateScheme(accelerated, own(500_000, 650_000));
    expect(r.total).toBe(145_000);
    expect(r.components[0].trail.map((l) => l.amount).filter((a) => a !== undefined)).toEqual([
      100_000, 45_000,
    ]);
    expectConsistent(r);
  });
  test('above 130 % the ×2 band applies to the part above', () => {
    expect(evaluateScheme(accelerated, own(500_000, 700_000)).total).toBe(100_000 + 45_000 + 20_000);
  });
  test('40 % attainment with a ×0.5 decelerator below 50 % → 20 000', () => {
    const s = scheme({
      kind: 'target',
      metric: 'revenue',
      target: 100_000,
      bands: [
        { from: 0, multiplier: 0.5 },
        { from: 0.5, multiplier: 1 },
        { from: 1, multiplier: 1.5 },
        { from: 1.3, multiplier: 2 },
      ],
    });
    expect(evaluateScheme(s, own(500_000, 200_000)).total).toBe(20_000);
    expect(evaluateScheme(s, own(500_000, 650_000)).total).toBe(25_000 + 50_000 + 45_000);
    // retro: the whole attainment at the multiplier of the band reached
    expect(
      evaluateScheme(
        scheme({ ...(s.components[0] as object), bandMode: 'retro' } as SchemeComponent),
        own(500_000, 200_000),
      ).total,
    ).toBe(20_000);
  });
  test("the target defaults to the manager's target bonus; a payout curve works too", () => {
    const s = scheme({
      kind: 'target',
      metric: 'revenue',
      curve: {
        mode: 'linear',
        points: [
          { x: 0.8, y: 0.5 },
          { x: 1, y: 1 },
          { x: 1.2, y: 1.5 },
        ],
      },
    });
    expect(evaluateScheme(s, own(100, 90, { targetBonus: 40_000 })).total).toBe(30_000);
    expect(evaluateScheme(s, own(100, 79, { targetBonus: 40_000 })).total).toBe(0);
  });
});

describe('acceptance: commission with marginal accelerators', () => {
  const s = scheme({
    kind: 'percent',
    metric: 'revenue',
    rate: 0.1,
    attainmentCap: 1.5,
    bands: [
      { from: 1, multiplier: 1.5 },
      { from: 1.2, multiplier: 2 },
    ],
  });
  test('plan 1 000 000, 10 %, ×1.5 at 100–120 %, ×2 at 120–150 %: 120 % → 130 000; 150 % → 190 000', () => {
    expect(evaluateScheme(s, own(1_000_000, 1_200_000)).total).toBe(130_000);
    const r = evaluateScheme(s, own(1_000_000, 1_500_000));
    expect(r.total).toBe(190_000);
    expectConsistent(r);
    expect(evaluateScheme(s, own(1_000_000, 800_000)).total).toBe(80_000);
    // attainment above 150 % does not count
    expect(evaluateScheme(s, own(1_000_000, 1_700_000)).total).toBe(190_000);
  });
});

describe('acceptance: caps, gates, salary-linked tiers', () => {
  test('3 % commission with a monthly cap of 10 000 on 400 000 sold → 10 000', () => {
    const r = evaluateScheme(
      scheme({ kind: 'percent', metric: 'revenue', rate: 0.03, cap: 10_000 }),
      own(0, 400_000),
    );
    expect(r.total).toBe(10_000);
    expect(r.components[0].trail.map((l) => l.amount).filter((a) => a !== undefined)).toEqual([
      12_000, -2_000,
    ]);
    expectConsistent(r);
  });

  test('salary 50 000; 80–100 %: 10 % of salary + 5 % of sales; above 100 %: 15 % + 7 %; 130 % → 7 500 + 9 100 = 16 600', () => {
    const s = scheme(
      { kind: 'salary', amount: 50_000 },
      {
        kind: 'tiered',
        metric: 'revenue',
        by: 'attainment',
        mode: 'retro',
        tiers: [
          { from: 0.8, rate: 0.05, salaryRate: 0.1 },
          { from: 1, rate: 0.07, salaryRate: 0.15 },
        ],
      },
    );
    const r = evaluateScheme(s, own(100_000, 130_000));
    expect(r.components[1].amount).toBe(16_600);
    expect(r.components[1].trail.filter((l) => l.amount !== undefined).map((l) => l.amount)).toEqual([
      7_500, 9_100,
    ]);
    expect(r.variable).toBe(16_600);
    expect(r.salary).toBe(50_000);
    expect(r.total).toBe(66_600);
    expectConsistent(r);
    expect(evaluateScheme(s, own(100_000, 90_000)).variable).toBe(5_000 + 4_500);
    expect(evaluateScheme(s, own(100_000, 79_000)).variable).toBe(0);
  });

  test('a gate on attainment: nothing below 80 %', () => {
    const s = scheme({
      kind: 'percent',
      metric: 'revenue',
      rate: 0.05,
      gate: { metric: 'revenue', min: 0.8 },
    });
    expect(evaluateScheme(s, own(100_000, 79_999)).total).toBe(0);
    expect(evaluateScheme(s, own(100_000, 80_000)).total).toBe(4_000);
  });

  test('a band edge that is not a whole kopeck is rounded to one: 80 % of 333 333,33 is 266 666,66', () => {
    const s = scheme({
      kind: 'percent',
      metric: 'revenue',
      rate: 0.1,
      bands: [{ from: 0.8, multiplier: 2 }],
    });
    const r = evaluateScheme(s, own(333_333.33, 300_000));
    // 266 666,66 × 10 % + 33 333,34 × 10 % × 2
    expect(r.trail.filter((l) => l.amount !== undefined).map((l) => l.amount)).toEqual([26_666.67, 6_666.67]);
    expect(evaluateScheme(s, own(333_333.33, 266_666.66)).total).toBe(26_666.67);
  });

  test('an entry threshold made by a product is exact: 3 × 110 % is 3.3, not 3.3000000000000003', () => {
    const s = scheme({ kind: 'percent', metric: 'deals', rate: 0.1, gate: { metric: 'deals', min: 1.1 } });
    const deals = (fact: number): BonusInput => ({ plan: { deals: 3 }, fact: { deals: fact } });
    expect(evaluateScheme(s, deals(3.3)).total).toBe(0.33);
    expect(evaluateScheme(s, deals(3.29)).total).toBe(0);
  });

  test('a cap on the whole variable pay', () => {
    const s: Scheme = {
      ...scheme(
        { kind: 'salary', amount: 30_000 },
        { kind: 'percent', metric: 'revenue', rate: 0.05 },
        { kind: 'percent', metric: 'margin', rate: 0.1 },
      ),
      cap: 50_000,
    };
    const r = evaluateScheme(s, { plan: {}, fact: { revenue: 600_000, margin: 300_000 } });
    expect(r.variable).toBe(50_000);
    expect(r.total).toBe(80_000);
    expect(r.components.map((c) => c.kind)).toEqual(['salary', 'percent', 'percent', 'cap']);
    expectConsistent(r);
  });

  test('tiered by amount, marginal', () => {
    const s = scheme({
      kind: 'tiered',
      metric: 'revenue',
      by: 'amount',
      mode: 'marginal',
      tiers: [
        { from: 0, rate: 0.03 },
        { from: 500, rate: 0.05 },
        { from: 750, rate: 0.075 },
      ],
    });
    expect(evaluateScheme(s, own(0, 800)).total).toBe(31.25);
  });
});

describe('KPI matrix', () => {
  const s = scheme({
    kind: 'kpi',
    target: 30_000,
    kpis: [
      { id: 'revenue', label: 'Выручка', weight: 0.5, t0: 0.8, tmax: 1.2 },
      { id: 'calls', weight: 0.3, plan: 400, t0: 0.7, tmax: 1.5 },
      { id: 'discount', weight: 0.2, direction: 'down', plan: 0.05, tmax: 1.3 },
    ],
  });
  test('weighted scores with T0, Tmax and less-is-better, paid KPI by KPI', () => {
    const r = evaluateScheme(s, {
      plan: {},
      fact: {},
      kpis: {
        revenue: { plan: 1_000_000, fact: 1_300_000 }, // 1.3 → Tmax 1.2
        calls: { fact: 260 }, // 0.65 < T0 → 0
        discount: { fact: 0.04 }, // 0.05 / 0.04 = 1.25
      },
    });
    expect(r.components[0].trail.map((l) => l.amount)).toEqual([18_000, 0, 7_500]);
    expect(r.total).toBe(25_500);
    expectConsistent(r);
  });
  test('a step scale on the attainment', () => {
    const step = scheme({
      kind: 'kpi',
      target: 10_000,
      kpis: [
        {
          id: 'nps',
          weight: 1,
          plan: 50,
          scale: {
            mode: 'step',
            points: [
              { x: 0.9, y: 0.5 },
              { x: 1, y: 1 },
              { x: 1.1, y: 1.2 },
            ],
          },
        },
      ],
    });
    expect(evaluateScheme(step, { plan: {}, fact: {}, kpis: { nps: { fact: 52 } } }).total).toBe(10_000);
    expect(evaluateScheme(step, { plan: {}, fact: {}, kpis: { nps: { fact: 56 } } }).total).toBe(12_000);
    expect(evaluateScheme(step, { plan: {}, fact: {}, kpis: { nps: { fact: 40 } } }).total).toBe(0);
  });
});

describe('team pool, head of sales, draws, clawbacks, shared deals', () => {
  const team = [
    { id: 'a', plan: { revenue: 100 }, fact: { revenue: 150 } },
    { id: 'b', plan: { revenue: 100 }, fact: { revenue: 90 } },
    { id: 'c', plan: { revenue: 100 }, fact: { revenue: 100 } },
  ];
  const pool = scheme({ kind: 'pool', metric: 'revenue', amount: 10_000 });
  const input = (id: string, deptFact = 340): BonusInput => ({
    plan: {},
    fact: {},
    managerId: id,
    team,
    department: { plan: { revenue: 300 }, fact: { revenue: deptFact } },
  });
  test('the pool is split among those who met their plan, in proportion to fact, exactly', () => {
    const shares = ['a', 'b', 'c'].map((id) => evaluateScheme(pool, input(id)).total);
    expect(shares).toEqual([6_000, 0, 4_000]);
  });
  test('no pool when the department misses its plan', () => {
    expect(evaluateScheme(pool, input('a', 299)).total).toBe(0);
  });
  test("the head's bonus on the department's result", () => {
    const head = scheme({ kind: 'target', metric: 'revenue', scope: 'department', target: 150_000 });
    const r = evaluateScheme(head, {
      plan: {},
      fact: {},
      department: { plan: { revenue: 300 }, fact: { revenue: 330 } },
    });
    expect(r.total).toBe(165_000);
  });
  test('a recoverable draw tops up and recovers across periods', () => {
    const s = scheme(
      { kind: 'percent', metric: 'revenue', rate: 0.1 },
      { kind: 'draw', amount: 50_000, recoverable: true },
    );
    const p1 = evaluateScheme(s, own(0, 300_000));
    expect(p1.total).toBe(50_000);
    expect(p1.drawBalance).toBe(20_000);
    const p2 = evaluateScheme(s, own(0, 800_000, { drawBalance: p1.drawBalance }));
    expect(p2.total).toBe(60_000);
    expect(p2.drawBalance).toBe(0);
    expectConsistent(p2);
    const nr = scheme(
      { kind: 'percent', metric: 'revenue', rate: 0.1 },
      { kind: 'draw', amount: 50_000, recoverable: false },
    );
    expect(evaluateScheme(nr, own(0, 300_000)).drawBalance).toBe(0);
  });
});

describe('validateScheme', () => {
  const codes = (p: Problem[]) => p.map((x) => x.code);
  test('a good scheme has no problems', () => {
    expect(validateScheme(scheme({ kind: 'percent', metric: 'revenue', rate: 0.03 }))).toEqual([]);
  });
  test('overlapping and unordered tiers, with the component and tier', () => {
    const p = validateScheme(
      scheme(
        { kind: 'salary', amount: 1 },
        {
          kind: 'tiered',
          metric: 'revenue',
          by: 'amount',
          mode: 'marginal',
          tiers: [
            { from: 0, rate: 0.03 },
            { from: 500, rate: 0.05 },
            { from: 500, rate: 0.06 },
            { from: 300, rate: 0.07 },
          ],
        },
      ),
    );
    expect(p).toEqual([
      {
        code: 'bonus.tiers.overlap',
        field: 'components[1].tiers[2].from',
        params: { scheme: 'Test', component: 2, kind: 'tiered', index: 3, prev: 2, from: 500 },
      },
      {
        code: 'bonus.tiers.unordered',
        field: 'components[1].tiers[3].from',
        params: { scheme: 'Test', component: 2, kind: 'tiered', index: 4, prev: 3, from: 300, prevFrom: 500 },
      },
    ]);
  });
  test('weights not summing to 100 %, negative rate, unknown metric, T0 ≥ Tmax', () => {
    const p = validateScheme(
      scheme(
        {
          kind: 'kpi',
          target: 1,
          kpis: [
            { id: 'a', weight: 0.5, t0: 1.2, tmax: 1.1 },
            { id: 'b', weight: 0.4 },
          ],
        },
        { kind: 'percent', metric: 'revenu', rate: -0.05 },
      ),
    );
    expect(codes(p)).toEqual([
      'bonus.component.kpi.t0AboveTmax',
      'bonus.component.kpi.weightsSum',
      'bonus.component.unknownMetric',
      'bonus.component.negativeRate',
    ]);
    expect(p[0].params).toMatchObject({ component: 1, kpi: 'a' });
    expect(p[1].params.sum).toBeCloseTo(90, 9);
    expect(p[2].params).toMatchObject({ component: 2, metric: 'revenu' });
  });
  test('the metrics may be extended', () => {
    const s = scheme({ kind: 'percent', metric: 'subscriptions', rate: 0.1 });
    expect(codes(validateScheme(s))).toEqual(['bonus.component.unknownMetric']);
    expect(validateScheme(s, { metrics: ['subscriptions'] })).toEqual([]);
  });
  test('scheme-level problems', () => {
    expect(codes(validateScheme({ id: '', name: '', components: [] }))).toEqual([
      'bonus.scheme.noId',
      'bonus.scheme.noName',
      'bonus.scheme.noComponents',
    ]);
    expect(validateScheme({ ...scheme({ kind: 'salary' }), cap: -1 }).map((p) => [p.code, p.field])).toEqual([
      ['bonus.scheme.badCap', 'cap'],
    ]);
    expect(codes(validateScheme({ ...scheme({ kind: 'salary' }), validFrom: 1.5 }))).toEqual([
      'bonus.scheme.badDate',
    ]);
  });
  test('every component problem', () => {
    const cases: [SchemeComponent, string][] = [
      [{ kind: 'bonus' } as never, 'bonus.component.unknownKind'],
      [{ kind: 'salary', amount: -1 }, 'bonus.component.badAmount'],
      [{ kind: 'percent', metric: 'revenue', rate: 0.1, cap: -1 }, 'bonus.component.badCap'],
      [{ kind: 'percent', metric: 'revenue', rate: Number.NaN }, 'bonus.component.badRate'],
      [{ kind: 'percent', metric: 'revenue', rate: 0.1, scope: 'team' as never }, 'bonus.component.badScope'],
      [
        { kind: 'percent', metric: 'revenue', rate: 0.1, attainmentCap: 0 },
        'bonus.component.badAttainmentCap',
      ],
      [{ kind: 'percent', metric: 'revenue', rate: 0.1, bandMode: 'x' as never }, 'bonus.component.badMode'],
      [{ kind: 'percent', metric: 'revenue', rate: 0.1, bands: [] }, 'bonus.bands.empty'],
      [
        {
          kind: 'percent',
          metric: 'revenue',
          rate: 0.1,
          bands: [
            { from: 1.2, multiplier: 2 },
            { from: 1, multiplier: 1.5 },
          ],
        },
        'bonus.bands.unordered',
      ],
      [
        { kind: 'percent', metric: 'revenue', rate: 0.1, bands: [{ from: 1, multiplier: -1 }] },
        'bonus.bands.negativeValue',
      ],
      [
        {
          kind: 'tiered',
          metric: 'revenue',
          by: 'sum' as never,
          mode: 'retro',
          tiers: [{ from: 0, rate: 0 }],
        },
        'bonus.component.badBy',
      ],
      [
        { kind: 'tiered', metric: 'revenue', by: 'amount', tiers: [{ from: 0, rate: 0 }] } as never,
        'bonus.component.badMode',
      ],
      [
        { kind: 'tiered', metric: 'revenue', by: 'amount', mode: 'retro', tiers: [{ from: 0, rate: -0.01 }] },
        'bonus.tiers.negativeValue',
      ],
      [
        {
          kind: 'tiered',
          metric: 'revenue',
          by: 'amount',
          mode: 'marginal',
          tiers: [{ from: 0, rate: 0.1, salaryRate: 0.1 }],
        },
        'bonus.component.tiers.extraNeedsRetro',
      ],
      [
        {
          kind: 'tiered',
          metric: 'revenue',
          by: 'amount',
          mode: 'retro',
          tiers: [{ from: 0, rate: 0.1, fixed: -5 }],
        },
        'bonus.component.tiers.badExtra',
      ],
      [{ kind: 'target', metric: 'revenue', target: -1 }, 'bonus.component.badAmount'],
      [
        {
          kind: 'target',
          metric: 'revenue',
          bands: [{ from: 1, multiplier: 2 }],
          curve: { mode: 'linear', points: [{ x: 1, y: 1 }] },
        },
        'bonus.component.bandsAndCurve',
      ],
      [
        { kind: 'target', metric: 'revenue', curve: { mode: 'smooth' as never, points: [{ x: 1, y: 1 }] } },
        'bonus.component.badCurveMode',
      ],
      [{ kind: 'target', metric: 'revenue', curve: { mode: 'step', points: [] } }, 'bonus.curve.empty'],
      [{ kind: 'kpi', kpis: [] }, 'bonus.component.kpi.empty'],
      [{ kind: 'kpi', kpis: [{ id: '', weight: 1 }] }, 'bonus.component.kpi.noId'],
      [
        {
          kind: 'kpi',
          kpis: [
            { id: 'a', weight: 0.5 },
            { id: 'a', weight: 0.5 },
          ],
        },
        'bonus.component.kpi.duplicateId',
      ],
      [{ kind: 'kpi', kpis: [{ id: 'a', weight: Number.NaN }] }, 'bonus.component.kpi.badWeight'],
      [
        {
          kind: 'kpi',
          kpis: [
            { id: 'a', weight: -0.5 },
            { id: 'b', weight: 1.5 },
          ],
        },
        'bonus.component.kpi.negativeWeight',
      ],
      [
        { kind: 'kpi', kpis: [{ id: 'a', weight: 1, direction: 'x' as never }] },
        'bonus.component.kpi.badDirection',
      ],
      [{ kind: 'kpi', kpis: [{ id: 'a', weight: 1, plan: 0 }] }, 'bonus.component.kpi.badPlan'],
      [{ kind: 'kpi', kpis: [{ id: 'a', weight: 1, t0: -1 }] }, 'bonus.component.kpi.badLimit'],
      [
        {
          kind: 'kpi',
          kpis: [{ id: 'a', weight: 1, scale: { mode: 'x' as never, points: [{ x: 1, y: 1 }] } }],
        },
        'bonus.component.kpi.badScaleMode',
      ],
      [
        { kind: 'kpi', kpis: [{ id: 'a', weight: 1, scale: { mode: 'step', points: [] } }] },
        'bonus.curve.empty',
      ],
      [{ kind: 'pool', metric: 'revenue' }, 'bonus.component.pool.amountOrRate'],
      [{ kind: 'pool', metric: 'revenue', rate: -0.01 }, 'bonus.component.negativeRate'],
      [{ kind: 'pool', metric: 'revenue', amount: 1, threshold: -1 }, 'bonus.component.pool.badThreshold'],
      [{ kind: 'pool', metric: 'x', amount: 1 }, 'bonus.component.unknownMetric'],
      [{ kind: 'draw', amount: -1, recoverable: true }, 'bonus.component.badAmount'],
      [{ kind: 'draw', amount: 1, recoverable: 'yes' as never }, 'bonus.component.draw.badRecoverable'],
      [
        { kind: 'percent', metric: 'revenue', rate: 0.1, gate: { metric: 'x', min: 0.8 } },
        'bonus.component.gate.unknownMetric',
      ],
      [
        { kind: 'percent', metric: 'revenue', rate: 0.1, gate: { metric: 'revenue', min: -1 } },
        'bonus.component.gate.badMin',
      ],
    ];
    const found = cases.map(([component]) => validateScheme(scheme(component))[0]);
    expect(found.map((p) => p?.code)).toEqual(cases.map(([, code]) => code));
    // Each problem's path into the scheme, in the cases' order.
    expect(found.map((p) => p.field)).toEqual([
      'components[0].kind',
      'components[0].amount',
      'components[0].cap',
      'components[0].rate',
      'components[0].scope',
      'components[0].attainmentCap',
      'components[0].bandMode',
      'components[0].bands',
      'components[0].bands[1].from',
      'components[0].bands[0].multiplier',
      'components[0].by',
      'components[0].mode',
      'components[0].tiers[0].rate',
      'components[0].tiers[0].salaryRate',
      'components[0].tiers[0].fixed',
      'components[0].target',
      'components[0].curve',
      'components[0].curve.mode',
      'components[0].curve',
      'components[0].kpis',
      'components[0].kpis[0].id',
      'components[0].kpis[1].id',
      'components[0].kpis[0].weight',
      'components[0].kpis[0].weight',
      'components[0].kpis[0].direction',
      'components[0].kpis[0].plan',
      'components[0].kpis[0].t0',
      'components[0].kpis[0].scale.mode',
      'components[0].kpis[0].scale.curve',
      'components[0].amount',
      'components[0].rate',
      'components[0].threshold',
      'components[0].metric',
      'components[0].amount',
      'components[0].recoverable',
      'components[0].gate.metric',
      'components[0].gate.min',
    ]);
    expect(
      codes(
        validateScheme(
          scheme(
            { kind: 'draw', amount: 1, recoverable: true },
            { kind: 'draw', amount: 1, recoverable: true },
          ),
        ),
      ),
    ).toEqual(['bonus.component.draw.duplicate']);
  });
  test('evaluate throws the first problem as a DomainError', () => {
    const bad = scheme({ kind: 'percent', metric: 'revenue', rate: -0.05 });
    expect(() => evaluateScheme(bad, own(1, 1))).toThrow(DomainError);
    try {
      evaluateScheme(bad, own(1, 1));
    } catch (e) {
      expect((e as DomainError).code).toBe('bonus.component.negativeRate');
      expect((e as DomainError).params).toMatchObject({ component: 1, rate: -5 });
    }
  });
});

describe('evaluate: missing or bad input', () => {
  const codeOf = (s: Scheme, input: BonusInput) => {
    try {
      evaluateScheme(s, input);
    } catch (e) {
      return (e as DomainError).code;
    }
    return 'none';
  };
  const pct = scheme({ kind: 'percent', metric: 'revenue', rate: 0.1, attainmentCap: 1.5 });
  test.each([
    [pct, { plan: {}, fact: {} }, 'bonus.input.missingFact'],
    [pct, { plan: {}, fact: { revenue: 1 } }, 'bonus.input.missingPlan'],
    [pct, { plan: { revenue: 0 }, fact: { revenue: 1 } }, 'bonus.input.planNotPositive'],
    [pct, { plan: { revenue: 1 }, fact: { revenue: Number.NaN } }, 'bonus.input.badValue'],
    [scheme({ kind: 'salary' }), { plan: {}, fact: {} }, 'bonus.input.missingSalary'],
    [scheme({ kind: 'target', metric: 'revenue' }), own(1, 1), 'bonus.input.missingTarget'],
    [
      scheme({ kind: 'target', metric: 'revenue', scope: 'department', target: 1 }),
      own(1, 1),
      'bonus.input.missingDepartment',
    ],
    [scheme({ kind: 'kpi', target: 1, kpis: [{ id: 'k', weight: 1 }] }), own(1, 1), 'bonus.input.missingKpi'],
    [
      scheme({ kind: 'kpi', target: 1, kpis: [{ id: 'k', weight: 1 }] }),
      { ...own(1, 1), kpis: { k: { fact: 1 } } },
      'bonus.input.missingKpiPlan',
    ],
    [
      scheme({ kind: 'kpi', target: 1, kpis: [{ id: 'k', weight: 1 }] }),
      { ...own(1, 1), kpis: { k: { fact: 1, plan: 0 } } },
      'bonus.input.kpiPlanZero',
    ],
    [
      scheme({ kind: 'kpi', target: 1, kpis: [{ id: 'k', weight: 1, direction: 'down' }] }),
      { ...own(1, 1), kpis: { k: { fact: 0, plan: 2 } } },
      'bonus.input.kpiUnbounded',
    ],
    [
      scheme({ kind: 'kpi', target: 1, kpis: [{ id: 'k', weight: 1, direction: 'down' }] }),
      { ...own(1, 1), kpis: { k: { fact: -1, plan: 2 } } },
      'bonus.input.negativeKpiFact',
    ],
    [
      scheme({ kind: 'pool', metric: 'revenue', amount: 1 }),
      { ...own(1, 1), department: { plan: { revenue: 1 }, fact: { revenue: 1 } } },
      'bonus.input.missingTeam',
    ],
    [
      scheme({ kind: 'pool', metric: 'revenue', amount: 1 }),
      {
        ...own(1, 1),
        managerId: 'z',
        team: [{ id: 'a', plan: { revenue: 1 }, fact: { revenue: 1 } }],
        department: { plan: { revenue: 1 }, fact: { revenue: 1 } },
      },
      'bonus.input.notInTeam',
    ],
    [
      scheme({ kind: 'pool', metric: 'revenue', amount: 1 }),
      {
        ...own(1, 1),
        managerId: 'a',
        team: [{ id: 'a', plan: {}, fact: { revenue: 1 } }],
        department: { plan: { revenue: 1 }, fact: { revenue: 1 } },
      },
      'bonus.input.badTeamValue',
    ],
    [
      scheme({ kind: 'draw', amount: 1, recoverable: true }),
      { ...own(1, 1), drawBalance: Number.NaN },
      'bonus.input.badDrawBalance',
    ],
  ] as [Scheme, BonusInput, string][])('%#: %s', (s, input, code) => {
    expect(codeOf(s, input)).toBe(code);
  });
});

describe('dated schemes', () => {
  const v1: Scheme = scheme({ kind: 'salary', amount: 1 });
  const v2: Scheme = { ...scheme({ kind: 'salary', amount: 2 }), validFrom: dayOf(2026, 4, 1) };
  test('the version in force on a day: the latest that starts on or before it', () => {
    expect(pickScheme([v1, v2], dayOf(2026, 3, 31))).toBe(v1);
    expect(pickScheme([v2, v1], dayOf(2026, 4, 1))).toBe(v2);
    expect(pickScheme([v2], dayOf(2026, 3, 31))).toBeUndefined();
    expect(pickScheme([v1, v2, { ...v2, name: 'Other' }], dayOf(2026, 5, 1))).toBe(v2);
  });
});
