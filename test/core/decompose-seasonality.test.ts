import { monthWeights, seasonalityIndices, splitYear } from '../../src/core/seasonality';
import { expectDomainError } from '../helpers/domain-error';

const flat = (v: number) => new Array<number>(12).fill(v);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('seasonalityIndices', () => {
  it('divides each month mean by the overall monthly mean', () => {
    const y1 = [80, 80, 100, 100, 100, 100, 100, 100, 100, 100, 120, 120];
    const y2 = [60, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 140];
    expect(seasonalityIndices([y1, y2])).toEqual([0.7, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.3]);
  });

  it('uses the median when asked, normalised so the indices average 1', () => {
    const years = [
      [10, ...flat(40).slice(1)],
      [20, ...flat(40).slice(1)],
      [90, ...flat(40).slice(1)],
    ];
    expect(seasonalityIndices(years, 'mean')).toEqual(flat(1));
    const median = seasonalityIndices(years, 'median');
    // median of January 20, other months 40: overall (20 + 11 × 40) / 12 = 38.33…
    expect(median[0]).toBeCloseTo(20 / (460 / 12), 12);
    expect(median[1]).toBeCloseTo(40 / (460 / 12), 12);
    expect(sum(median)).toBeCloseTo(12, 12);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    const idx = seasonalityIndices([flat(10), [30, ...flat(10).slice(1)]], 'median');
    // January median 20, others 10: overall 130 / 12
    expect(idx[0]).toBeCloseTo(20 / (130 / 12), 12);
  });

  it('skips blank months of a year (a company that started in March)', () => {
    const y1 = [null, null, ...flat(100).slice(2)];
    const y2 = [50, 50, ...flat(100).slice(2)];
    const idx = seasonalityIndices([y1, y2]);
    expect(idx[0]).toBeCloseTo(50 / (1100 / 12), 12);
    expect(idx[2]).toBeCloseTo(100 / (1100 / 12), 12);
    expect(sum(idx)).toBeCloseTo(12, 12);
  });

  it('rejects an empty history', () =>
    expectDomainError(() => seasonalityIndices([]), 'decompose.historyEmpty'));
  it('rejects a row without 12 months', () =>
    expectDomainError(() => seasonalityIndices([flat(1), [1, 2, 3]]), 'decompose.historyRowLength'));
  it('rejects a negative or non-numeric value', () => {
    expectDomainError(() => seasonalityIndices([[-1, ...flat(1).slice(1)]]), 'decompose.historyValue');
    expectDomainError(
      () => seasonalityIndices([[Number.NaN, ...flat(1).slice(1)]]),
      'decompose.historyValue',
    );
  });
  it('rejects a month with no value in any year', () =>
    expectDomainError(
      () => seasonalityIndices([[1, null, ...flat(1).slice(2)]]),
      'decompose.historyMonthEmpty',
    ));
  it('rejects an all-zero history', () =>
    expectDomainError(() => seasonalityIndices([flat(0)]), 'decompose.historyAllZero'));
  it('rejects an unknown method', () =>
    expectDomainError(() => seasonalityIndices([flat(1)], 'mode' as 'mean'), 'decompose.seasonalityMethod'));
});

describe('year → months', () => {
  it('splits 120 M equally into 10 M a month', () => {
    expect(splitYear(120_000_000, { kind: 'equal' })).toEqual(flat(10_000_000));
    expect(splitYear(120_000_000, { kind: 'equal' }, 1000)).toEqual(flat(10_000_000));
  });

  it('splits by explicit coefficients, exactly', () => {
    const c = [0.7, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.3];
    expect(splitYear(120_000_000, { kind: 'coefficients', coefficients: c })).toEqual(
      c.map((x) => x * 10_000_000),
    );
    const odd = splitYear(1_000_000, { kind: 'coefficients', coefficients: c }, 1000);
    expect(sum(odd)).toBe(1_000_000);
    // 58.33 thousand in January; the 4 thousands left go to November (.67) and the earliest .33s
    expect(odd.slice(0, 4)).toEqual([59_000, 75_000, 84_000, 84_000]);
  });

  it('splits by seasonality from history', () => {
    const y1 = [80, 80, 100, 100, 100, 100, 100, 100, 100, 100, 120, 120];
    const months = splitYear(12_000, { kind: 'history', history: [y1], method: 'mean' });
    expect(months).toEqual([800, 800, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1200, 1200]);
  });

  it('rejects bad coefficients', () => {
    expectDomainError(
      () => monthWeights({ kind: 'coefficients', coefficients: [1, 2] }),
      'decompose.coefficientsLength',
    );
    expectDomainError(
      () => monthWeights({ kind: 'coefficients', coefficients: [-1, ...flat(1).slice(1)] }),
      'decompose.coefficientBad',
    );
    expectDomainError(
      () => monthWeights({ kind: 'coefficients', coefficients: flat(0) }),
      'decompose.coefficientsAllZero',
    );
    expectDomainError(() => monthWeights({ kind: 'weekly' } as never), 'decompose.seasonalityMode');
  });
});
