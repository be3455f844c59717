import { type BonusInput, evaluateScheme } from '../../../src/core/bonus/evaluate';
import { nextSteps } from '../../../src/core/bonus/next-step';
import type { Scheme, SchemeComponent } from '../../../src/core/bonus/scheme';

const scheme = (...components: SchemeComponent[]): Scheme => ({ id: 's', name: 'Test', components });
const own = (plan: number, fact: number, extra: Partial<BonusInput> = {}): BonusInput => ({
  plan: { revenue: plan },
  fact: { revenue: fact },
  ...extra,
});
const TIERS = [
  { from: 0, rate: 0.03 },
  { from: 500_000, rate: 0.05 },
  { from: 1_000_000, rate: 0.07 },
];

describe('to the next tier or threshold', () => {
  test('marginal tiers by amount: 660 000 sold → +340 000 to 7 %', () => {
    const s = scheme({ kind: 'tiered', metric: 'revenue', by: 'amount', mode: 'marginal', tiers: TIERS });
    expect(nextSteps(s, own(1_000_000, 660_000))).toEqual([
      {
        component: 1,
        kind: 'tiered',
        metric: 'revenue',
        scope: 'own',
        at: 1_000_000,
        missing: 340_000,
        reach: { type: 'tier', rate: 0.07, mode: 'marginal' },
      },
    ]);
    // the step is real: the commission on the next ruble above it is paid at 7 %
    const at = evaluateScheme(s, own(1_000_000, 1_000_000)).total;
    expect(evaluateScheme(s, own(1_000_000, 1_000_100)).total - at).toBeCloseTo(7, 6);
    // below the first tier the first is next; at the top tier there is none
    const above = scheme({
      kind: 'tiered',
      metric: 'revenue',
      by: 'amount',
      mode: 'marginal',
      tiers: TIERS.slice(1),
    });
    expect(nextSteps(above, own(1, 120_000))[0]).toMatchObject({ missing: 380_000, reach: { rate: 0.05 } });
    expect(nextSteps(s, own(1_000_000, 1_000_000))).toEqual([]);
    expect(nextSteps(s, own(1_000_000, 2_500_000))).toEqual([]);
  });

  test('retro tiers by attainment: 90 % of 2 000 000 → +200 000 to 100 %, then the rate is on the whole amount', () => {
    const s = scheme({
      kind: 'tiered',
      metric: 'revenue',
      by: 'attainment',
      mode: 'retro',
      tiers: [
        { from: 0.8, rate: 0.03 },
        { from: 1, rate: 0.05 },
        { from: 1.2, rate: 0.08 },
      ],
    });
    const steps = nextSteps(s, own(2_000_000, 1_800_000));
    expect(steps).toEqual([
      expect.objectContaining({
        at: 2_000_000,
        missing: 200_000,
        reach: { type: 'tier', rate: 0.05, mode: 'retro' },
      }),
    ]);
    expect(evaluateScheme(s, own(2_000_000, 1_800_000)).total).toBe(54_000);
    expect(evaluateScheme(s, own(2_000_000, 1_800_000 + steps[0].missing)).total).toBe(100_000);
    expect(nextSteps(s, own(2_000_000, 2_300_000))[0]).toMatchObject({ at: 2_400_000, missing: 100_000 });
    // an attainment cap below the next tier: it can never be reached, so there is no step
    expect(
      nextSteps(
        { ...s, components: [{ ...s.components[0], attainmentCap: 1.1 } as SchemeComponent] },
        own(2_000_000, 2_100_000),
      ),
    ).toEqual([]);
  });

  test('threshold: a failed attainment gate comes first, then the tier above the fact', () => {
    const s = scheme(
      { kind: 'salary', amount: 60_000 },
      {
        kind: 'tiered',
        metric: 'revenue',
        by: 'amount',
        mode: 'marginal',
        tiers: [
          { from: 0, rate: 0.02 },
          { from: 2_000_000, rate: 0.04 },
        ],
        gate: { metric: 'revenue', min: 0.8 },
      },
    );
    const steps = nextSteps(s, own(2_500_000, 1_500_000));
    expect(steps.map((x) => [x.component, x.reach.type, x.missing])).toEqual([
      [2, 'gate', 500_000],
      [2, 'tier', 500_000],
    ]);
    expect(steps[0].reach).toEqual({ type: 'gate', min: 0.8 });
    // the gate is the threshold of the pay: one ruble short pays nothing, reaching it pays
    expect(evaluateScheme(s, own(2_500_000, 1_999_999)).variable).toBe(0);
    expect(evaluateScheme(s, own(2_500_000, 2_000_000)).variable).toBe(40_000);
    // passed: no gate step
    expect(nextSteps(s, own(2_500_000, 2_100_000)).map((x) => x.reach.type)).toEqual([]);
  });

  test('pool: the department threshold and one’s own plan; accelerator bands; a step curve', () => {
    const pool = scheme({ kind: 'pool', metric: 'revenue', amount: 50_000, threshold: 1 });
    const input = own(1_000_000, 900_000, {
      department: { plan: { revenue: 5_000_000 }, fact: { revenue: 4_700_000 } },
    });
    expect(nextSteps(pool, input).map((x) => [x.scope, x.reach.type, x.missing])).toEqual([
      ['department', 'pool', 300_000],
      ['own', 'poolShare', 100_000],
    ]);
    const target = scheme({
      kind: 'target',
      metric: 'revenue',
      target: 100_000,
      bands: [
        { from: 1, multiplier: 1.5 },
        { from: 1.3, multiplier: 2 },
      ],
    });
    expect(nextSteps(target, own(500_000, 550_000))[0]).toMatchObject({
      at: 650_000,
      missing: 100_000,
      reach: { type: 'band', multiplier: 2 },
    });
    const curve = scheme({
      kind: 'target',
      metric: 'deals',
      target: 10_000,
      curve: {
        mode: 'step',
        points: [
          { x: 0.5, y: 0.5 },
          { x: 1, y: 1 },
        ],
      },
    });
    expect(nextSteps(curve, { plan: { deals: 10 }, fact: { deals: 6 } })[0]).toMatchObject({
      metric: 'deals',
      at: 10,
      missing: 4,
      reach: { type: 'curve', coefficient: 1 },
    });
  });

  test('the head on the department: the department’s fact and plan', () => {
    const s = scheme({
      kind: 'tiered',
      metric: 'revenue',
      scope: 'department',
      by: 'attainment',
      mode: 'marginal',
      tiers: [{ from: 1, rate: 0.05 }],
    });
    const input: BonusInput = {
      plan: {},
      fact: {},
      department: { plan: { revenue: 10_000_000 }, fact: { revenue: 9_250_000 } },
    };
    expect(nextSteps(s, input)).toEqual([
      expect.objectContaining({ scope: 'department', at: 10_000_000, missing: 750_000 }),
    ]);
  });
});

