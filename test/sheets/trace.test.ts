import { types } from 'node:util';
import { monthAction } from '../../src/sheets/actions/month';
import { setupAction } from '../../src/sheets/actions/setup';
import { runAction } from '../../src/sheets/context';
import {
  createTrace,
  isBuilder,
  isRead,
  startTrace,
  summary,
  TRACE_PROPERTY,
  type TraceCall,
} from '../../src/sheets/trace';
import { decomposedWorkbook, snapshot } from '../helpers/workbook';

/**
 * The trace for real Sheets (SPK_TRACE): off, nothing is wrapped; on, every service call an action makes is
 * seen (the in-memory spreadsheet's own counter is the reference), the workbook comes out the same, and no
 * Proxy reaches a real method.
 */

const g = globalThis as unknown as Record<string, unknown>;

function setProperty(value: string | null): void {
  g.PropertiesService = {
    getScriptProperties: () => ({ getProperty: (key: string) => (key === TRACE_PROPERTY ? value : null) }),
  };
}

afterEach(() => {
  delete g.PropertiesService;
  jest.restoreAllMocks();
});

/** A tiny service: a book hands out pages, a page takes other pages, and counts what it is given. */
class Page {
  received: unknown[] = [];
  constructor(readonly n: number) {}
  getN(): number {
    return this.n;
  }
  getValues(): number[][] {
    return [[this.n]];
  }
  setValues(v: number[][]): Page {
    this.received.push(v);
    return this;
  }
  take(pages: unknown, more?: unknown): void {
    this.received.push(pages);
    if (more !== undefined) this.received.push(more);
  }
  fail(): never {
    throw new Error('Service error');
  }
}
class Book {
  readonly pages = [new Page(1), new Page(2)];
  when = new Date(2026, 10, 20);
  getPage(i: number): Page {
    return this.pages[i];
  }
  getPages(): Page[] {
    return this.pages;
  }
  getWhen(): Date {
    return this.when;
  }
}

function clock(step: number) {
  let t = 1000;
  return () => (t += step);
}

