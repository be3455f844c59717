import type { Addon } from '../../local/addon';
import {
  alertsSince,
  isLocalizedFailure,
  missingFacts,
  PROMPTING,
  retype,
  type TypedFact,
  workbookPrint,
} from './month-facts';

/** What a run with one injected fault left, judged against the run that followed it. */
export interface FaultOutcome {
  n: number;
  /** The service method that threw. */
  method: string;
  /** A raw exception escaped the menu handler. */
  raw: string | null;
  /** Message alerts the user saw during the faulty run (questions left out). */
  alerts: string[];
  /** Tabs under their real names that were neither as before nor as the next successful run wrote them. */
  halfWritten: string[];
  /** Temporary or set-aside tabs still there after the next successful run. */
  leftovers: string[];
  /** Typed facts not in the month tab even after Restore facts from the log. */
  lost: TypedFact[];
}

export interface FaultTotals {
  action: string;
  faults: number;
  factsLost: number;
  rawExceptions: number;
  dialogs: number;
  /** Runs whose user saw no dialog, or more than one, or one not localized. */
  badDialogs: number;
  halfWritten: number;
  leftovers: number;
}

const LEFTOVER = / ~(new|old)$/;

/** Apps Script releases a script's locks when it ends; the in-memory lock outlives a faulty run. */
export function scriptEnded(a: Addon): void {
  a.ss.documentLock.holder = null;
}

/** Calls a menu handler, answering its month prompt; the raw exception that escaped, if any. */
export function callMenu(a: Addon, fn: string, month = '2026-11'): string | null {
  if (PROMPTING.has(fn)) a.ss.ui.answer({ button: 'OK', text: month });
  try {
    a.call(fn);
    return null;
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } finally {
    scriptEnded(a);
    a.ss.ui.answers.length = 0;
  }
}

/** Service calls of a clean run of the action in the workbook's present state. */
export function measure(a: Addon, fn: string): number {
  a.ss.counter.reset();
  const raw = callMenu(a, fn);
  if (raw) throw new Error(`clean run of ${fn} failed: ${raw}`);
  const total = a.ss.counter.total();
  a.ss.counter.reset();
  return total;
}

export interface InjectOptions {
  fn: string;
  n: number;
  facts: readonly TypedFact[];
  /** The month tab's name (a renamed tab). */
  monthTab?: string;
  /** The run that must recover: the same action unless said otherwise. */
  next?: string;
}

/**
 * The N of `points` (default: every N) of the action over a workbook in its steady state (the action run once),
 * one fact typed anew before each run so that it is logged during the faulty run.
 */
export function everyFault(
  a: Addon,
  fn: string,
  facts: TypedFact[],
  points: (total: number) => number[] = faultPoints,
  monthTab = '2026-11',
): FaultOutcome[] {
  const retypeOne = (k: number) => {
    const sheet = a.ss.getSheetByName(monthTab);
    if (sheet) retype(sheet, facts, k);
  };
  measure(a, fn);
  retypeOne(0);
  const total = measure(a, fn);
  const outcomes = points(total).map((n) => {
    retypeOne(n);
    return injectFault(a, { fn, n, facts, monthTab });
  });
  // A run with fewer calls than N (the workbook changed) had no fault: not counted.
  return outcomes.filter((o) => o.method !== '');
}

/**
 * Runs `fn` with its n-th service call throwing, then the next successful run, then (only when a typed fact
 * is not in the month tab) Restore facts from the log; reports what the faulty run left.
 */
export function injectFault(a: Addon, o: InjectOptions): FaultOutcome {
  const before = workbookPrint(a.ss);
  const from = a.ss.ui.dialogs.length;
  let method = '';
  a.ss.counter.failAt(o.n, (m) => {
    method = m;
    return new Error(`Service error: ${m} (injected)`);
  });
  const raw = callMenu(a, o.fn);
  a.ss.counter.reset();
  const alerts = alertsSince(a, from);
  const afterFault = workbookPrint(a.ss);
  const nextRaw = callMenu(a, o.next ?? o.fn);
  if (nextRaw) throw new Error(`the run after fault #${o.n} of ${o.fn} failed: ${nextRaw}`);
  const final = workbookPrint(a.ss);
  const halfWritten = [...afterFault.keys()].filter(
    (name) =>
      !LEFTOVER.test(name) &&
      afterFault.get(name) !== before.get(name) &&
      afterFault.get(name) !== final.get(name),
  );
  const leftovers = [...final.keys()].filter((name) => LEFTOVER.test(name));
  let lost = missingFacts(a.ss, o.facts, o.monthTab);
  if (lost.length) {
    callMenu(a, 'menuRestoreFacts');
    lost = missingFacts(a.ss, o.facts, o.monthTab);
  }
  return { n: o.n, method, raw, alerts, halfWritten, leftovers, lost };
}

/** A dialog outcome as issue 11 wants it: exactly one localized alert (none only for an absorbed fault). */
export function dialogOk(o: FaultOutcome): boolean {
  if (o.raw) return false;
  if (o.alerts.length === 0) return o.method === 'Lock.releaseLock';
  return o.alerts.length === 1 && isLocalizedFailure(o.alerts[0]);
}

export function totals(action: string, outcomes: readonly FaultOutcome[]): FaultTotals {
  return {
    action,
    faults: outcomes.length,
    factsLost: outcomes.reduce((s, o) => s + o.lost.length, 0),
    rawExceptions: outcomes.filter((o) => o.raw).length,
    dialogs: outcomes.reduce((s, o) => s + o.alerts.length, 0),
    badDialogs: outcomes.filter((o) => !dialogOk(o)).length,
    halfWritten: outcomes.filter((o) => o.halfWritten.length).length,
    leftovers: outcomes.filter((o) => o.leftovers.length).length,
  };
}

/** The outcomes that break an acceptance rule, one short line each (for a readable failure). */
export function problemsOf(outcomes: readonly FaultOutcome[]): string[] {
  return outcomes
    .filter((o) => o.raw || o.lost.length || o.halfWritten.length || o.leftovers.length || !dialogOk(o))
    .map(
      (o) =>
        `#${o.n} ${o.method}: ` +
        [
          o.raw && `raw ${o.raw}`,
          o.lost.length && `lost ${o.lost.length}`,
          o.halfWritten.length && `half-written ${o.halfWritten.join(',')}`,
          o.leftovers.length && `leftovers ${o.leftovers.join(',')}`,
          !dialogOk(o) && `dialogs ${JSON.stringify(o.alerts.map((t) => t.slice(0, 60)))}`,
        ]
          .filter(Boolean)
          .join('; '),
    );
}

/** 1..total, or every `step`-th N; every N of the last `tail` calls (where the swap is). */
export function faultPoints(total: number, step = 1, tail = 0): number[] {
  const out: number[] = [];
  for (let n = 1; n <= total; n++) if ((n - 1) % step === 0 || n > total - tail) out.push(n);
  return out;
}

/** A fault-injection suite: long-running, with the add-on's logged stacks kept off the test output. */
export function faultSuite(): void {
  jest.setTimeout(240_000);
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
}

/** One JSON line of totals per action, for the closing note of a session. */
export function report(action: string, outcomes: FaultOutcome[]): void {
  console.log(JSON.stringify(totals(action, outcomes)));
}
