/**
 * The fast paths of the vectorized custom functions give exactly what the slow ones give: BONUS_TIERS's
 * commission without the trail against the trail's sum, the Date-free ymdOf against Date, the cached day of a
 * Date cell against Intl, and the integer shortcut of cellOut against toPrecision.
 */
import fc from 'fast-check';
import { checkedCommission, prepareTiers, type Tier, tierLines } from '../../src/core/bonus/tiers';
import { sumLines } from '../../src/core/bonus/trail';
import { dayOfInstant } from '../../src/core/cells';
import { ymdOf } from '../../src/core/dates';
import { CAL_WORKDAYS } from '../../src/functions';
import { overrideContext } from '../../src/functions/context';
import { cellOut } from '../../src/functions/runtime';

/** Amounts as sheets hold them (to the kopeck) and as formulas make them (any double), of either sign. */
const amount = fc.oneof(
  fc.integer({ min: -1e9, max: 2e11 }).map((k) => k / 100),
  fc.double({ min: -1e7, max: 1e13, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.005, 500000, 499999.995, 750000.004, 1e15 / 3, 9e15, 1e17, 3e20, 1e300),
);

/** Rising thresholds (some a hair apart, some with more than two decimals) and rates of any sign. */
const tiers = fc
  .array(
    fc.record({
      gap: fc.oneof(
        fc.integer({ min: 0, max: 1e8 }).map((k) => k / 100),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      ),
      rate: fc.oneof(
        fc.constantFrom(0.03, 0.05, 0.075, 0.1, 1 / 3),
        fc.double({ min: -1, max: 2, noNaN: true }),
      ),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((xs) =>
    fc.double({ min: -1e5, max: 1e6, noNaN: true }).map((start) => {
      let from = start;
      return xs.map(({ gap, rate }, i): Tier => {
        if (i > 0) from += gap;
        return { from, rate };
      });
    }),
  );

describe('BONUS_TIERS per row: checkedCommission = the trail summed', () => {
  test.each(['marginal', 'retro'] as const)('%s', (mode) => {
    fc.assert(
      fc.property(tiers, fc.array(amount, { minLength: 1, maxLength: 20 }), (ts, amounts) => {
        const prepared = prepareTiers(ts);
        for (const a of amounts)
          expect(checkedCommission(a, prepared, mode)).toBe(sumLines(tierLines(a, ts, mode)));
      }),
      { numRuns: 2000 },
    );
  });

  test('a commission near 2^53 kopecks takes the trail’s own arithmetic (the case the property once found)', () => {
    const ts = [
      { from: 0, rate: 0 },
      { from: 457762.65, rate: 0 },
      { from: 457763.1649985912, rate: 0.03 },
      { from: 491700.5749985912, rate: 0.03 },
      { from: 1409023.9949985913, rate: 1.5000059064613935e-7 },
    ];
    for (const mode of ['marginal', 'retro'] as const)
      for (const a of [3e20, 1.5e12, 1e11, 9.99e10])
        expect(checkedCommission(a, prepareTiers(ts), mode)).toBe(sumLines(tierLines(a, ts, mode)));
  });

  test('the example column of the bench, to the kopeck', () => {
    const ts = [
      { from: 0, rate: 0.03 },
      { from: 500000, rate: 0.05 },
      { from: 750000, rate: 0.075 },
    ];
    const p = prepareTiers(ts);
    expect(checkedCommission(800000, p, 'marginal')).toBe(15000 + 12500 + 3750);
    expect(checkedCommission(800000, p, 'retro')).toBe(60000);
    expect(checkedCommission(-5, p, 'marginal')).toBe(0);
  });
});

describe('dates without Date', () => {
  const viaDate = (d: number) => {
    const x = new Date(d * 86400000);
    return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
  };

  test('ymdOf = Date for every day from 1600 to 2400 and random days within Date’s range', () => {
    for (let d = -135140; d <= 157054; d++) {
      const got = ymdOf(d);
      const want = viaDate(d);
      if (got.year !== want.year || got.month !== want.month || got.day !== want.day)
        expect(got).toEqual(want);
    }
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (d) => {
        expect(ymdOf(d)).toEqual(viaDate(d));
      }),
    );
  });

  test('fractional and out-of-range days still go through Date', () => {
    expect(ymdOf(0.5)).toEqual(viaDate(0.5));
    expect(ymdOf(-0.5)).toEqual(viaDate(-0.5));
    expect(ymdOf(2e8).year).toBeNaN();
    expect(ymdOf(Number.NaN).year).toBeNaN();
  });
});

describe('Date cells read once per instant', () => {
  afterEach(() => overrideContext(null));

  test('CAL_WORKDAYS on instants of every hour, in zones either side of UTC, = Intl day by day', () => {
    for (const timeZone of ['Europe/Moscow', 'America/New_York', 'Asia/Kamchatka', 'UTC']) {
      overrideContext({ timeZone, lang: 'en' });
      const starts = Array.from({ length: 24 * 40 }, (_, h) => new Date(Date.UTC(2026, 2, 1, h)));
      const got = CAL_WORKDAYS(
        starts.map((d) => [d]),
        starts.map((d) => [d]),
        'NONE',
      ) as number[][];
      // One day from a day to itself: 1 on a weekday, 0 on a weekend, of the day the zone shows.
      const want = starts.map((d) => {
        const w = new Date(dayOfInstant(d, timeZone) * 86400000).getUTCDay();
        return [w === 0 || w === 6 ? 0 : 1];
      });
      expect(got).toEqual(want);
    }
  });
});

describe('cellOut', () => {
  test('amounts to the hundredth skip toPrecision and come out the same', () => {
    const money = fc.oneof(
      fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 }).map((k) => k / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 100),
      fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 1000),
      fc.constantFrom(0.29, 0.1 + 0.2, 1.005, 9999999999999.99, 1e13 + 0.01, 123456789012.345),
    );
    fc.assert(
      fc.property(money, (x) => {
        const clean = Number(x.toPrecision(15));
        expect(cellOut(x, {})).toBe(clean === 0 ? 0 : clean);
      }),
      { numRuns: 20000 },
    );
  });

  test('whole numbers skip toPrecision and come out the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(-0, 1e15 - 1, 1e15, -1e15 + 1, 2 ** 53),
        ),
        (x) => {
          const clean = Number(x.toPrecision(15));
          expect(cellOut(x, {})).toBe(clean === 0 ? 0 : clean);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
