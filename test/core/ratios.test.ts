import { ratioOf, ratioPairs } from '../../src/core/ratios';

describe('conversions and the average check', () => {
  test('each stage over the one above it, revenue over deals; metrics not planned are left out', () => {
    const pairs = ratioPairs(
      ['revenue', 'leads', 'meetings', 'deals', 'receipts'],
      ['calls', 'leads', 'meetings', 'deals'],
    );
    expect([...pairs.values()]).toEqual([
      { metric: 'meetings', over: 'leads', kind: 'conversion' },
      { metric: 'deals', over: 'meetings', kind: 'conversion' },
      { metric: 'revenue', over: 'deals', kind: 'avgCheck' },
    ]);
  });

  test('a ratio over nothing is null, not Infinity', () => {
    expect(ratioOf(5, 0)).toBeNull();
    expect(ratioOf(1_200_000, 8)).toBe(150_000);
  });
});
