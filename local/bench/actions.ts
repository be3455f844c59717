/**
 * Service calls per menu action, counted by the in-memory spreadsheet, for teams of several sizes; and the
 * formulas of every tab the add-on wrote (native ones, and cells that call one of its custom functions).
 */
import { type Addon, openAddon } from '../addon';
import type { Spreadsheet } from '../spreadsheet';
import { profileSplit, type TimeSplit } from './profile';
import { medianMs } from './timing';
import { firstFactCell, scalePlan, typeFacts, writeTeam } from './workbook';

export interface ActionSpec {
  key: string;
  fn: string;
  /** The text typed into the action's prompt (the month), if it asks one. */
  answer?: string;
  /** The alert the action ends with when it did its work (a result dialog): required, and no problem. */
  result?: RegExp;
}

export function menuActions(month: string): ActionSpec[] {
  return [
    { key: 'setup', fn: 'menuSetup' },
    { key: 'decompose', fn: 'menuDecompose' },
    { key: 'createMonth', fn: 'menuCreateMonth', answer: month },
    { key: 'today', fn: 'menuToday' },
    { key: 'weeklyMeeting', fn: 'menuWeeklyMeeting', answer: '' },
    { key: 'contests', fn: 'menuContests' },
    { key: 'bonuses', fn: 'menuBonuses', answer: month },
    { key: 'report', fn: 'menuReport', answer: month },
  ];
}

export interface ActionRun {
  /** Service calls (builder calls apart); null when the action did not do its work (see `problem`). */
  calls: number | null;
  builderCalls: number;
  /** Of the calls, those that wait for the document's answer (and flush the queued writes). */
  reads: number;
  /** Bytes the setters sent, as JSON would carry their values. */
  payloadBytes: number;
  byMethod: Record<string, number>;
  /** Why the count is not reported: "not available yet", a problem list, an exception. */
  problem?: string;
  /** Wall time and whose it was (only when timed). */
  ms?: TimeSplit;
}