describe('the trace', () => {
  test('off (no property, a property not on, no PropertiesService, a failing read): no trace, no Proxy', () => {
    const before = g.SpreadsheetApp;
    g.SpreadsheetApp = { getActiveSpreadsheet: () => null };
    try {
      expect(startTrace()).toBeNull();
      for (const value of [null, '', '0', 'off', 'no']) {
        setProperty(value);
        expect(startTrace()).toBeNull();
      }
      g.PropertiesService = {
        getScriptProperties: () => {
          throw new Error('no access');
        },
      };
      expect(startTrace()).toBeNull();
      expect(types.isProxy(g.SpreadsheetApp)).toBe(false);
    } finally {
      g.SpreadsheetApp = before;
    }
  });

  test('on: the global is a Proxy for the action and the real one again after it', () => {
    const before = g.SpreadsheetApp;
    const real = new Book();
    g.SpreadsheetApp = real;
    const lines: string[] = [];
    try {
      for (const value of ['1', 'true', ' ON ', 'yes']) {
        setProperty(value);
        const trace = startTrace({ log: (l) => lines.push(l), label: 'menuTest' })!;
        expect(types.isProxy(g.SpreadsheetApp)).toBe(true);
        (g.SpreadsheetApp as Book).getPage(0).getN();
        trace.end();
        expect(g.SpreadsheetApp).toBe(real);
        expect(trace.calls.map((c) => c.method)).toEqual(['SpreadsheetApp.getPage', 'Page.getN']);
      }
      expect(lines).toContain('spk trace menuTest #2 Page.getN 0 ms');
    } finally {
      g.SpreadsheetApp = before;
    }
  });

  test('on, but the global cannot be replaced: one line says so, the action runs untraced', () => {
    const before = Object.getOwnPropertyDescriptor(g, 'SpreadsheetApp');
    const real = new Book();
    Object.defineProperty(g, 'SpreadsheetApp', { value: real, writable: false, configurable: true });
    const lines: string[] = [];
    try {
      setProperty('1');
      expect(startTrace({ log: (l) => lines.push(l) })).toBeNull();
      expect(g.SpreadsheetApp).toBe(real);
      expect(lines).toEqual(['spk trace: SpreadsheetApp cannot be replaced here; this run is not traced']);
    } finally {
      if (before) Object.defineProperty(g, 'SpreadsheetApp', before);
      else delete g.SpreadsheetApp;
    }
  });

  test('every call timed, results unchanged, service objects wrapped, arguments unwrapped', () => {
    const lines: string[] = [];
    const book = new Book();
    const trace = createTrace({ log: (l) => lines.push(l), now: clock(5), label: 'x' });
    const b = trace.wrap(book, 'SpreadsheetApp', 'Book');
    const p0 = b.getPage(0);
    const pages = b.getPages();
    expect(types.isProxy(p0)).toBe(true);
    expect(pages.every((p) => types.isProxy(p))).toBe(true);
    expect(pages[0]).toBe(p0); // one Proxy per object: identity as before
    expect(b.getWhen()).toBe(book.when); // data is not wrapped
    const values = p0.getValues();
    expect(values).toEqual([[1]]);
    expect(types.isProxy(values)).toBe(false);
    p0.take(pages[1]);
    p0.take([pages[1], pages[0]]);
    p0.take([[pages[1]]], [pages[0]]);
    expect(p0.setValues([[7, 8]])).toBe(p0);
    const raw = book.pages[0].received;
    expect(raw[0]).toBe(book.pages[1]);
    expect(raw[1]).toEqual([book.pages[1], book.pages[0]]);
    expect((raw[1] as unknown[]).some((x) => types.isProxy(x))).toBe(false);
    expect(types.isProxy((raw[2] as unknown[][])[0][0])).toBe(false);
    expect(types.isProxy((raw[3] as unknown[])[0])).toBe(false);
    expect(String(p0)).toBe('[object Object]'); // toString is no service call
    expect(trace.calls.map((c) => c.method)).toEqual([
      'Book.getPage',
      'Book.getPages',
      'Book.getWhen',
      'Page.getValues',
      'Page.take',
      'Page.take',
      'Page.take',
      'Page.setValues',
    ]);
    expect(trace.calls.every((c) => c.ms === 5)).toBe(true);
    expect(lines[7]).toBe('spk trace x #8 Page.setValues[1×2] 5 ms');
    expect(() => p0.fail()).toThrow('Service error'); // a failing call is in the trace too
    expect(lines[8]).toBe('spk trace x #9 Page.fail 5 ms');
    trace.end();
    trace.end();
    b.getPage(1).getN(); // after the end: passes through, unlogged
    expect(trace.calls.length).toBe(9);
    expect(lines.slice(9)).toEqual([
      'spk trace x summary: 9 calls, 4 reads, 45 ms in calls, 95 ms in all, 0 builder calls',
      'spk trace x most time: Page.take ×3 15 ms; Book.getPage ×1 5 ms; Book.getPages ×1 5 ms; Book.getWhen ×1 5 ms; Page.fail ×1 5 ms',
    ]);
  });

  test('the log names the menu function that started the execution, as the build keeps it on the stack', () => {
    const lines: string[] = [];
    function menuCreateMonth() {
      createTrace({ log: (l) => lines.push(l) }).end();
    }
    menuCreateMonth();
    createTrace({ log: (l) => lines.push(l) }).end();
    expect(lines.map((l) => l.split(' ')[2])).toEqual([
      'menuCreateMonth',
      'menuCreateMonth',
      'action',
      'action',
    ]);
  });

  test('Ui is never wrapped: a dialog waits for a person, not for the spreadsheet', () => {
    const ui = { alert: () => 'OK' };
    const app = { getUi: () => ui };
    const trace = createTrace({ log: () => {} });
    expect(trace.wrap(app, 'SpreadsheetApp', 'SpreadsheetApp').getUi()).toBe(ui);
  });

  test('reads and builders: get/is/find wait for an answer; making a Range or building a rule does not', () => {
    expect([
      'Range.getValues',
      'Sheet.getLastRow',
      'Spreadsheet.getSheetByName',
      'Sheet.isRowHiddenByUser',
    ]).toEqual(
      ['Range.getValues', 'Sheet.getLastRow', 'Spreadsheet.getSheetByName', 'Sheet.isRowHiddenByUser'].filter(
        isRead,
      ),
    );
    expect(
      ['Sheet.getRange', 'Sheet.getRangeList', 'Range.setValues', 'SpreadsheetApp.getUi'].filter(isRead),
    ).toEqual([]);
    expect(isRead('DataValidationBuilder.getHelpText')).toBe(false);
    const calls: TraceCall[] = [
      { method: 'Range.getValues', ms: 30, read: true, builder: false },
      { method: 'Range.setValues', ms: 120, read: false, builder: false },
      { method: 'Range.setValues', ms: 80, read: false, builder: false },
      { method: 'DataValidationBuilder.build', ms: 1, read: false, builder: true },
    ];
    expect(summary('menuCreateMonth', calls, 400)).toEqual([
      'spk trace menuCreateMonth summary: 3 calls, 1 reads, 230 ms in calls, 400 ms in all, 1 builder calls',
      'spk trace menuCreateMonth most time: Range.setValues ×2 200 ms; Range.getValues ×1 30 ms',
    ]);
  });
});

