/**
 * The bundle as Sheets pays for it: its size, its cold start (a custom-function execution parses and runs
 * the whole file before answering), the vectorized custom functions on many rows against one execution per
 * row, and BONUS_TIERS against the same commission written as a native SUMPRODUCT formula.
 */
import vm from 'node:vm';
import zlib from 'node:zlib';
import { seededRandom } from '../random';
import { Spreadsheet } from '../spreadsheet';
import { customFunctionNames } from './actions';
import { median, medianMs, timeOnce } from './timing';

type Fn = (...args: unknown[]) => unknown;

/**
 * Where a bundle's functions run: `vm` is a fresh node:vm context, as Apps Script loads the file (every
 * lookup of a built-in such as `Math` or `Number` goes through the context's interceptor, several times
 * slower than plain V8); `outside` is the same file run in the bench's own realm (`new Function`), where
 * built-ins are plain globals, as in Apps Script's V8.
 */
export type Where = 'vm' | 'outside';

/** The bundle loaded with no Apps Script services (functions fall back to en/UTC). */
export function loadBundle(
  code: string,
  where: Where = 'vm',
): {
  context?: vm.Context;
  fn(name: string): Fn;
  DateClass: DateConstructor;
} {
  let g: Record<string, Fn>;
  let context: vm.Context | undefined;
  let DateClass: DateConstructor = Date;
  if (where === 'vm') {
    context = vm.createContext({});
    vm.runInContext(code, context, { filename: 'Code.js' });
    g = context as unknown as Record<string, Fn>;
    DateClass = vm.runInContext('Date', context) as DateConstructor;
  } else {
    const names = customFunctionNames(code);
    g = new Function(`${code}\nreturn { ${names.join(', ')} };`)() as Record<string, Fn>;
  }
  return {
    context,
    fn: (name) => {
      if (typeof g[name] !== 'function') throw new Error(`the bundle has no global function ${name}`);
      return g[name];
    },
    DateClass,
  };
}

// Each sample compiles a distinct source (a trailing comment), so V8's compilation cache cannot help.
let salt = 0;

/** One cold start: a fresh context, the bundle compiled and run, one custom-function call answered. */
export function coldStartMs(code: string): number {
  const source = `${code}\n//${++salt}`;
  return timeOnce(() => {
    const context = vm.createContext({});
    new vm.Script(source, { filename: 'Code.js' }).runInContext(context);
    vm.runInContext('RUN_RATE(1000, 10, 20)', context);
  });
}

/** The same for an empty script: the fixed cost of a context, the baseline of the ratio. */
export function emptyStartMs(): number {
  const source = `//${++salt}`;
  return timeOnce(() => {
    const context = vm.createContext({});
    new vm.Script(source, { filename: 'Code.js' }).runInContext(context);
  });
}

export interface BundleFigures {
  bytes: number;
  gzipBytes: number;
  coldStartRatio: number;
  coldStartMs: number;
  emptyScriptMs: number;
  samples: number;
}

/** Size, and the medians of `samples` cold starts of the bundle and of an empty script, interleaved. */
export function measureBundle(code: string, samples: number): BundleFigures {
  return measureBundles([code], samples)[0];
}

/** measureBundle for several bundles, their samples interleaved so that a busy machine slows all alike. */
export function measureBundles(codes: readonly string[], samples: number): BundleFigures[] {
  const cold: number[][] = codes.map(() => []);
  const empty: number[] = [];
  for (const code of codes) coldStartMs(code);
  emptyStartMs();
  for (let i = 0; i < samples; i++) {
    codes.forEach((code, k) => {
      cold[k].push(coldStartMs(code));
    });
    empty.push(emptyStartMs());
  }
  const emptyMs = median(empty);
  return codes.map((code, k) => {
    const coldMs = median(cold[k]);
    return {
      bytes: Buffer.byteLength(code),
      gzipBytes: zlib.gzipSync(code).length,
      coldStartRatio: coldMs / emptyMs,
      coldStartMs: coldMs,
      emptyScriptMs: emptyMs,
      samples,
    };
  });
}

/** A vectorized function's workload: one call over all rows, and the same work one row per call. */
interface Workload {
  whole: unknown[];
  /** The arguments of the single-row call for row i (what a naive sheet puts in each row). */
  row(i: number): unknown[];
}

const col = <T>(xs: T[]): T[][] => xs.map((x) => [x]);

export const THRESHOLDS = [0, 500000, 750000];
export const RATES = [0.03, 0.05, 0.075];

/** Seeded amounts in kopecks-exact roubles, 0–1 200 000. */
export function amounts(rows: number, seed = 1): number[] {
  const next = seededRandom(seed);
  return Array.from({ length: rows }, () => Math.round(next() * 120000000) / 100);
}

