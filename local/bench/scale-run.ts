/**
 * The scale part of `npm run bench`: the year flow at each year size (calls and times of every action with
 * twelve month tabs, the cells of every tab), the cells model and the limits it gives, and with --base the
 * baseline bundle's menu actions up to Create month at the largest team, for goal 4's ratio of Create month's
 * JavaScript time.
 */
import { runTeam } from './actions';
import type { TimeSplit } from './profile';
import type { BenchConfig } from './run';
import { type CellsModel, cellsModel, type Limits, limits } from './scale';
import { runYear, type TabCells } from './year';

export interface YearFigures {
  managers: number;
  /** Service calls and time of each action on December, twelve month tabs in place. */
  calls: Record<string, number | null>;
  ms: Record<string, TimeSplit>;
  /** Create month of January … December: wall and JavaScript ms (the n-th with n − 1 month tabs there). */
  createMonthMs: { wallMs: number; addonMs: number }[];
  /** Recalculation after one fact edit on December's tab, twelve month tabs in place. */
  recalcMs: number;
  cells: Record<string, TabCells>;
  totalCells: number;
}

export interface ScaleFigures {
  year: YearFigures[];
  cellsModel: CellsModel;
  limits: Limits;
  /** The baseline bundle's Set up, Decompose and Create month at the largest team, and this ÷ baseline. */
  baseline?: {
    label: string;
    managers: number;
    ms: Record<string, TimeSplit>;
    calls: Record<string, number | null>;
    createMonthAddonRatio: number;
  };
  /** Rows a custom-function call handles within 30 s / margin (filled in by runBench). */
  customFunctionRows?: Record<string, number>;
}

function yearFigures(managers: number, config: BenchConfig, notes: string[]): YearFigures {
  const run = runYear(managers, {
    code: config.code,
    locale: config.locale,
    runs: config.runs,
    log: config.log,
  });
  const calls: YearFigures['calls'] = {};
  const ms: YearFigures['ms'] = {};
  for (const [key, r] of Object.entries(run.actions)) {
    calls[key] = r.calls;
    if (r.ms) ms[key] = r.ms;
    if (r.problem) notes.push(`year of ${managers}: ${key}: ${r.problem}`);
  }
  run.createMonth.forEach((r, k) => {
    if (r.problem) notes.push(`year of ${managers}: Create month ${k + 1}: ${r.problem}`);
  });
  const totalCells = Object.values(run.cells).reduce((a, c) => a + c.grid, 0);
  return {
    managers,
    calls,
    ms,
    createMonthMs: run.createMonth.map((r) => ({ wallMs: r.ms?.wallMs ?? 0, addonMs: r.ms?.addonMs ?? 0 })),
    recalcMs: run.recalcMs,
    cells: run.cells,
    totalCells,
  };
}

export function measureScale(
  config: BenchConfig,
  actionMs: Record<string, Record<string, TimeSplit>>,
  notes: string[],
): ScaleFigures {
  const log = config.log ?? (() => undefined);
  const year: YearFigures[] = [];
  for (const size of config.yearSizes) {
    log(`year of ${size}: twelve month tabs filled`);
    year.push(yearFigures(size, config, notes));
  }
  const model = cellsModel(Object.fromEntries(year.map((y) => [String(y.managers), y.cells])));
  const out: ScaleFigures = { year, cellsModel: model, limits: limits(model, actionMs) };
  if (config.baseCode) {
    const managers = Math.max(...config.teamSizes);
    log(`baseline ${config.baseLabel}: team of ${managers} up to Create month`);
    const run = runTeam(managers, {
      ...config,
      code: config.baseCode,
      timed: true,
      stopAfter: 'createMonth',
    });
    const ms: Record<string, TimeSplit> = {};
    const calls: Record<string, number | null> = {};
    for (const [key, r] of Object.entries(run.actions)) {
      calls[key] = r.calls;
      if (r.ms) ms[key] = r.ms;
    }
    const now = actionMs.createMonth?.[String(managers)]?.addonMs ?? Number.NaN;
    out.baseline = {
      label: config.baseLabel ?? 'baseline',
      managers,
      ms,
      calls,
      createMonthAddonRatio: now / (ms.createMonth?.addonMs ?? Number.NaN),
    };
  }
  return out;
}
