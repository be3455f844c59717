import { forwardFunnel, reverseFunnel, reverseFunnelSteps } from '../../src/core/reverse-funnel';
import { expectDomainError } from '../helpers/domain-error';

describe('reverseFunnel', () => {
  it('10 000 000 at a 200 000 average check and 10 % lead → deal: 500 leads, 50 deals', () => {
    expect(reverseFunnel(10_000_000, 200_000, [0.1])).toEqual([500, 50]);
  });

  it('rounds up at every stage', () => {
    // 1 000 000 / 150 000 = 6.67 → 7 deals; /0.3 = 23.3 → 24 meetings; /0.4 = 60 conversations; /0.5 = 120 calls
    expect(reverseFunnel(1_000_000, 150_000, [0.5, 0.4, 0.3])).toEqual([120, 60, 24, 7]);
  });

  it('does not let float noise add a unit', () => {
    // 21 deals / 0.7 = 30.000000000000004 in floats: 30 meetings, not 31
    expect(reverseFunnel(2100, 100, [0.5, 0.7])).toEqual([60, 30, 21]);
  });

  it('with no conversions returns the deals alone; zero revenue needs nothing', () => {
    expect(reverseFunnel(1_000_000, 300_000, [])).toEqual([4]);
    expect(reverseFunnel(0, 300_000, [0.5])).toEqual([0, 0]);
  });

  it('rounds up to a step per stage', () => {
    expect(reverseFunnelSteps(1_000_000, 150_000, [0.5], [10, 1])).toEqual([20, 7]);
  });

  it('rejects bad inputs', () => {
    expectDomainError(() => reverseFunnel(-1, 100, [0.5]), 'decompose.revenueBad');
    expectDomainError(() => reverseFunnel(Number.NaN, 100, [0.5]), 'decompose.revenueBad');
    expectDomainError(() => reverseFunnel(100, 0, [0.5]), 'decompose.avgCheckBad');
    expectDomainError(() => reverseFunnel(100, 100, [0.5, 0]), 'decompose.conversionBad');
    expectDomainError(() => reverseFunnel(100, 100, [1.5]), 'decompose.conversionBad');
  });
});

describe('forwardFunnel', () => {
  it('500 leads at 10 % and a 200 000 check → 50 deals, 10 000 000', () => {
    expect(forwardFunnel(500, [0.1], 200_000)).toEqual({ counts: [500, 50], revenue: 10_000_000 });
  });

  it('keeps expectations unrounded but free of noise', () => {
    expect(forwardFunnel(120, [0.5, 0.4, 0.3], 150_000)).toEqual({
      counts: [120, 60, 24, 7.2],
      revenue: 1_080_000,
    });
  });

  it('rejects bad inputs', () => {
    expectDomainError(() => forwardFunnel(-5, [0.1], 100), 'decompose.topCountBad');
    expectDomainError(() => forwardFunnel(5, [2], 100), 'decompose.conversionBad');
    expectDomainError(() => forwardFunnel(5, [0.5], -100), 'decompose.avgCheckBad');
  });
});