function workloads(rows: number, DateClass: DateConstructor): Record<string, Workload> {
  const next = seededRandom(42);
  const amount = amounts(rows);
  const fact = Array.from({ length: rows }, () => Math.round(next() * 1e6));
  const elapsed = Array.from({ length: rows }, () => 1 + Math.floor(next() * 21));
  const total = elapsed.map(() => 21);
  // Dates at noon UTC: the same calendar day in any zone the functions may read them in.
  const day = (k: number) => new DateClass(Date.UTC(2026, 0, 1 + k, 12));
  const start = Array.from({ length: rows }, () => Math.floor(next() * 300));
  const end = start.map((s) => s + Math.floor(next() * 60));
  const startDates = start.map(day);
  const endDates = end.map(day);
  const weights = Array.from({ length: rows }, () => Math.round((0.5 + next()) * 100) / 100);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const plans = Array.from({ length: rows }, () => 100 + Math.round(next() * 900));
  const facts = plans.map((p) => Math.round(p * (0.5 + next())));
  const kpiWeight = 1 / rows;
  return {
    BONUS_TIERS: {
      whole: [col(amount), col(THRESHOLDS), col(RATES)],
      row: (i) => [amount[i], col(THRESHOLDS), col(RATES)],
    },
    RUN_RATE: {
      whole: [col(fact), col(elapsed), col(total)],
      row: (i) => [fact[i], elapsed[i], total[i]],
    },
    CAL_WORKDAYS: {
      whole: [col(startDates), col(endDates)],
      row: (i) => [startDates[i], endDates[i]],
    },
    // A naive sheet gives each row its share of the total and rounds it alone (and loses the exact sum).
    PLAN_SPLIT: {
      whole: [120000000, col(weights)],
      row: (i) => [Math.round((120000000 * weights[i]) / weightSum), 1],
    },
    // A naive sheet scores each KPI in its own cell (weight 100 %) and weights the scores natively.
    KPI_INDEX: {
      whole: [col(plans.map(() => kpiWeight)), col(plans), col(facts), 0.8, 1.5],
      row: (i) => [1, plans[i], facts[i], 0.8, 1.5],
    },
  };
}

export interface VectorizedFigure {
  rows: number;
  /** One call over all rows (median). */
  ms: number;
  /** rows × (cold start + one single-row call): the estimate of one execution per row. */
  naiveMs: number;
  speedup: number;
  perRowMs: number;
}

export interface VectorizedOptions {
  rows: number;
  runs: number;
  /** The cold start the naive estimate charges each row (median of real cold starts). */
  coldStartMs: number;
  /** How many single-row calls the per-row cost is averaged over. */
  perRowSamples: number;
}

export function measureVectorized(code: string, o: VectorizedOptions): Record<string, VectorizedFigure> {
  return measureVectorizedMany([code], o)[0];
}

/**
 * measureVectorized for several bundles (`o.coldStartMs` is the first one's; `coldStarts` gives each its
 * own), their runs interleaved; `where` says whether the functions run in a node:vm context or outside.
 */
export function measureVectorizedMany(
  codes: readonly string[],
  o: VectorizedOptions & { where?: Where; coldStarts?: readonly number[] },
): Record<string, VectorizedFigure>[] {
  const loaded = codes.map((code) => loadBundle(code, o.where));
  const work = loaded.map((b) => workloads(o.rows, b.DateClass));
  const out: Record<string, VectorizedFigure>[] = codes.map(() => ({}));
  const samples = Math.min(o.perRowSamples, o.rows);
  for (const name of Object.keys(work[0])) {
    const fns = loaded.map((b) => b.fn(name));
    const rowArgs = work.map((w) => Array.from({ length: samples }, (_, i) => w[name].row(i)));
    const whole = interleavedMedians(o.runs, fns.length, (k) => fns[k](...work[k][name].whole));
    const perRow = interleavedMedians(o.runs, fns.length, (k) => {
      for (const a of rowArgs[k]) fns[k](...a);
    });
    fns.forEach((_, k) => {
      const perRowMs = perRow[k] / samples;
      const naiveMs = o.rows * ((o.coldStarts?.[k] ?? o.coldStartMs) + perRowMs);
      out[k][name] = { rows: o.rows, ms: whole[k], naiveMs, speedup: naiveMs / whole[k], perRowMs };
    });
  }
  return out;
}

/** Untimed rounds first: V8 optimizes a hot function after a few calls, and the first rounds time its tiers. */
const WARM_UP_ROUNDS = 3;

