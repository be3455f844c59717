/**
 * A trace of one menu action's service calls in a real spreadsheet, for the Executions panel (console.log).
 *
 * Turned on by the script property SPK_TRACE (Apps Script editor → Project settings → Script properties;
 * `1`, `true`, `on` or `yes`): PropertiesService needs no OAuth scope beyond the manifest's. Off (the
 * default) an action pays one property read and nothing else: no Proxy is made.
 *
 * On, the global SpreadsheetApp is replaced for the action by a Proxy that times every method call and
 * wraps what it returns (Spreadsheet, Sheet, Range, Protection, builders…) the same way, so the calls the
 * action makes through any of them are timed. The global is replaced rather than ctx.ss alone because the
 * builders come from SpreadsheetApp (newDataValidation, newConditionalFormatRule) and get ranges the wrapped
 * sheets gave: every argument is unwrapped before the real method sees it, as a service would refuse a
 * Proxy where it expects a Range. When the global cannot be replaced, the action runs untraced. Ui is not
 * wrapped (a dialog's time is a person's). Each call is logged as it ends (a run killed at 6 minutes keeps
 * its lines), then a summary: calls, reads, time in calls, wall time, the costliest methods.
 */

/** The script property that turns the trace on. */
export const TRACE_PROPERTY = 'SPK_TRACE';

export interface TraceCall {
  method: string;
  ms: number;
  read: boolean;
  builder: boolean;
}

export interface Trace {
  /** Every call so far, in order. */
  readonly calls: TraceCall[];
  /** Wraps a service object (or an array of them) named `as` (default: its class); data comes back as it is. */
  wrap<T>(value: T, from?: string, as?: string): T;
  /** Puts the real SpreadsheetApp back and logs the summary (once); later calls pass through unlogged. */
  end(): void;
}

export interface TraceOptions {
  /** Where lines go (default console.log). */
  log?: (line: string) => void;
  /** The clock in milliseconds (default Date.now). */
  now?: () => number;
  /** Names the action in the log (default: the menu function found on the stack). */
  label?: string;
}

type Anything = Record<PropertyKey, unknown>;

/** Is the trace turned on? Any failure to read the property means off. */
function traceWanted(): boolean {
  try {
    if (typeof PropertiesService === 'undefined') return false;
    const value = PropertiesService.getScriptProperties().getProperty(TRACE_PROPERTY);
    return /^\s*(1|true|on|yes)\s*$/i.test(value ?? '');
  } catch {
    return false;
  }
}

/**
 * Starts a trace of the action about to run when the script property asks for one: the global
 * SpreadsheetApp is replaced by its traced Proxy until `end`. Null when off or when it cannot be replaced.
 */
/** `body` with its service calls traced when SPK_TRACE is on (the trace ended however it ends). */
export function withTrace<T>(body: () => T): T {
  const trace = startTrace();
  try {
    return body();
  } finally {
    trace?.end();
  }
}

export function startTrace(options: TraceOptions = {}): Trace | null {
  if (!traceWanted()) return null;
  const g = globalThis as unknown as Anything;
  const real = g.SpreadsheetApp;
  const trace = createTrace(options, () => {
    replaceGlobal(g, real);
  });
  const proxy =
    real && typeof real === 'object' ? trace.wrap(real, 'SpreadsheetApp', 'SpreadsheetApp') : null;
  if (proxy && replaceGlobal(g, proxy)) return trace;
  (options.log ?? consoleLog)('spk trace: SpreadsheetApp cannot be replaced here; this run is not traced');
  return null;
}

function replaceGlobal(g: Anything, value: unknown): boolean {
  try {
    g.SpreadsheetApp = value;
  } catch {
    // a read-only global: checked below
  }
  return g.SpreadsheetApp === value;
}

function consoleLog(line: string): void {
  console.log(line);
}

