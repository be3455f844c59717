import { openAddon } from '../../local/addon';
import {
  everyFault,
  faultPoints,
  faultSuite,
  injectFault,
  measure,
  problemsOf,
  report,
} from '../helpers/fault-injection';
import { monthWithFacts, type TypedFact } from '../helpers/month-facts';

/**
 * Issue 11, acceptance: for every menu action and every N, the N-th service call throws; afterwards every
 * typed fact is in the month tab (or comes back with Restore facts from the log), no tab under its real name
 * is half-written, the next run leaves no temporary tab, and the user saw one localized dialog.
 * Create month and Restore facts: test/sheets/fault-injection-month.test.ts.
 */
faultSuite();

describe('a fault at every service call of every action', () => {
  test('Set up workbook on a fresh workbook ', () => {
    const clean = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
    const total = measure(clean, 'menuSetup');
    const none: TypedFact[] = [];
    const outcomes = faultPoints(total).map((n) => {
      const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
      return injectFault(a, { fn: 'menuSetup', n, facts: none, monthTab: undefined });
    });
    report('menuSetup', outcomes);
    expect(problemsOf(outcomes)).toEqual([]);
  });

  test.each(['menuDecompose', 'menuToday', 'menuBonuses', 'menuReport'])('%s', (fn) => {
    const { a, facts } = monthWithFacts(30);
    const outcomes = everyFault(a, fn, facts);
    report(fn, outcomes);
    expect(problemsOf(outcomes)).toEqual([]);
  });
});