/** Runs one menu action as a user would (prompt answered), counting the calls it makes (and timing it). */
export function runAction(addon: Addon, action: ActionSpec, timed = false): ActionRun {
  const ui = addon.ss.ui;
  ui.answers.splice(0);
  if (action.answer !== undefined) ui.answer({ button: 'OK', text: action.answer });
  const before = ui.dialogs.length;
  addon.ss.counter.reset();
  let error: string | undefined;
  const call = () => {
    try {
      addon.call(action.fn);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  };
  let ms: TimeSplit | undefined;
  if (timed) ms = profileSplit(call);
  else call();
  const calls = addon.ss.counter.total();
  const run: ActionRun = {
    calls,
    builderCalls: addon.ss.counter.total(true) - calls,
    reads: addon.ss.counter.reads(),
    payloadBytes: addon.ss.counter.payload(),
    byMethod: addon.ss.counter.byMethod(),
    ...(ms ? { ms } : {}),
  };
  ui.answers.splice(0);
  const dialogs = ui.dialogs.slice(before);
  // An alert with only OK is a message to the user (a problem list, a failure), unless it is the action's
  // result; a question is fine.
  const alerts = dialogs.filter((d) => d.kind === 'alert' && d.buttons === 'OK');
  const isResult = (text: string) => action.result?.test(text) === true;
  const message = alerts.find((d) => !isResult(d.message));
  const unanswered = dialogs.find((d) => d.kind === 'prompt' && d.answer?.button !== 'OK');
  if (error) run.problem = `threw: ${error}`;
  else if (message) run.problem = `alert: ${message.message.replace(/\s+/g, ' ').slice(0, 160)}`;
  else if (unanswered) run.problem = `unanswered prompt: ${unanswered.message.slice(0, 80)}`;
  else if (action.result && !alerts.some((d) => isResult(d.message))) run.problem = 'no result dialog';
  if (run.problem) run.calls = null;
  return run;
}

export interface TeamRun {
  managers: number;
  addon: Addon;
  actions: Record<string, ActionRun>;
  /** Tabs the add-on created (the default first sheet excluded), in order. */
  tabs: string[];
  monthTab: string;
}

export interface TeamOptions {
  code: string;
  locale: string;
  today: string;
  month: string;
  /** Called after each menu action of the flow (the outputs snapshot reads the workbook there). */
  afterAction?: (key: string, addon: Addon) => void;
  /** Time each action and split its time (profileSplit). */
  timed?: boolean;
  /** The last action to run (a baseline bundle is timed up to Create month only). */
  stopAfter?: string;
}

/**
 * A fresh workbook with a team of `managers`, every menu action run on it in a user's order:
 * set up (the example workbook), the Team tab rewritten to `managers`, the other settings tabs removed
 * and set up again (so set up is measured with the big team in place), the yearly plan scaled to the
 * team, decompose, create the month, type its facts up to yesterday, today, bonuses, report.
 */
export function runTeam(managers: number, o: TeamOptions): TeamRun {
  const addon = openAddon({ locale: o.locale, today: o.today, code: o.code });
  const ss = addon.ss;
  const first = ss.sheetList()[0].getName();
  addon.call('onOpen');
  const actions: Record<string, ActionRun> = {};
  const specs = menuActions(o.month);
  const initial = runAction(addon, specs[0]);
  if (initial.problem) throw new Error(`menuSetup on a new workbook: ${initial.problem}`);
  const examples = writeTeam(ss, managers);
  for (const s of ss.sheetList()) {
    const n = s.getName();
    if (n !== first && !isTeamTab(n)) ss.deleteSheet(s);
  }
  const monthTab = o.month;
  for (const spec of specs) {
    actions[spec.key] = runAction(addon, spec, o.timed);
    if (spec.key === 'setup') scalePlan(ss, managers / examples);
    if (spec.key === 'createMonth' && ss.sheetNamed(monthTab)) typeFacts(ss, monthTab, o.today);
    o.afterAction?.(spec.key, addon);
    if (spec.key === o.stopAfter) break;
  }
  const tabs = ss
    .sheetList()
    .map((s) => s.getName())
    .filter((n) => n !== first);
  return { managers, addon, actions, tabs, monthTab };
}

function isTeamTab(name: string): boolean {
  return name === 'Team' || name === 'Команда';
}

/** The names of the bundle's custom functions: the top-level declarations marked @customfunction. */
export function customFunctionNames(code: string): string[] {
  const names: string[] = [];
  const re = /@customfunction\s*\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;
  let m = re.exec(code);
  while (m) {
    names.push(m[1]);
    m = re.exec(code);
  }
  return names;
}

export interface FormulaCount {
  formulas: number;
  customFunctionCells: number;
}

/** Formulas on each tab, and the cells among them that call one of `names` (reads through the API). */
export function countFormulas(ss: Spreadsheet, tabs: readonly string[], names: readonly string[]) {
  const call = names.length ? new RegExp(`(^|[^A-Za-z0-9_.])(${names.join('|')})\\s*\\(`, 'i') : null;
  const out: Record<string, FormulaCount> = {};
  for (const tab of tabs) {
    const sheet = ss.sheetNamed(tab);
    if (!sheet) continue;
    let formulas = 0;
    let custom = 0;
    if (sheet.getLastRow() > 0 && sheet.getLastColumn() > 0) {
      for (const row of sheet.getDataRange().getFormulas()) {
        for (const f of row) {
          if (!f) continue;
          formulas++;
          if (call?.test(f)) custom++;
        }
      }
    }
    out[tab] = { formulas, customFunctionCells: custom };
  }
  return out;
}

/**
 * Milliseconds HyperFormula takes to recompute the month tab after one fact cell changes (the first
 * manager's first day): the median of `runs` changes, each to a new value.
 */
export function monthRecalcMs(ss: Spreadsheet, tab: string, runs: number): number {
  const sheet = ss.sheetNamed(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const cell = firstFactCell(ss, tab);
  const address = { sheet: sheet.hfId, row: cell.row - 1, col: cell.column - 1 };
  const original = ss.hf.getCellSerialized(address);
  const ms = medianMs(runs, (i) => {
    ss.hf.setCellContents(address, 1000 + i);
  });
  ss.hf.setCellContents(address, original as never);
  return ms;
}
