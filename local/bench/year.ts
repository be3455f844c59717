/**
 * A year of daily facts: a workbook whose clock stands at the end of the year, with the twelve month tabs
 * created one after the other and each filled with facts up to yesterday, then the other menu actions on
 * December. It measures what a year of history costs: the cells of every tab (Sheets' 10 million cell
 * limit counts every cell of every tab's grid, blank or not) and the actions' time with twelve month tabs in
 * place.
 */
import { type Addon, openAddon } from '../addon';
import type { Spreadsheet } from '../spreadsheet';
import { type ActionRun, menuActions, monthRecalcMs, runAction } from './actions';
import { scalePlan, typeFacts, writeTeam } from './workbook';

/** The year flow's clock: the last working day of 2026 (31 December is a day off in the RU calendar). */
export const YEAR = { year: 2026, today: '2026-12-30' };

export interface TabCells {
  /** Rows × columns of the tab's grid, as Sheets counts it against the limit. */
  grid: number;
  /** Rows × columns up to the last cell holding something. */
  used: number;
}

export interface YearRun {
  managers: number;
  addon: Addon;
  /** Create month of each month in turn (the n-th with n − 1 month tabs already there). */
  createMonth: ActionRun[];
  /** Set up, Decompose, then the actions after Create month on December. */
  actions: Record<string, ActionRun>;
  cells: Record<string, TabCells>;
  /** Recalculation after one fact edit on December's tab, twelve month tabs in place (ms). */
  recalcMs: number;
}

export function tabCells(ss: Spreadsheet): Record<string, TabCells> {
  const out: Record<string, TabCells> = {};
  for (const s of ss.sheetList()) {
    const e = s.extent();
    out[s.name] = { grid: s.maxRows * s.maxColumns, used: e.rows * e.columns };
  }
  return out;
}

const monthKey = (m: number) => `${YEAR.year}-${String(m).padStart(2, '0')}`;

/** The year flow for a team of `managers`; every action timed. */
export function runYear(
  managers: number,
  o: { code: string; locale: string; runs: number; log?: (s: string) => void },
): YearRun {
  const addon = openAddon({ locale: o.locale, today: YEAR.today, code: o.code });
  const ss = addon.ss;
  const first = ss.sheetList()[0].name;
  addon.call('onOpen');
  const december = monthKey(12);
  const specs = menuActions(december);
  const initial = runAction(addon, specs[0]);
  if (initial.problem) throw new Error(`menuSetup on a new workbook: ${initial.problem}`);
  const examples = writeTeam(ss, managers);
  for (const s of ss.sheetList()) if (s.name !== first && s.name !== 'Team') ss.deleteSheet(s);
  const actions: Record<string, ActionRun> = {};
  const createMonth: ActionRun[] = [];
  for (const spec of specs) {
    if (spec.key === 'createMonth') {
      for (let m = 1; m <= 12; m++) {
        o.log?.(`year of ${managers}: Create month ${monthKey(m)}`);
        const run = runAction(addon, { ...spec, answer: monthKey(m) }, true);
        createMonth.push(run);
        if (ss.sheetNamed(monthKey(m))) typeFacts(ss, monthKey(m), YEAR.today);
      }
      actions[spec.key] = createMonth[createMonth.length - 1];
      continue;
    }
    actions[spec.key] = runAction(addon, spec, true);
    if (spec.key === 'setup') scalePlan(ss, managers / examples);
  }
  const recalcMs = ss.sheetNamed(december) ? monthRecalcMs(ss, december, o.runs) : Number.NaN;
  return { managers, addon, createMonth, actions, cells: tabCells(ss), recalcMs };
}
