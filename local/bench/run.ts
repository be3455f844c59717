/** `npm run bench`: every measurement of the benchmark, as one result object (the --json output). */
import os from 'node:os';
import {
  countFormulas,
  customFunctionNames,
  menuActions,
  monthRecalcMs,
  runTeam,
  type TeamRun,
} from './actions';
import type { CallCount } from './function-calls';
import {
  type BundleFigures,
  measureNativeFormula,
  type NativeFigure,
  type VectorizedFigure,
} from './functions';
import { type Baseline, measureFunctions } from './functions-run';
import { IMPORT_ACTION, type ImportCoreFigure, measureImportCore, runImportFromTab } from './import';
import type { TimeSplit } from './profile';
import { customFunctionRows } from './scale';
import { measureScale, type ScaleFigures } from './scale-run';
import { round } from './timing';

export interface BenchConfig {
  /** dist/Code.js as built (or the bundle --code names). */
  code: string;
  /** A bundle the custom functions are compared with in the same run (--base), and where it came from. */
  baseCode?: string;
  baseLabel?: string;
  /** 'functions': only the custom-function figures (bundle, vectorized, calls), no menu actions or import. */
  only?: 'functions';
  teamSizes: number[];
  recalcSizes: number[];
  /** Team sizes of the year flow (twelve month tabs filled); the two largest fit the cells per manager. */
  yearSizes: number[];
  rows: number;
  runs: number;
  coldSamples: number;
  perRowSamples: number;
  /** Rows of the generated amoCRM exports the import core is timed on. */
  importRows: number[];
  /** Rows staged in a tab for "Import facts from this tab" (its service calls). */
  importTabRows: number[];
  locale: string;
  today: string;
  month: string;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

export const DEFAULT_CONFIG: Omit<BenchConfig, 'code'> = {
  teamSizes: [5, 50, 200, 1000],
  recalcSizes: [50, 200],
  yearSizes: [50, 200],
  rows: 10000,
  runs: 5,
  coldSamples: 50,
  perRowSamples: 1000,
  importRows: [1000, 10000, 100000],
  importTabRows: [100, 10000],
  locale: 'en_US',
  today: '2026-11-20',
  month: '2026-11',
};

export interface BenchResult {
  serviceCalls: Record<string, Record<string, number | null>>;
  /** Each action's wall time in the vm and its JavaScript's part (addonMs), by team size. */
  actionMs: Record<string, Record<string, TimeSplit>>;
  /** The year flow, cells per manager-month, the limits; the baseline's Create month (absent with --only). */
  scale?: ScaleFigures;
  customFunctionCells: Record<string, number>;
  formulas: Record<string, number>;
  recalcMs: Record<string, number>;
  bundle: BundleFigures;
  /** One call over `rows` rows inside node:vm (as Apps Script loads the file). */
  vectorized: Record<string, VectorizedFigure>;
  /** The same outside the vm: built-ins are plain globals, no context interceptor. */
  vectorizedOutsideVm: Record<string, VectorizedFigure>;
  /** SpreadsheetApp calls per custom-function execution, by case. */
  functionCalls: Record<string, CallCount>;
  /** The baseline bundle's figures in the same run, and this ÷ baseline (only with --base). */
  baseline?: Baseline;
  /** Absent with --only functions. */
  nativeFormula?: NativeFigure;
  /** Absent with --only functions. */
  import?: ImportFigures;
  /** Builder calls (conditional formats, validations, charts) per action and team size, apart from the above. */
  builderCalls: Record<string, Record<string, number>>;
  /** Reads (calls that wait for the answer and flush queued writes) per action and team size. */
  reads: Record<string, Record<string, number>>;
  /** Bytes the setters sent per action and team size. */
  payloadBytes: Record<string, Record<string, number>>;
  /** Team size the formula counts are taken at. */
  formulasTeam: number;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; platform: string };
  date: string;
  config: Omit<BenchConfig, 'code' | 'baseCode' | 'log'>;
  notes: string[];
}

/** Issue 14's acceptance: the import core on 100 000 rows in under a second. */
export const IMPORT_TARGET = { rows: 100000, ms: 1000 };

export interface ImportFigures {
  /** bytes → facts → merge → totals, by export size. */
  core: ImportCoreFigure[];
  /** "Import facts from this tab": service calls (null: not counted, see notes), by rows in the tab. */
  fromTab: { rows: number; serviceCalls: number | null; builderCalls: number }[];
}

/** The import section: the core timed on each size, the Sheets action counted on each tab size. */
export function measureImport(config: BenchConfig, notes: string[]): ImportFigures {
  const log = config.log ?? (() => undefined);
  log(`import core on ${config.importRows.join(', ')} rows`);
  const core = measureImportCore(config.importRows, config.runs);
  notes.push(
    'import core: a generated amoCRM export (windows-1251, `;`) timed in plain Node, not in the vm; merged into an empty log',
  );
  const target = core.find((c) => c.rows === IMPORT_TARGET.rows);
  if (target && target.ms >= IMPORT_TARGET.ms)
    notes.push(
      `import core: ${target.rows} rows in ${round(target.ms)} ms, over the ${IMPORT_TARGET.ms} ms target`,
    );
  const fromTab: ImportFigures['fromTab'] = [];
  const methods: Record<number, Record<string, number>> = {};
  for (const rows of config.importTabRows) {
    log(`${IMPORT_ACTION.fn} on a tab of ${rows} rows`);
    const run = runImportFromTab(rows, config);
    fromTab.push({ rows, serviceCalls: run.calls, builderCalls: run.builderCalls });
    methods[rows] = run.byMethod;
    if (run.problem) notes.push(`${IMPORT_ACTION.key} (${rows} rows): ${run.problem}: not counted`);
  }
  const counted = fromTab.filter((f) => f.serviceCalls !== null);
  if (new Set(counted.map((f) => f.serviceCalls)).size > 1) {
    const first = counted[0].rows;
    const diffs = counted.slice(1).map((f) => `${f.rows}: ${methodDiff(methods[first], methods[f.rows])}`);
    notes.push(
      `${IMPORT_ACTION.key}: the count changes with the rows (against ${first}: ${diffs.join('; ')})`,
    );
  }
  return { core, fromTab };
}

