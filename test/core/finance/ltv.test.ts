import fc from 'fast-check';
import { ltvDiverges, ltvFromRetention, retentionFactor } from '../../../src/core/finance/ltv';
import { expectDomainError } from '../../helpers/domain-error';

const base = { avgCheck: 1000, purchasesPerPeriod: 2, margin: 0.5 };

describe('ltvFromRetention', () => {
  it('sums a finite number of periods (hand computation)', () => {
    // Per period 1000 × 2 × 0.5 = 1000; retention 0.8: 1000 + 800 + 640 = 2440.
    expect(ltvFromRetention({ ...base, retention: 0.8, periods: 3 })).toBeCloseTo(2440, 9);
    // With a 10 % discount rate: 1000 + 800 / 1.1 + 640 / 1.21 = 1000 + 727.2727… + 528.9256… = 2256.1983…
    expect(ltvFromRetention({ ...base, retention: 0.8, periods: 3, discount: 0.1 })).toBeCloseTo(
      2256.198347,
      5,
    );
  });

  it('sums to infinity when periods are omitted', () => {
    // 1000 / (1 − 0.8) = 5000; with 10 %: q = 0.8 / 1.1 = 8/11, 1000 / (3/11) = 3666.67.
    expect(ltvFromRetention({ ...base, retention: 0.8 })).toBeCloseTo(5000, 9);
    expect(ltvFromRetention({ ...base, retention: 0.8, discount: 0.1 })).toBeCloseTo(11000 / 3, 9);
    // Full retention converges only with a discount: 1000 / (1 − 1/1.05) = 1000 × 1.05 / 0.05 = 21 000.
    expect(ltvFromRetention({ ...base, retention: 1, discount: 0.05 })).toBeCloseTo(21000, 6);
  });

  it('edges: no periods, one period, no retention, full retention over n periods', () => {
    expect(ltvFromRetention({ ...base, retention: 0.8, periods: 0 })).toBe(0);
    expect(ltvFromRetention({ ...base, retention: 0.8, periods: 1 })).toBe(1000);
    expect(ltvFromRetention({ ...base, retention: 0 })).toBe(1000);
    expect(ltvFromRetention({ ...base, retention: 1, periods: 12 })).toBe(12000);
    // Near 1: 0.999 over 600 periods = (1 − 0.999^600) / 0.001 × 1000 = 451 464.5… (0.999^600 = 0.548535…).
    expect(ltvFromRetention({ ...base, retention: 0.999, periods: 600 })).toBeCloseTo(
      (1 - 0.999 ** 600) * 1e6,
      4,
    );
  });

  it('refuses what has no meaning and the sum that does not converge', () => {
    expectDomainError(() => ltvFromRetention({ ...base, retention: 1.2 }), 'finance.ltv.badRetention');
    expectDomainError(() => ltvFromRetention({ ...base, retention: -0.1 }), 'finance.ltv.badRetention');
    expectDomainError(() => ltvFromRetention({ ...base, retention: 1 }), 'finance.ltv.noConvergence');
    expectDomainError(
      () => ltvFromRetention({ ...base, margin: 30, retention: 0.5 }),
      'finance.ltv.badMargin',
    );
    expectDomainError(
      () => ltvFromRetention({ ...base, retention: 0.9, discount: -0.2 }),
      'finance.ltv.noConvergence',
    );
    expectDomainError(
      () => ltvFromRetention({ ...base, retention: 0.9, periods: 2.5 }),
      'finance.ltv.badPeriods',
    );
    expectDomainError(
      () => ltvFromRetention({ ...base, retention: 0.9, discount: -1 }),
      'finance.ltv.badDiscount',
    );
    expectDomainError(
      () => ltvFromRetention({ ...base, avgCheck: -1, retention: 0.9 }),
      'finance.ltv.negative',
    );
  });

  it('retention = 1 + discount (a negative rate) is q = 1 despite float noise', () => {
    // q = 0.95 ÷ (1 − 0.05) = 1 exactly, but discount + (1 − retention) = −0.05 + 0.050000000000000044 =
    // 4.4e-17, not 0: forever must be the no-convergence error (blamed on the negative rate), not
    // 100 × 0.95 ÷ 4.4e-17 = 2.28e18; 12 periods of 100 × 1 × 100 % each = 1 200, not 1 140.
    const terms = { avgCheck: 100, purchasesPerPeriod: 1, margin: 1, retention: 0.95, discount: -0.05 };
    expectDomainError(() => ltvFromRetention(terms), 'finance.ltv.noConvergence');
    expect(ltvFromRetention({ ...terms, periods: 12 })).toBe(1200);
    // Within 1e-12 of 1 counts as 1: 1 000 a period × 10 periods = 10 000; forever diverges.
    const near = { ...base, retention: 1 - 1e-13 };
    expect(ltvFromRetention({ ...near, periods: 10 })).toBe(10_000);
    expectDomainError(() => ltvFromRetention(near), 'finance.ltv.noConvergence');
    expect(retentionFactor(0.95, -0.05)).toBe(1);
    expect(ltvDiverges(0.95, -0.05)).toBe(true);
    expect(ltvDiverges(1, 0.05)).toBe(false);
    // Just outside the band: 1 − 1e-11 converges, 1 000 ÷ 1e-11 ≈ 1e14.
    expect(ltvDiverges(1 - 1e-11, 0)).toBe(false);
  });

  it('agrees with the term-by-term sum and approaches the infinite sum (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (r, d, n) => {
          const terms = { ...base, retention: r / 100, discount: d / 100 };
          let sum = 0;
          for (let t = 0; t < n; t++) sum += 1000 * (r / 100 / (1 + d / 100)) ** t;
          const finite = ltvFromRetention({ ...terms, periods: n });
          expect(finite).toBeCloseTo(sum, 6);
          if (r < 100 || d > 0) expect(finite).toBeLessThanOrEqual(ltvFromRetention(terms) * (1 + 1e-12));
        },
      ),
    );
  });
});
