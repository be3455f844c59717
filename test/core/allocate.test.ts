import fc from 'fast-check';
import {
  cellPrecision,
  cleanDecimals,
  fromUnits,
  roundMoney,
  roundToStep,
  snapInteger,
  splitExact,
  stepDecimals,
  writtenDecimals,
} from '../../src/core/allocate';
import { msgRef } from '../../src/core/errors';
import { expectDomainError } from '../helpers/domain-error';

describe('splitExact', () => {
  it('splits by largest remainder, ties to the earlier position', () => {
    expect(splitExact(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitExact(10, [1, 1, 1, 1])).toEqual([3, 3, 2, 2]);
    expect(splitExact(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(splitExact(7, [1, 2, 4])).toEqual([1, 2, 4]);
    expect(splitExact(10, [0, 1, 0])).toEqual([0, 10, 0]);
  });

  it('gives the unit to the largest remainder, not the largest weight', () => {
    // exact shares 1.6, 2.7, 5.7 → floors 1, 2, 5; remainders .6 .7 .7 → the two .7s
    expect(splitExact(10, [16, 27, 57])).toEqual([1, 3, 6]);
  });

  it('works at steps of 0.01, 1000 and 0.5', () => {
    expect(splitExact(100, [1, 1, 1], 0.01)).toEqual([33.34, 33.33, 33.33]);
    expect(splitExact(10_000, [1, 1, 1], 1000)).toEqual([4000, 3000, 3000]);
    expect(splitExact(120_000_000, new Array(12).fill(1), 1000)).toEqual(new Array(12).fill(10_000_000));
    expect(splitExact(2.5, [1, 1], 0.5)).toEqual([1.5, 1]);
    expect(splitExact(0.3, [1, 2], 0.1)).toEqual([0.1, 0.2]);
  });

  it('takes a total with float noise as the total it means', () => {
    expect(splitExact(0.1 + 0.2, [1], 0.01)).toEqual([0.3]);
    expect(splitExact(0.1 + 0.2, [1, 1, 1], 0.1)).toEqual([0.1, 0.1, 0.1]);
  });

  it('splits a negative total as its absolute value, negated', () => {
    expect(splitExact(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('splits zero even with no weight or all-zero weights', () => {
    expect(splitExact(0, [])).toEqual([]);
    expect(splitExact(0, [0, 0])).toEqual([0, 0]);
  });

  it('handles huge weights without overflow', () => {
    expect(splitExact(10, [1e308, 1e308])).toEqual([5, 5]);
  });

  it('rejects a negative weight', () =>
    expectDomainError(() => splitExact(10, [1, -1]), 'split.negativeWeight'));
  it('rejects all-zero weights', () => expectDomainError(() => splitExact(10, [0, 0, 0]), 'split.allZero'));
  it('rejects no weights for a non-zero total', () =>
    expectDomainError(() => splitExact(10, []), 'split.noWeights'));
  it('rejects a total that is not a multiple of the step', () => {
    expectDomainError(() => splitExact(10.5, [1, 1]), 'split.totalNotMultiple');
    expectDomainError(() => splitExact(100.005, [1, 1], 0.01), 'split.totalNotMultiple');
    expectDomainError(() => splitExact(1500, [1, 1], 1000), 'split.totalNotMultiple');
    expectDomainError(() => splitExact(10_000_000_000.5, [1, 1]), 'split.totalNotMultiple');
  });
  it('rejects a step larger than the total: parts of 0 would not sum to it', () => {
    expectDomainError(() => splitExact(1000, [1, 1], 1e12), 'split.stepAboveTotal', {
      total: 1000,
      step: 1e12,
    });
    expectDomainError(() => splitExact(-1000, [1, 1], 1e12), 'split.stepAboveTotal');
    expectDomainError(() => splitExact(1e-10, [1], 1), 'split.stepAboveTotal');
  });
  it('rejects a total a hair off a whole number of big steps (noise tolerance is relative to the total)', () => {
    expectDomainError(() => splitExact(1e12 + 100, [1, 1], 1e12), 'split.totalNotMultiple');
    expect(splitExact(2e12, [1, 1], 1e12)).toEqual([1e12, 1e12]);
    expect(splitExact(0.1 * 3, [1, 1, 1], 0.1)).toEqual([0.1, 0.1, 0.1]);
  });
  it('property: the parts always sum to the total, or the split is refused', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom(0.01, 1, 1000, 1e6, 1e12),
        (total, step) => {
          let parts: number[];
          try {
            parts = splitExact(total, [1, 2, 3], step);
          } catch {
            return true;
          }
          const sum = parts.reduce((a, b) => a + b, 0);
          return Math.abs(sum - total) <= 1e-9 * Math.max(1, Math.abs(total));
        },
      ),
    );
  });
  it('rejects a non-finite total, naming it as a message reference', () => {
    expectDomainError(() => splitExact(Number.NaN, [1]), 'split.notFinite', {
      name: msgRef('split.name.total'),
    });
    expectDomainError(() => splitExact(Number.POSITIVE_INFINITY, [1]), 'split.notFinite');
  });
  it('rejects a non-finite weight', () => {
    expectDomainError(() => splitExact(1, [1, Number.NaN]), 'split.weightNotFinite');
    expectDomainError(() => splitExact(1, [Number.POSITIVE_INFINITY]), 'split.weightNotFinite');
  });
  it('rejects a bad step', () => {
    expectDomainError(() => splitExact(1, [1], 0), 'split.badStep');
    expectDomainError(() => splitExact(1, [1], -1), 'split.badStep');
    expectDomainError(() => splitExact(1, [1], Number.NaN), 'split.badStep');
  });
  it('rejects a total with more steps than a double counts exactly', () => {
    expectDomainError(() => splitExact(1e20, [1, 1]), 'split.tooLarge');
  });
});

describe('roundToStep', () => {
  it('does not let float noise tip a rounding', () => {
    expect(roundToStep(6 / (1 / 3), 1, 'up')).toBe(18);
    expect(roundToStep(0.1 + 0.2, 0.01, 'up')).toBe(0.3);
    expect(roundToStep(0.1 + 0.2, 0.01, 'down')).toBe(0.3);
    expect(roundToStep(0.1 + 0.2, 0.01)).toBe(0.3);
    expect(roundToStep(50 / 0.1, 1, 'up')).toBe(500);
  });

  it('rounds halves away from zero, even when noise hides the half', () => {
    expect(roundToStep(2.5)).toBe(3);
    expect(roundToStep(-2.5)).toBe(-3);
    expect(roundToStep(1.005, 0.01)).toBe(1.01);
    expect(roundToStep(2.4)).toBe(2);
  });

  it('rounds up, down and to the nearest step', () => {
    expect(roundToStep(2.1, 1, 'up')).toBe(3);
    expect(roundToStep(2.9, 1, 'down')).toBe(2);
    expect(roundToStep(-2.1, 1, 'up')).toBe(-2);
    expect(roundToStep(1_234_567, 1000)).toBe(1_235_000);
    expect(roundToStep(1_234_567, 1000, 'down')).toBe(1_234_000);
    expect(roundToStep(0.123, 0.05, 'up')).toBe(0.15);
  });

  it('rejects a non-finite value and a bad step', () => {
    expectDomainError(() => roundToStep(Number.NaN), 'split.notFinite');
    expectDomainError(() => roundToStep(1, 0), 'split.badStep');
  });
});

describe('helpers', () => {
  it('snapInteger removes noise only', () => {
    expect(snapInteger(18.000000000000004)).toBe(18);
    expect(snapInteger(17.9999999999)).toBe(18);
    expect(snapInteger(17.5)).toBe(17.5);
    expect(snapInteger(1e10 + 0.5)).toBe(1e10 + 0.5);
  });
  it('stepDecimals, fromUnits and roundMoney', () => {
    expect(stepDecimals(0.01)).toBe(2);
    expect(stepDecimals(1000)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(fromUnits(3, 0.1)).toBe(0.3);
    expect(roundMoney(10.005)).toBe(10.01);
  });
});

describe('splitExact properties', () => {
  const steps = fc.constantFrom(1, 0.01, 1000, 0.5, 0.1);
  const weights = fc
    .array(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), {
      minLength: 1,
      maxLength: 30,
    })
    .filter((w) => w.some((x) => x > 0));
  const units = fc.integer({ min: 0, max: 1_000_000_000 });

  it('parts sum exactly to the total and each is within one step of its exact share', () => {
    fc.assert(
      fc.property(units, weights, steps, (u, w, step) => {
        const total = fromUnits(u, step);
        const parts = splitExact(total, w, step);
        const partUnits = parts.map((p) => Math.round(p / step));
        parts.forEach((p, i) => {
          expect(p).toBe(fromUnits(partUnits[i], step));
        });
        expect(partUnits.reduce((a, b) => a + b, 0)).toBe(u);
        const sum = w.reduce((a, b) => a + b, 0);
        partUnits.forEach((pu, i) => {
          expect(Math.abs(pu - (u * w[i]) / sum)).toBeLessThan(1 + 1e-6);
        });
      }),
    );
  });

  it('is deterministic and never negative for a non-negative total', () => {
    fc.assert(
      fc.property(units, weights, steps, (u, w, step) => {
        const total = fromUnits(u, step);
        const a = splitExact(total, w, step);
        expect(splitExact(total, [...w], step)).toEqual(a);
        for (const p of a) expect(p).toBeGreaterThanOrEqual(0);
        w.forEach((x, i) => {
          if (x === 0) expect(a[i]).toBe(0);
        });
      }),
    );
  });
});

describe('fromUnits', () => {
  /** The decimal written and read back: what fromUnits gave before its fast path for whole units. */
  const written = (units: number, step: number, decimals: number) => {
    const v = Number((units * step).toFixed(decimals));
    return v === 0 ? 0 : v;
  };

  test('whole units of a power-of-ten step: the same double as writing and reading the decimal', () => {
    for (const [step, decimals] of [
      [0.01, 2],
      [0.1, 1],
      [0.001, 3],
      [0.0001, 4],
    ] as const) {
      fc.assert(
        fc.property(fc.integer({ min: -1e13, max: 1e13 }), (u) =>
          Object.is(fromUnits(u, step), written(u, step, decimals)),
        ),
        { numRuns: 20_000 },
      );
    }
    expect([fromUnits(29, 0.01), fromUnits(3, 0.1), fromUnits(-0, 0.01)]).toEqual([0.29, 0.3, 0]);
    expect(Object.is(fromUnits(-0, 0.01), 0)).toBe(true);
  });

  test('other steps are written and read: 3 × 0.25 → 0.75, 7 × 1000 → 7000', () => {
    expect([fromUnits(3, 0.25), fromUnits(7, 1000), fromUnits(1, 0.5)]).toEqual([0.75, 7000, 0.5]);
  });
});

describe('cleanDecimals', () => {
  it('is toFixed read back, −0 as 0, for any double and 0–4 decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const slow = Number(x.toFixed(d));
          expect(Object.is(cleanDecimals(x, d), slow === 0 ? 0 : slow)).toBe(true);
        },
      ),
    );
  });

  it('writes the noise of a sum away', () => {
    expect(cleanDecimals(0.1 + 0.2, 2)).toBe(0.3);
    expect(cleanDecimals(-0, 0)).toBe(0);
    expect(Object.is(cleanDecimals(-0.001, 2), 0)).toBe(true);
  });
});

describe('cellPrecision', () => {
  it('keeps 15 significant digits as a cell does, −0 as 0', () => {
    // 1 000 × (1 − 0.8) ÷ 0.2 = 999.9999999999999 in doubles; 1.4999999999999996 is 1.5 to 15 digits.
    expect(cellPrecision((1000 * (1 - 0.8)) / 0.2)).toBe(1000);
    expect(cellPrecision(1.4999999999999996)).toBe(1.5);
    expect(cellPrecision(1234.56)).toBe(1234.56);
    expect(Object.is(cellPrecision(-0), 0)).toBe(true);
  });
});

describe('writtenDecimals', () => {
  it("counts a number's decimals exactly, where a step's decimals forgive noise", () => {
    expect([1234.56, 1000, 1e-7, 0.1].map(writtenDecimals)).toEqual([2, 0, 7, 1]);
    // A 15-digit plan keeps its 7 decimals; stepDecimals forgives 1e-9 relative and says 3.
    expect(writtenDecimals(1234567.1234567)).toBe(7);
    expect(stepDecimals(1234567.1234567)).toBe(3);
    expect(writtenDecimals(1e-13)).toBe(13);
  });
});