/** A trace whose `wrap` makes the Proxies; `restore` runs once at `end`. */
export function createTrace(options: TraceOptions = {}, restore: () => void = () => {}): Trace {
  return new Tracer(options, restore);
}

class Tracer implements Trace {
  readonly calls: TraceCall[] = [];
  private readonly log: (line: string) => void;
  private readonly now: () => number;
  private readonly label: string;
  private readonly started: number;
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private live = true;

  constructor(
    options: TraceOptions,
    private readonly restore: () => void,
  ) {
    this.log = options.log ?? consoleLog;
    this.now = options.now ?? Date.now;
    this.label = options.label ?? labelFromStack();
    this.started = this.now();
  }

  /** An object whose class cannot be told is named by the call that made it (`from`), or as `as` says. */
  wrap<T>(value: T, from = 'object', as?: string): T {
    if (Array.isArray(value))
      return (value.length && serviceName(value[0]) ? value.map((v) => this.wrap(v, from)) : value) as T;
    const name = as ?? serviceName(value) ?? (isServiceLike(value) ? `${from}()` : null);
    if (!name || name === 'Ui' || from === 'SpreadsheetApp.getUi') return value;
    const target = value as unknown as object;
    let proxy = this.proxies.get(target);
    if (!proxy) {
      proxy = this.proxyOf(target, name);
      this.proxies.set(target, proxy);
      this.targets.set(proxy, target);
    }
    return proxy as T;
  }

  end(): void {
    if (!this.live) return;
    this.live = false;
    this.restore();
    for (const line of summary(this.label, this.calls, this.now() - this.started)) this.log(line);
  }

  /** The Proxy: each method timed (one function per method, so `sheet.getRange === sheet.getRange`). */
  private proxyOf(target: object, name: string): object {
    const methods = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get: (t, prop) => {
        const member = Reflect.get(t, prop, t);
        if (typeof member !== 'function' || typeof prop === 'symbol') return member;
        if (PLAIN.has(prop)) return (member as (...a: unknown[]) => unknown).bind(t);
        let timed = methods.get(prop);
        if (!timed) {
          const method = `${name}.${prop}`;
          timed = (...args: unknown[]) => this.call(method, t, member as (...a: unknown[]) => unknown, args);
          methods.set(prop, timed);
        }
        return timed;
      },
    });
  }

  /** One service call: the real method on the real object with real arguments, timed (a failure too). */
  private call(
    method: string,
    target: object,
    member: (...a: unknown[]) => unknown,
    args: unknown[],
  ): unknown {
    const realArgs = args.map((a) => this.unwrap(a));
    if (!this.live) return this.wrap(Reflect.apply(member, target, realArgs), method);
    const t0 = this.now();
    let result: unknown;
    try {
      result = Reflect.apply(member, target, realArgs);
    } finally {
      this.record(method, this.now() - t0, args);
    }
    return this.wrap(result, method);
  }

  /** An argument without its Proxies, in arrays too (2-D: a grid of text styles), copied only when one is found. */
  private unwrap(v: unknown, depth = 0): unknown {
    if (!Array.isArray(v)) return isObject(v) ? (this.targets.get(v) ?? v) : v;
    if (depth >= 2) return v;
    let changed = false;
    const out = v.map((x) => {
      const u = this.unwrap(x, depth + 1);
      if (u !== x) changed = true;
      return u;
    });
    return changed ? out : v;
  }

  private record(method: string, ms: number, args: unknown[]): void {
    this.calls.push({ method, ms, read: isRead(method), builder: isBuilder(method) });
    this.log(`spk trace ${this.label} #${this.calls.length} ${method}${shapeOf(args)} ${ms} ms`);
  }
}

/** Members that are no service call: passed through bound, untimed. */
const PLAIN = new Set<PropertyKey>(['toString', 'valueOf', 'toJSON', 'constructor', 'hasOwnProperty']);

function isObject(v: unknown): v is object {
  return (typeof v === 'object' || typeof v === 'function') && v !== null;
}

