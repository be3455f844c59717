import fc from 'fast-check';
import { checkAssumptions, DEFAULT_ASSUMPTIONS } from '../../../src/core/budget';
import { isDomainError } from '../../../src/core/errors';
import { checkReceipts, spreadReceipts } from '../../../src/core/finance/receipts';
import { expectDomainError } from '../../helpers/domain-error';

describe('spreadReceipts', () => {
  it('lays each revenue over its payment periods (hand numbers)', () => {
    // Terms: 50 % in the month, 30 % a month later, 20 % two months later.
    // Jan 100: 50 Jan, 30 Feb, 20 Mar. Feb 200: 100 Feb, 60 Mar, 40 Apr. Mar 0. Apr 400: 200 Apr, rest past Apr.
    // Jan 50; Feb 30 + 100 = 130; Mar 20 + 60 = 80; Apr 40 + 200 = 240 (120 + 80 of April's dropped).
    expect(spreadReceipts([100, 200, 0, 400], [0.5, 0.3, 0.2])).toEqual([50, 130, 80, 240]);
  });

  it('shifts by the first lag: an advance lands a period earlier, a lag later', () => {
    // Advance 10 %, 90 % in the month: Jan 1000 → Jan 900; Feb 2000 → Jan 200 + Feb 1800; Mar 3000 → Feb 300 + Mar 2700.
    expect(spreadReceipts([1000, 2000, 3000], [0.1, 0.9], -1)).toEqual([1100, 2100, 2700]);
    // All paid two months later: Jan's revenue lands in Mar, Feb's and Mar's beyond the list.
    expect(spreadReceipts([1000, 2000, 3000], [1], 2)).toEqual([0, 0, 1000]);
  });

  it("carries last year's December into January when December leads the list", () => {
    // Dec 600, Jan 300, Feb 300; terms 1/3 in the month, 2/3 a month later. Jan = 400 (Dec) + 100 = 500.
    const [, jan, feb] = spreadReceipts([600, 300, 300], [1 / 3, 2 / 3], 0, 0.01);
    expect([jan, feb]).toEqual([500, 300]);
  });

  it('never pays the share short of 100 %', () => {
    // 90 % in the month: 10 % bad debt.
    expect(spreadReceipts([1000, 1000], [0.9])).toEqual([900, 900]);
  });

  it('to a step: each revenue rounded as a whole, its parts by largest remainder', () => {
    // 100.01 × (1/3, 1/3, 1/3): 10 001 kopecks → 3 334 + 3 334 + 3 333 (the earlier parts take the extra).
    expect(spreadReceipts([100.01, 0, 0], [1 / 3, 1 / 3, 1 / 3], 0, 0.01)).toEqual([33.34, 33.34, 33.33]);
    // 99.99 × 90 % = 89.991 → 89.99 whole, split 0.5/0.4: 49.995 / 39.996 → floors 4 999 / 3 999 kopecks,
    // one left for the larger remainder (.6 vs .5) → 49.99 / 40.00.
    expect(spreadReceipts([99.99, 0], [0.5, 0.4], 0, 0.01)).toEqual([49.99, 40]);
    // Float noise: 0.1 + 0.2 + 0.7 is 1.0000000000000002 and still 100 %.
    expect(spreadReceipts([10, 10, 10], [0.1, 0.2, 0.7], 0, 0.01)).toEqual([1, 3, 10]);
  });

  it('refuses negative shares, shares above 100 % and a fractional lag', () => {
    expectDomainError(() => spreadReceipts([1], [0.5, -0.1]), 'finance.receipts.negativeShare', {
      index: 2,
    });
    expectDomainError(() => spreadReceipts([1], [0.6, 0.5]), 'finance.receipts.sharesAboveOne', {
      percent: 110,
    });
    expectDomainError(() => spreadReceipts([1], [1], 0.5), 'finance.receipts.badLag');
    expectDomainError(() => spreadReceipts([Number.NaN], [1]), 'finance.notFinite', { index: 1 });
  });

  const amounts = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 24 });
  const shareList = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }).map((xs) => {
    const sum = xs.reduce((a, b) => a + b, 0);
    return sum > 100 ? xs.map((x) => x / sum) : xs.map((x) => x / 100);
  });
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

  it('never receives more than the revenue (property)', () => {
    fc.assert(
      fc.property(amounts, shareList, fc.integer({ min: -2, max: 3 }), (rev, sh, lag) => {
        expect(sum(spreadReceipts(rev, sh, lag))).toBeLessThanOrEqual(sum(rev) * (1 + 1e-12));
        expect(sum(spreadReceipts(rev, sh, lag, 0.01))).toBeLessThanOrEqual(sum(rev) + 1e-6);
      }),
    );
  });

  it('with shares summing to 100 % and nothing dropped, receipts total the revenue (property)', () => {
    const full = fc
      .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 })
      .map((xs) => xs.map((x) => x / sum(xs)));
    fc.assert(
      fc.property(amounts, full, (rev, sh) => {
        // Room at the end for the longest lag: the last shares.length − 1 periods have no revenue.
        const padded = [...rev, ...new Array<number>(sh.length - 1).fill(0)];
        expect(sum(spreadReceipts(padded, sh))).toBeCloseTo(sum(rev), 4);
        expect(sum(spreadReceipts(padded, sh, 0, 0.01))).toBeCloseTo(sum(rev), 6);
      }),
    );
  });

  it('is linear in revenue (property)', () => {
    fc.assert(
      fc.property(amounts, amounts, shareList, fc.integer({ min: -1, max: 2 }), (a, b0, sh, lag) => {
        const b = a.map((_, i) => b0[i % b0.length]);
        const both = spreadReceipts(
          a.map((x, i) => 3 * x + b[i]),
          sh,
          lag,
        );
        const [ra, rb] = [spreadReceipts(a, sh, lag), spreadReceipts(b, sh, lag)];
        both.forEach((x, k) => {
          expect(x).toBeCloseTo(3 * ra[k] + rb[k], 3);
        });
      }),
    );
  });

  it('to a step: every receipt is a multiple of the step, within a step per payment of the raw sum (property)', () => {
    fc.assert(
      fc.property(amounts, shareList, (rev, sh) => {
        const kopecks = rev.map((x) => x / 100);
        const exact = spreadReceipts(kopecks, sh, 0, 0.01);
        const raw = spreadReceipts(kopecks, sh);
        exact.forEach((x, k) => {
          expect(Math.abs(Math.round(x * 100) - x * 100)).toBeLessThan(1e-6);
          expect(Math.abs(x - raw[k])).toBeLessThanOrEqual(0.01 * (sh.length + 1));
        });
      }),
    );
  });
});