/** The service calls the in-memory spreadsheet counted, less Ui, lock and session (not traced). */
function counted(a: ReturnType<typeof decomposedWorkbook>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [m, n] of Object.entries(a.ss.counter.byMethod()))
    if (!/^(Ui|LockService|Lock|Session|HtmlService|ScriptApp)\./.test(m)) out[m] = n;
  for (const [m, n] of Object.entries(a.ss.counter.builderCalls())) out[m] = (out[m] ?? 0) + n;
  return out;
}

/** The calls the bench counts as service calls (builders apart), less those not traced. */
function serviceCalls(a: ReturnType<typeof decomposedWorkbook>): number {
  return Object.entries(a.ss.counter.byMethod())
    .filter(([m]) => !/^(Ui|LockService|Lock|Session|HtmlService|ScriptApp)\./.test(m))
    .reduce((s, [, n]) => s + n, 0);
}

function byMethod(calls: readonly TraceCall[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of calls) out[c.method] = (out[c.method] ?? 0) + 1;
  return out;
}

describe('the trace of real actions over the in-memory spreadsheet', () => {
  /** A 5-manager workbook, decomposed, with November's tab; the action run with the trace on or off. */
  function run(trace: boolean, action: () => void, answer: string | null) {
    const a = decomposedWorkbook(5);
    setProperty(trace ? 'on' : null);
    const lines: string[] = [];
    jest.spyOn(console, 'log').mockImplementation((l: string) => lines.push(l));
    if (answer) a.ss.ui.answer({ button: 'OK', text: answer });
    a.ss.counter.reset();
    action();
    const calls = lines.filter((l) => / #\d+ /.test(l));
    return { a, lines, calls };
  }

  test.each([
    ['Create month', () => runAction(monthAction), '2026-11'],
    ['Set up (nothing to add)', () => runAction(setupAction), null],
  ])('%s: the same workbook, every counted call in the trace, the summary adds up', (_, action, answer) => {
    const off = run(false, action, answer);
    const on = run(true, action, answer);
    expect(off.lines.filter((l) => l.startsWith('spk trace'))).toEqual([]);
    const calls = counted(on.a);
    expect(calls).toEqual(counted(off.a));
    const traced = on.calls.map((l) => / #\d+ ([\w.]+)/.exec(l)![1]);
    expect(byMethod(traced.map((method) => ({ method }) as TraceCall))).toEqual(calls);
    const service = on.calls.filter((_, i) => !isBuilder(traced[i]));
    expect(service.length).toBe(serviceCalls(on.a));
    const ms = service.reduce((s, l) => s + Number(/ (\d+) ms$/.exec(l)![1]), 0);
    const reads = traced.filter((m) => !isBuilder(m) && isRead(m)).length;
    const [head] = on.lines.filter((l) => l.includes(' summary: '));
    expect(head).toMatch(
      new RegExp(
        `^spk trace action summary: ${service.length} calls, ${reads} reads, ${ms} ms in calls, \\d+ ms in all, ${traced.length - service.length} builder calls$`,
      ),
    );
    expect(types.isProxy(g.SpreadsheetApp)).toBe(false);
    expect(snapshot(on.a.ss)).toBe(snapshot(off.a.ss)); // last: the snapshot's own reads are counted too
  });
});