/** The median time of `run(k)` for each of `n` subjects over `runs` rounds (after the warm-up rounds). */
function interleavedMedians(runs: number, n: number, run: (k: number) => void): number[] {
  const times: number[][] = Array.from({ length: n }, () => []);
  for (let r = -WARM_UP_ROUNDS; r < runs; r++) {
    for (let k = 0; k < n; k++) {
      const ms = timeOnce(() => run(k));
      if (r >= 0) times[k].push(ms);
    }
  }
  return times.map(median);
}

export interface NativeFigure {
  rows: number;
  equal: boolean;
  mismatches: number;
  /** Native SUMPRODUCT recalculation ÷ BONUS_TIERS recalculation, both in HyperFormula. */
  ratio: number;
  nativeMs: number;
  customMs: number;
  formula: string;
  /** Rows where the same formula without the float guard (a plain ROUND) misses by a kopeck. */
  unguardedMismatches: number;
}

/** The marginal commission of the amount in A<row>: tiers in E2:E4, differential rates in G2:G4. */
export function nativeCommission(row: number, guard: boolean): string {
  const sum = `SUMPRODUCT((A${row}>$E$2:$E$4)*(A${row}-$E$2:$E$4)*$G$2:$G$4)`;
  // 0.000000001 keeps float noise (0.05 - 0.03 = 0.020000000000000004) from tipping an exact half kopeck
  // down. Written out: HyperFormula does not parse "1E-9" (Sheets does).
  return guard ? `=ROUND(${sum}+0.000000001,2)` : `=ROUND(${sum},2)`;
}

type SheetT = ReturnType<Spreadsheet['getActiveSheet']>;

function commissionSheet(name: string, amount: number[]): { ss: Spreadsheet; sheet: SheetT } {
  const ss = new Spreadsheet({ sheets: [name] });
  const sheet = ss.getActiveSheet();
  if (sheet.getMaxRows() < amount.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), amount.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 5, 3, 2).setValues(THRESHOLDS.map((x, k) => [x, RATES[k]]));
  sheet.getRange(2, 7, 3, 1).setFormulas([['=F2'], ['=F3-F2'], ['=F4-F3']]);
  sheet.getRange(2, 1, amount.length, 1).setValues(col(amount));
  return { ss, sheet };
}

function kopeckMismatches(a: unknown[][], b: unknown[][]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = Number(a[i][0]);
    const y = Number(b[i][0]);
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.round(x * 100) !== Math.round(y * 100)) n++;
  }
  return n;
}

/**
 * The marginal commission of `rows` amounts twice in HyperFormula: a native formula per row (SUMPRODUCT
 * over the tiers with differential rates) and one spilled BONUS_TIERS over the column. Both recompute when
 * a rate changes; the times are the medians of `runs` rate changes.
 */
export function measureNativeFormula(code: string, rows: number, runs: number): NativeFigure {
  const b = loadBundle(code);
  const amount = amounts(rows);
  const native = commissionSheet('Native', amount);
  native.sheet.getRange(2, 2, rows, 1).setFormulas(amount.map((_, i) => [nativeCommission(i + 2, true)]));
  const custom = commissionSheet('Custom', amount);
  custom.ss.registerCustomFunctions({ BONUS_TIERS: { fn: b.fn('BONUS_TIERS'), size: 'firstRange' } });
  custom.sheet.getRange(2, 2).setFormula(`=BONUS_TIERS(A2:A${rows + 1},E2:E4,F2:F4)`);

  const rateChange = (ss: Spreadsheet, id: number) => {
    const ms = medianMs(runs, (i) => {
      ss.hf.setCellContents({ sheet: id, row: 2, col: 5 }, i % 2 === 0 ? 0.051 : 0.05);
    });
    ss.hf.setCellContents({ sheet: id, row: 2, col: 5 }, RATES[1]);
    return ms;
  };
  const nativeMs = rateChange(native.ss, native.sheet.hfId);
  const customMs = rateChange(custom.ss, custom.sheet.hfId);
  const expected = custom.sheet.getRange(2, 2, rows, 1).getValues();
  const mismatches = kopeckMismatches(native.sheet.getRange(2, 2, rows, 1).getValues(), expected);

  const plain = commissionSheet('Plain', amount);
  plain.sheet.getRange(2, 2, rows, 1).setFormulas(amount.map((_, i) => [nativeCommission(i + 2, false)]));
  const unguardedMismatches = kopeckMismatches(plain.sheet.getRange(2, 2, rows, 1).getValues(), expected);
  return {
    rows,
    equal: mismatches === 0,
    mismatches,
    ratio: nativeMs / customMs,
    nativeMs,
    customMs,
    formula: nativeCommission(2, true),
    unguardedMismatches,
  };
}
