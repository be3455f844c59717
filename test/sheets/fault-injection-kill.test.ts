import type { Addon } from '../../local/addon';
import {
  callMenu,
  faultPoints,
  faultSuite,
  injectFault,
  measure,
  problemsOf,
  report,
} from '../helpers/fault-injection';
import { missingFacts, monthWithFacts, tabPrint } from '../helpers/month-facts';

/**
 * Issue 11, acceptance: Create month stopped at any call for good (the 6-minute limit) and a fault at the
 * calls of Create month over a month tab a person renamed.
 */
faultSuite();

/** From the first failing call on, every call fails: the script was stopped (the 6-minute limit). */
function killAt(a: Addon, n: number): void {
  const counter = a.ss.counter;
  const hit = counter.hit.bind(counter);
  let killed = false;
  counter.failAt(n, () => {
    killed = true;
    return new Error('Exceeded maximum execution time');
  });
  counter.hit = (method: string) => {
    if (killed) throw new Error('Exceeded maximum execution time');
    hit(method);
  };
}

function revive(a: Addon): void {
  delete (a.ss.counter as { hit?: unknown }).hit;
  a.ss.counter.reset();
}

describe('Create month killed at any call (every later call fails too)', () => {
  test('the month tab keeps every fact or the next action recovers it; Today then Create month see them', () => {
    const { a, facts } = monthWithFacts(30);
    const clean = tabPrint(a.ss.getSheetByName('2026-11')!);
    a.ss.counter.reset();
    callMenu(a, 'menuCreateMonth');
    const total = a.ss.counter.total();
    const lostNow: number[] = [];
    const lostAfter: number[] = [];
    for (let n = 1; n <= total; n++) {
      killAt(a, n);
      callMenu(a, 'menuCreateMonth');
      revive(a);
      // Right after the kill: the tab under its name, or set aside under "~old" with every fact.
      const aside = a.ss.getSheetByName('2026-11') ? '2026-11' : '2026-11 ~old';
      if (missingFacts(a.ss, facts, aside).length) lostNow.push(n);
      // Today reads the month through the leftovers; Create month then writes it whole again.
      expect(callMenu(a, 'menuToday')).toBeNull();
      expect(callMenu(a, 'menuCreateMonth')).toBeNull();
      if (missingFacts(a.ss, facts).length) lostAfter.push(n);
      expect(a.ss.sheetList().filter((s) => / ~(new|old)$/.test(s.getName()))).toEqual([]);
      expect(tabPrint(a.ss.getSheetByName('2026-11')!)).toBe(clean);
    }
    console.log(JSON.stringify({ action: 'menuCreateMonth (killed)', kills: total, lostNow, lostAfter }));
    expect({ lostNow, lostAfter }).toEqual({ lostNow: [], lostAfter: [] });
  });
});

describe('a fault in Create month over a renamed month tab', () => {
  /** A workbook whose month tab a person renamed "Ноябрь", Create month run once since. */
  function renamed() {
    const { a, facts } = monthWithFacts(30);
    a.ss.getSheetByName('2026-11')!.setName('Ноябрь');
    return { a, facts };
  }

  // A fresh workbook for each N, so that one N's damage does not spill into the next.
  test('menuCreateMonth on a renamed month tab ("Ноябрь"): every 6th N and the last 10', () => {
    const probe = renamed();
    measure(probe.a, 'menuCreateMonth');
    const total = measure(probe.a, 'menuCreateMonth');
    const outcomes = faultPoints(total, 6, 10).map((n) => {
      const { a, facts } = renamed();
      measure(a, 'menuCreateMonth');
      return injectFault(a, { fn: 'menuCreateMonth', n, facts, monthTab: 'Ноябрь' });
    });
    report('menuCreateMonth (renamed tab)', outcomes);
    expect(problemsOf(outcomes)).toEqual([]);
  });
});
