import { BUDGET } from '../../src/sheets/budget-layout';
import { everyFault, faultSuite, problemsOf, report } from '../helpers/fault-injection';
import { monthWithFacts } from '../helpers/month-facts';

/**
 * Issue 11's rule for the Budget tab: the N-th service call of Sales budget throws, for every N; afterwards
 * no tab under its real name is half-written, the next run leaves no temporary tab, the user saw one
 * localized dialog, every typed fact is kept — and so is the assumption the finance person typed.
 */
faultSuite();

test('a fault at every service call of Sales budget', () => {
  const { a, facts } = monthWithFacts(30);
  a.call('menuBudget');
  const tab = () => a.ss.getSheetByName('Бюджет 2026')!;
  const marginRow = () =>
    tab()
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'a:grossMargin') + 1;
  tab().getRange(marginRow(), BUDGET.col.value).setValue(0.35);
  const outcomes = everyFault(a, 'menuBudget', facts);
  report('menuBudget', outcomes);
  expect(outcomes.length).toBeGreaterThan(50);
  expect(problemsOf(outcomes)).toEqual([]);
  expect(tab().getRange(marginRow(), BUDGET.col.value).getValue()).toBe(0.35);
});
