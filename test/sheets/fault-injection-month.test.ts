import { everyFault, faultPoints, faultSuite, problemsOf, report } from '../helpers/fault-injection';
import { mapMonthTab, monthWithFacts } from '../helpers/month-facts';

/**
 * Issue 11, acceptance: a fault at every service call of Create month and Restore facts from the log, the
 * actions that rewrite the only tab holding typed facts. The 6-minute kill and a renamed month tab:
 * fault-injection-kill.test.ts.
 */
faultSuite();

describe('a fault at every service call of the month actions', () => {
  test('menuCreateMonth: every N', () => {
    const { a, facts } = monthWithFacts(30);
    const outcomes = everyFault(a, 'menuCreateMonth', facts);
    report('menuCreateMonth', outcomes);
    expect(problemsOf(outcomes)).toEqual([]);
  });

  // The same code as Create month (restore = true): every 2nd N, and every N of the swap at the end.
  test('menuRestoreFacts: every 2nd N and the last 20', () => {
    const { a, facts } = monthWithFacts(30);
    const outcomes = everyFault(a, 'menuRestoreFacts', facts, (total) => faultPoints(total, 2, 20));
    report('menuRestoreFacts', outcomes);
    expect(problemsOf(outcomes)).toEqual([]);
  });
});

test('the steady month tab has its markers and a date format on the day headers', () => {
  const { a } = monthWithFacts(5);
  const sheet = a.ss.getSheetByName('2026-11')!;
  const map = mapMonthTab(sheet);
  const header = sheet.getRange(map.keyRow + 3, map.days.get('2026-11-02')!);
  expect(header.getNumberFormat()).not.toBe('General');
});
