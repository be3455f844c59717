import fc from 'fast-check';
import { type BudgetAssumptions, budgetRows, checkAssumptions } from '../../../src/core/budget';

/** Invariants of the rows for any checked assumptions: the tab's identities hold in every month and the year. */
const share = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.integer({ min: 0, max: 1e9 });
const twelve = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 12, maxLength: 12 });

const assumptions: fc.Arbitrary<BudgetAssumptions> = fc
  .record({
    repeatShare: fc.oneof(share, twelve(share)),
    grossMargin: fc.oneof(share, twelve(share)),
    costOfSale: share,
    costPerLead: fc.integer({ min: 0, max: 5_000 }),
    raw: fc.tuple(share, share, share, share, share),
  })
  .map(({ raw, ...a }) => {
    const sum = Math.max(
      1,
      raw.reduce((s, x) => s + x, 0),
    );
    const [advance, sameMonth, plus1, plus2, plus3] = raw.map((x) => x / sum);
    return { ...a, terms: { advance, sameMonth, plus1, plus2, plus3 }, scenarios: [0.8, 1, 1.2] };
  });

test("property: new + repeat = revenue, payroll and contribution are their sums, the year is the months' sum", () => {
  fc.assert(
    fc.property(assumptions, twelve(money), twelve(money), twelve(money), (a, revenue, salaries, fund) => {
      expect(checkAssumptions(a, true)).toEqual([]);
      const leads = revenue.map((r) => Math.ceil(r / 10_000));
      const carry = { lastQuarter: [1, 2, 3] as [number, number, number], nextJanuary: 4 };
      const rows = budgetRows(revenue, { salaries, bonusFund: fund, leads, carry }, a);
      const close = (x: number, y: number) =>
        expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(y)));
      revenue.forEach((r, i) => {
        close(rows.newRevenue.months[i] + rows.repeatRevenue.months[i], r);
        close(rows.payroll.months[i], salaries[i] + fund[i] + rows.costOfSale.months[i]);
        const c = rows.grossProfit.months[i] - rows.payroll.months[i] - rows.leadBudget.months[i];
        close(rows.contribution.months[i], c);
      });
      for (const row of Object.values(rows))
        close(
          row.total,
          row.months.reduce((s: number, x: number) => s + x, 0),
        );
      // Never more cash in than revenue of the year and the carry-over could pay.
      const most = revenue.reduce((s, x) => s + x, 0) + 1 + 2 + 3 + 4;
      expect(rows.receipts.total).toBeLessThanOrEqual(most * (1 + 1e-12));
    }),
    { numRuns: 200 },
  );
});
