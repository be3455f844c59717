import fc from 'fast-check';
import { type BudgetAssumptions, budgetFromSnapshot } from '../../src/core/budget';
import { monthCol, TERM_KEYS } from '../../src/sheets/budget-layout';
import { budgetWorkbook, C, coreBudget, expectTabIsCore, tabOf } from './budget-check';

/**
 * Property: whatever the finance person types into the assumption cells (shares 0–100 %, terms summing to at
 * most 100 %, a month typed apart, scenarios, the carry-over, the customers block with or without margin and
 * periods), the tab's live formulas give what the core computes from the same snapshot and assumptions.
 */
jest.setTimeout(120_000);

const share = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.integer({ min: 0, max: 30_000_000 });
const typed = fc.record({
  repeatShare: share,
  grossMargin: share,
  costOfSale: fc.double({ min: 0, max: 0.2, noNaN: true }),
  costPerLead: fc.integer({ min: 0, max: 5_000 }),
  // Five weights and a rest that is never paid: the terms sum to at most 100 %.
  terms: fc.tuple(fc.array(share, { minLength: 5, maxLength: 5 }), share),
  april: share,
  scenarios: fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
  carry: fc.array(money, { minLength: 4, maxLength: 4 }),
  existing: fc.integer({ min: 0, max: 1_000 }),
  retention: fc.double({ min: 0, max: 0.99, noNaN: true }),
  purchases: fc.double({ min: 0, max: 3, noNaN: true }),
  margin: fc.option(share, { nil: undefined }),
  discount: fc.double({ min: 0, max: 0.1, noNaN: true }),
  periods: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
});

test('the tab equals budgetFromSnapshot for any assumptions typed', () => {
  const a = budgetWorkbook();
  const { read, budget } = coreBudget(a);
  const sheet = a.ss.getSheetByName('Бюджет 2026')!;
  const rows = new Map(tabOf(a, 'Бюджет 2026').values.map((r, i) => [String(r[0]), i + 1]));
  const put = (field: string, v: number | '', col: number = C.value): void => {
    sheet.getRange(rows.get(`a:${field}`)!, col).setValue(v);
  };
  fc.assert(
    fc.property(typed, (x) => {
      const [weights, rest] = x.terms;
      const sum = weights.reduce((s, w) => s + w, 0) + rest;
      const terms = Object.fromEntries(TERM_KEYS.map((k, i) => [k, sum === 0 ? 0 : weights[i] / sum]));
      for (const k of TERM_KEYS) put(`terms.${k}`, terms[k]);
      for (const k of ['repeatShare', 'grossMargin', 'costOfSale', 'costPerLead'] as const) put(k, x[k]);
      put('grossMargin', x.april, monthCol(3));
      for (const [i, v] of x.scenarios.entries()) put(`scenarios[${i}]`, v);
      for (let i = 0; i < 3; i++) put(`carry.lastQuarter[${i}]`, x.carry[i]);
      put('carry.nextJanuary', x.carry[3]);
      put('customers.existingCustomers', x.existing);
      put('customers.retention', x.retention);
      put('customers.purchasesPerMonth', x.purchases);
      put('customers.margin', x.margin ?? '');
      put('customers.discount', x.discount);
      put('customers.periods', x.periods ?? '');
      const margins = Array.from({ length: 12 }, (_, i) => (i === 3 ? x.april : x.grossMargin));
      const a0 = read.input.assumptions;
      const assumptions: BudgetAssumptions = {
        ...a0,
        repeatShare: x.repeatShare,
        grossMargin: margins,
        costOfSale: x.costOfSale,
        costPerLead: x.costPerLead,
        terms: terms as unknown as BudgetAssumptions['terms'],
        scenarios: x.scenarios,
        carry: { lastQuarter: [x.carry[0], x.carry[1], x.carry[2]], nextJanuary: x.carry[3] },
        customers: {
          ...a0.customers!,
          existingCustomers: x.existing,
          retention: x.retention,
          purchasesPerMonth: x.purchases,
          margin: x.margin,
          discount: x.discount,
          periods: x.periods,
        },
      };
      const want = budgetFromSnapshot(budget.snapshot, assumptions, read.input.history ?? []);
      expectTabIsCore(tabOf(a, 'Бюджет 2026'), want);
    }),
    { numRuns: 40, seed: 18 },
  );
});
