import fc from 'fast-check';
import { type BonusInput, evaluateScheme } from '../../../src/core/bonus/evaluate';
import { atLeast, hundredth, kopecks, minus, rubles } from '../../../src/core/bonus/money';
import { nextSteps } from '../../../src/core/bonus/next-step';
import { splitPool } from '../../../src/core/bonus/pool';
import type { Band, Scheme, SchemeComponent } from '../../../src/core/bonus/scheme';
import { tieredCommission, tierLines } from '../../../src/core/bonus/tiers';
import { sumLines } from '../../../src/core/bonus/trail';

/** Exact sum of amounts in rubles, through kopecks. */
const sumMoney = (xs: readonly number[]) => rubles(xs.reduce((s, x) => s + kopecks(x), 0));

const rate = fc.integer({ min: 0, max: 2000 }).map((x) => x / 10_000); // 0 … 20 %, to 0.01 %
const money = fc.integer({ min: 0, max: 100_000_000 }).map((x) => x / 100);

/** Running sums of `steps` from `start`. */
function cumulative(steps: readonly number[], start: number): number[] {
  const out: number[] = [];
  let at = start;
  for (const s of steps) {
    at += s;
    out.push(at);
  }
  return out;
}

/** `n` thresholds rising strictly from `start`. */
const rising = (n: number, start: number, stepMax: number) =>
  fc
    .array(fc.integer({ min: 1, max: stepMax }), { minLength: n - 1, maxLength: n - 1 })
    .map((steps) => [start, ...cumulative(steps, start)]);

/** Multipliers ≥ 1 that never fall: accelerators only. */
const accelerators = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc.tuple(
      rising(n, 0, 50).map((xs) => xs.map((x) => 0.5 + x / 100)),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
    ),
  )
  .map(([froms, ups]): Band[] => {
    const multipliers = cumulative(
      ups.map((u) => u / 100),
      1,
    );
    return froms.map((from, i) => ({ from, multiplier: multipliers[i] }));
  });

const rising_rates = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 300 }), { minLength: n, maxLength: n }).map((ups) =>
    cumulative(
      ups.map((u) => u / 10_000),
      0,
    ),
  );

/** Components with no decelerator, gate or cap. */
const monotoneComponent: fc.Arbitrary<SchemeComponent> = fc.oneof(
  rate.map((r): SchemeComponent => ({ kind: 'percent', metric: 'revenue', rate: r })),
  fc.tuple(rate, accelerators, fc.constantFrom('marginal' as const, 'retro' as const)).map(
    ([r, bands, bandMode]): SchemeComponent => ({
      kind: 'percent',
      metric: 'revenue',
      rate: r,
      bands,
      bandMode,
    }),
  ),
  fc.tuple(money, accelerators, fc.constantFrom('marginal' as const, 'retro' as const)).map(
    ([target, bands, bandMode]): SchemeComponent => ({
      kind: 'target',
      metric: 'revenue',
      target,
      bands,
      bandMode,
    }),
  ),
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc
      .tuple(
        rising(n, 0, 300_000),
        rising_rates(n),
        fc.constantFrom('marginal' as const, 'retro' as const),
        fc.boolean(),
      )
      .map(
        ([froms, rates, mode, byPlan]): SchemeComponent => ({
          kind: 'tiered',
          metric: 'revenue',
          by: byPlan ? 'attainment' : 'amount',
          mode,
          tiers: froms.map((from, i) => ({ from: byPlan ? from / 100_000 : from, rate: rates[i] })),
        }),
      ),
  ),
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc
      .tuple(
        money,
        rising(n, 50, 40),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }),
      )
      .map(([target, xs, ups]): SchemeComponent => {
        const ys = cumulative(
          ups.map((u) => u / 100),
          0,
        );
        return {
          kind: 'target',
          metric: 'revenue',
          target,
          curve: { mode: 'linear', points: xs.map((x, i) => ({ x: x / 100, y: ys[i] })) },
        };
      }),
  ),
);

const schemeOf = (components: SchemeComponent[], extra: Partial<Scheme> = {}): Scheme => ({
  id: 'p',
  name: 'Property',
  components,
  ...extra,
});

const input = (plan: number, fact: number, extra: Partial<BonusInput> = {}): BonusInput => ({
  plan: { revenue: plan, margin: plan / 4 },
  fact: { revenue: fact, margin: fact / 4 },
  ...extra,
});