/**
 * The class of a service object, or null for data: an Apps Script object names its class in String(o)
 * ("Range"); the in-memory one by its constructor. Arrays, Dates and plain objects are data.
 */
function serviceName(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  if (Object.prototype.toString.call(v) === '[object Date]') return null;
  let text = '';
  try {
    text = String(v);
  } catch {
    // no string form: try the constructor
  }
  if (/^[A-Z][A-Za-z]*$/.test(text)) return text;
  const ctor = (v as { constructor?: { name?: unknown } }).constructor;
  const name = ctor && typeof ctor.name === 'string' ? ctor.name : '';
  return /^[A-Z][A-Za-z]*$/.test(name) && name !== 'Object' ? name : null;
}

/** An object no Date, array or plain data: what a service hands out when its class has no readable name. */
function isServiceLike(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  if (Object.prototype.toString.call(v) === '[object Date]') return false;
  if (Object.getPrototypeOf(v) !== Object.prototype) return true;
  return Object.keys(v).some((k) => typeof (v as Anything)[k] === 'function');
}

/**
 * Getters that hand back an object to call on, not the document's data: Apps Script can answer them without
 * a round trip, so they neither wait nor flush the queued writes.
 */
const HANDLES = new Set([
  'getRange',
  'getRangeList',
  'getRanges',
  'getCell',
  'getUi',
  'getActive',
  'getActiveSpreadsheet',
  'getDocumentLock',
  'getScriptLock',
]);

/**
 * A read waits for the spreadsheet's answer (and flushes the writes queued before it): get…, is…, has…,
 * find… of the document's data, and a replace that answers with a count. The bench's counter uses it too.
 */
export function isRead(method: string): boolean {
  const name = method.slice(method.indexOf('.') + 1);
  if (isBuilder(method) || HANDLES.has(name)) return false;
  return /^(get|is|has|find)/.test(name) || name === 'replaceAllWith';
}

/**
 * Builder calls are made in the script and sent with what they build: cheap, reported apart (as the
 * bench's counter does: rule builders and a metadata finder's conditions).
 */
export function isBuilder(method: string): boolean {
  return /^\w*Builder\./.test(method) || /^DeveloperMetadataFinder\.with/.test(method);
}

/** `[rows×cols]` for a call whose first argument is a 2-D array (the payload a setter sends). */
function shapeOf(args: unknown[]): string {
  const a = args[0];
  if (!Array.isArray(a) || !Array.isArray(a[0])) return '';
  return `[${a.length}×${(a[0] as unknown[]).length}]`;
}

/** The summary lines: totals, then the five methods that took the most time. */
export function summary(label: string, calls: readonly TraceCall[], wallMs: number): string[] {
  const service = calls.filter((c) => !c.builder);
  const ms = service.reduce((s, c) => s + c.ms, 0);
  const reads = service.filter((c) => c.read).length;
  const builders = calls.length - service.length;
  const byMethod = new Map<string, { n: number; ms: number }>();
  for (const c of service) {
    const m = byMethod.get(c.method) ?? { n: 0, ms: 0 };
    m.n++;
    m.ms += c.ms;
    byMethod.set(c.method, m);
  }
  const top = Array.from(byMethod.entries())
    .sort((a, b) => b[1].ms - a[1].ms || b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([m, v]) => `${m} ×${v.n} ${v.ms} ms`);
  return [
    `spk trace ${label} summary: ${service.length} calls, ${reads} reads, ${ms} ms in calls, ${wallMs} ms in all, ${builders} builder calls`,
    `spk trace ${label} most time: ${top.join('; ') || 'none'}`,
  ];
}

/** The menu function that started this execution, from the stack (the build keeps those names). */
function labelFromStack(): string {
  const stack = new Error().stack ?? '';
  const m = /\bat (?:\w+\.)?(menu[A-Z]\w*|importDialog[A-Z]\w*)\b/.exec(stack);
  return m ? m[1] : 'action';
}