describe('shares above 100 %: one test for RECEIPTS and the Budget tab', () => {
  it('refuses the same five shares with the same percent (property)', () => {
    // 0.1 + 0.2 + 0.7 passes as 100 % in both; 20 % + 50 % + 40 % is 110 % in both.
    const share = fc.oneof(
      fc.integer({ min: 0, max: 60 }).map((p) => p / 100),
      fc.constantFrom(0.1, 0.2, 0.7),
    );
    fc.assert(
      fc.property(
        fc.tuple(share, share, share, share, share),
        ([advance, sameMonth, plus1, plus2, plus3]) => {
          const terms = { advance, sameMonth, plus1, plus2, plus3 };
          const budget = checkAssumptions({ ...DEFAULT_ASSUMPTIONS, terms }, true).find(
            (p) => p.code === 'budget.termsAboveOne',
          );
          let thrown: unknown;
          try {
            checkReceipts([1], [advance, sameMonth, plus1, plus2, plus3]);
          } catch (e) {
            thrown = e;
          }
          expect(thrown === undefined).toBe(budget === undefined);
          if (isDomainError(thrown)) expect(thrown.params.percent).toBe(budget?.params.percent);
        },
      ),
    );
    expect(
      checkAssumptions(
        { ...DEFAULT_ASSUMPTIONS, terms: { advance: 0.1, sameMonth: 0.2, plus1: 0.7, plus2: 0, plus3: 0 } },
        true,
      ),
    ).toEqual([]);
    expectDomainError(() => checkReceipts([1], [0.2, 0.5, 0.4]), 'finance.receipts.sharesAboveOne', {
      percent: 110,
    });
  });
});