describe('properties', () => {
  test('with no decelerator, gate or cap a bonus never falls when the fact rises', () => {
    fc.assert(
      fc.property(
        fc.array(monotoneComponent, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 30_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (components, plan, fact, more) => {
          const s = schemeOf(components);
          const a = evaluateScheme(s, input(plan, fact / 10));
          const b = evaluateScheme(s, input(plan, fact / 10 + more / 10));
          expect(b.total).toBeGreaterThanOrEqual(a.total);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('marginal tiers never fall either', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) => fc.tuple(rising(n, 0, 1000), fc.array(rate, { minLength: n, maxLength: n }))),
        money,
        money,
        ([froms, rates], x, d) => {
          const tiers = froms.map((from, i) => ({ from, rate: rates[i] }));
          expect(tieredCommission(x + d, tiers)).toBeGreaterThanOrEqual(tieredCommission(x, tiers));
        },
      ),
    );
  });

  test('a tier shown as the next step is the tier paid from there, and not a kopeck below', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 1, max: 4 }).chain((n) => rising(n, 1, 150)),
        fc.integer({ min: 0, max: 300 }),
        (planK, percents, factPct) => {
          const plan = rubles(planK);
          const tiers = percents.map((p, i) => ({ from: p / 100, rate: (i + 1) / 100 }));
          const s: Scheme = {
            id: 's',
            name: 'S',
            components: [{ kind: 'tiered', metric: 'revenue', by: 'attainment', mode: 'retro', tiers }],
          };
          const fact = hundredth((plan * factPct) / 100);
          const step = nextSteps(s, { plan: { revenue: plan }, fact: { revenue: fact } })[0];
          if (step === undefined) return;
          const rateAt = (x: number) =>
            tierLines(x, tiers, 'retro', { plan }).find((l) => l.code === 'bonus.trail.rate')?.params.rate;
          expect(step.reach).toMatchObject({ type: 'tier' });
          expect(rateAt(step.at)).toEqual({ pct: (step.reach as { rate: number }).rate });
          expect(rateAt(minus(step.at, 0.01))).not.toEqual({ pct: (step.reach as { rate: number }).rate });
        },
      ),
    );
  });

  test('a pool is always paid out exactly', () => {
    fc.assert(
      fc.property(
        money,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_500_000 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (pool, people) => {
          const plans = people.map((p) => p[0]);
          const facts = people.map((p) => p[1] / 3);
          const shares = splitPool(pool, plans, facts);
          const anyone = facts.some((f, i) => f > 0 && f >= plans[i]);
          expect(sumMoney(shares)).toBe(anyone ? pool : 0);
          shares.forEach((s, i) => {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(Math.round(s * 100)).toBeCloseTo(s * 100, 6);
            if (!(facts[i] > 0 && facts[i] >= plans[i])) expect(s).toBe(0);
          });
        },
      ),
    );
  });

  test("a trail's lines always add up to its total", () => {
    const anyComponent: fc.Arbitrary<SchemeComponent> = fc.oneof(
      monotoneComponent,
      fc.tuple(monotoneComponent, money).map(([c, cap]) => ({ ...c, cap }) as SchemeComponent),
      fc
        .tuple(monotoneComponent, fc.integer({ min: 0, max: 150 }))
        .map(([c, min]) => ({ ...c, gate: { metric: 'revenue', min: min / 100 } }) as SchemeComponent),
      money.map((amount): SchemeComponent => ({ kind: 'salary', amount })),
      fc
        .tuple(rate)
        .map(([r]): SchemeComponent => ({ kind: 'percent', metric: 'margin', rate: r, attainmentCap: 1.2 })),
      fc.tuple(money, fc.integer({ min: 1, max: 100 })).map(
        ([target, w]): SchemeComponent => ({
          kind: 'kpi',
          target,
          kpis: [
            { id: 'calls', weight: w / 100, t0: 0.5, tmax: 1.5 },
            { id: 'overdue', weight: 1 - w / 100, direction: 'down', tmax: 1.3 },
          ],
        }),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(anyComponent, { minLength: 1, maxLength: 5 }),
        fc.option(fc.tuple(money, fc.boolean())),
        fc.option(money),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 30_000_000 }),
        fc.integer({ min: 0, max: 1000 }),
        money,
        (components, draw, cap, plan, fact, calls, balance) => {
          const all = draw
            ? [...components, { kind: 'draw', amount: draw[0], recoverable: draw[1] } as SchemeComponent]
            : components;
          const s = schemeOf(all, cap === null ? {} : { cap });
          const r = evaluateScheme(
            s,
            input(plan, fact / 100, {
              kpis: { calls: { fact: calls, plan: 500 }, overdue: { fact: calls % 7, plan: 3 } },
              drawBalance: balance,
            }),
          );
          expect(sumLines(r.trail)).toBe(r.total);
          expect(sumMoney(r.components.map((c) => c.amount))).toBe(r.total);
          for (const c of r.components) expect(sumLines(c.trail)).toBe(c.amount);
          expect(sumMoney([r.salary, r.variable])).toBe(r.total);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('money in kopecks', () => {
  test('rubles ↔ kopecks round-trips every whole kopeck; a sum through kopecks is the integer sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e11, max: 1e11 }), { maxLength: 20 }), (ks) => {
        for (const k of ks) expect(kopecks(rubles(k))).toBe(k);
        expect(kopecks(rubles(ks.reduce((a, b) => a + b, 0)))).toBe(ks.reduce((a, b) => a + b, 0));
      }),
    );
  });
  test('a threshold plan × share is reached by itself to the kopeck, and by nothing a kopeck below', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e10 }), fc.integer({ min: 1, max: 300 }), (planK, sharePct) => {
        const plan = rubles(planK);
        const at = hundredth((plan * sharePct) / 100);
        expect(atLeast(at, (plan * sharePct) / 100)).toBe(true);
        expect(atLeast(minus(at, 0.01), (plan * sharePct) / 100)).toBe(false);
        expect(minus(at, minus(at, 0.01))).toBe(0.01);
      }),
    );
  });
});