describe('salary for the days worked', () => {
  const s = scheme({ kind: 'salary' });
  test('60 000, 20 working days, 5 days of vacation → 45 000, and the trail says so', () => {
    const r = evaluateScheme(s, {
      plan: {},
      fact: {},
      salary: 60_000,
      salaryDays: { worked: 15, days: 20, basis: 'worked' },
    });
    expect(r.total).toBe(45_000);
    expect(r.salary).toBe(45_000);
    expect(r.trail[0]).toMatchObject({
      code: 'bonus.trail.salaryProrated',
      amount: 45_000,
      note: { code: 'bonus.note.salaryWorked' },
    });
  });
  test('a full month, or no days given: the full salary as before', () => {
    expect(
      evaluateScheme(s, {
        plan: {},
        fact: {},
        salary: 60_000,
        salaryDays: { worked: 20, days: 20, basis: 'worked' },
      }).total,
    ).toBe(60_000);
    expect(evaluateScheme(s, { plan: {}, fact: {}, salary: 60_000 }).trail[0].code).toBe(
      'bonus.trail.salary',
    );
  });
  test('to the kopeck: 50 000 × 7 / 21', () => {
    expect(
      evaluateScheme(s, {
        plan: {},
        fact: {},
        salary: 50_000,
        salaryDays: { worked: 7, days: 21, basis: 'scheduled' },
      }).total,
    ).toBe(16_666.67);
  });
});