export function machine(): BenchResult['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus.length ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
}

/** The methods whose counts differ from `base` to `other`, as "+1 Sheet.insertRowsAfter". */
export function methodDiff(base: Record<string, number>, other: Record<string, number>): string {
  const keys = Array.from(new Set([...Object.keys(base), ...Object.keys(other)])).sort();
  const parts = keys
    .map((k) => [k, (other[k] ?? 0) - (base[k] ?? 0)] as const)
    .filter(([, d]) => d !== 0)
    .map(([k, d]) => `${d > 0 ? '+' : ''}${d} ${k}`);
  return parts.length ? parts.join(', ') : 'same';
}

export function runBench(config: BenchConfig): BenchResult {
  const log = config.log ?? (() => undefined);
  const notes: string[] = [];
  const actions = menuActions(config.month).map((a) => a.key);
  const serviceCalls: BenchResult['serviceCalls'] = {};
  const builderCalls: BenchResult['builderCalls'] = {};
  const reads: BenchResult['reads'] = {};
  const payloadBytes: BenchResult['payloadBytes'] = {};
  const actionMs: BenchResult['actionMs'] = {};
  for (const a of actions) {
    serviceCalls[a] = {};
    builderCalls[a] = {};
    reads[a] = {};
    payloadBytes[a] = {};
    actionMs[a] = {};
  }
  const recalcMs: Record<string, number> = {};
  const names = customFunctionNames(config.code);
  let formulas: Record<string, number> = {};
  let customCells: Record<string, number> = {};
  const formulasTeam = Math.max(...config.teamSizes);
  const problems = new Map<string, number[]>();
  const methods: Record<string, Record<string, Record<string, number>>> = {};

  for (const size of config.only === 'functions' ? [] : config.teamSizes) {
    log(`team of ${size}: running the menu actions`);
    const run: TeamRun = runTeam(size, { ...config, timed: true });
    for (const a of actions) {
      const r = run.actions[a];
      serviceCalls[a][String(size)] = r.calls;
      if (r.ms) actionMs[a][String(size)] = r.ms;
      builderCalls[a][String(size)] = r.builderCalls;
      reads[a][String(size)] = r.reads;
      payloadBytes[a][String(size)] = r.payloadBytes;
      if (!methods[a]) methods[a] = {};
      methods[a][String(size)] = r.byMethod;
      if (r.problem) {
        const key = `${a}: ${r.problem}`;
        problems.set(key, (problems.get(key) ?? []).concat(size));
      }
    }
    if (config.recalcSizes.indexOf(size) >= 0 && run.addon.ss.sheetNamed(run.monthTab)) {
      log(`team of ${size}: recalculation of ${run.monthTab}`);
      recalcMs[String(size)] = monthRecalcMs(run.addon.ss, run.monthTab, config.runs);
    }
    if (size === formulasTeam) {
      const counts = countFormulas(run.addon.ss, run.tabs, names);
      formulas = {};
      customCells = {};
      for (const tab of Object.keys(counts)) {
        formulas[tab] = counts[tab].formulas;
        customCells[tab] = counts[tab].customFunctionCells;
      }
    }
  }
  for (const [key, sizes] of problems) notes.push(`${key} (team ${sizes.join(', ')}): not counted`);
  for (const a of actions) {
    const counted = Object.keys(serviceCalls[a]).filter((s) => serviceCalls[a][s] !== null);
    if (new Set(counted.map((s) => serviceCalls[a][s])).size > 1) {
      const first = counted[0];
      const diffs = counted.slice(1).map((s) => `${s}: ${methodDiff(methods[a][first], methods[a][s])}`);
      notes.push(`${a}: the count changes with the team (against ${first} managers: ${diffs.join('; ')})`);
    }
  }

  const scale = config.only === 'functions' ? undefined : measureScale(config, actionMs, notes);
  const fn = measureFunctions(config, notes);
  if (scale)
    scale.customFunctionRows = Object.fromEntries(
      Object.entries(fn.figures.vectorized).map(([f, v]) => [f, customFunctionRows(v.ms, config.rows)]),
    );
  let nativeFormula: NativeFigure | undefined;
  let importFigures: ImportFigures | undefined;
  if (config.only !== 'functions') {
    log(`native SUMPRODUCT vs BONUS_TIERS on ${config.rows} rows`);
    nativeFormula = measureNativeFormula(config.code, config.rows, config.runs);
    if (!nativeFormula.equal)
      notes.push(`native formula and BONUS_TIERS differ on ${nativeFormula.mismatches} rows`);
    importFigures = measureImport(config, notes);
  }

  const { code: _code, baseCode: _base, log: _log, ...rest } = config;
  return {
    serviceCalls,
    actionMs,
    scale,
    customFunctionCells: customCells,
    formulas,
    recalcMs,
    ...fn.figures,
    baseline: fn.baseline,
    nativeFormula,
    import: importFigures,
    builderCalls,
    reads,
    payloadBytes,
    formulasTeam,
    machine: machine(),
    date: new Date().toISOString(),
    config: rest,
    notes,
  };
}
