/**
 * The scripted run of `npm run demo`: the built add-on (dist/Code.js) run as a user would run it, through
 * its menu, over an in-memory spreadsheet — open, set up with example data, decompose, create the month's
 * plan/fact tab, type three weeks of facts (or import the exports given), today's view, bonuses, report,
 * the sales budget — then the workbook written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDayText } from '../src/core/dates';
import type { Table } from '../src/core/import';
import { isoWeekOf } from '../src/core/weeks';
import { type Lang, t } from '../src/i18n';
import { attachAddon } from './addon';
import { readExport, stageExport } from './demo-import';
import { typeWeekMeeting } from './demo-meeting';
import { type SummaryLine, summarize } from './demo-summary';
import { hasTypedFacts, resizeTeam, settingsTab, typeFacts } from './demo-workbook';
import { Spreadsheet } from './spreadsheet';
import { readXlsx, writeXlsx } from './xlsx';

export interface DemoOptions {
  month?: string;
  team?: number;
  lang?: Lang;
  seed?: number;
  out?: string;
  png?: boolean;
  from?: string;
  /** Day of the month that is "today" (default 20). */
  todayDay?: number;
  /** Exports to import, in order, after the month tab exists (instead of the demo's typed facts). */
  imports?: string[];
}

export interface ActionStat {
  /** The global function called (onOpen, menuSetup, …), or "typeFacts" for the demo's own paste. */
  action: string;
  /** What the step worked on, where the label names it (the file of a File → Import). */
  detail?: string;
  /** Service calls (builders apart), by method. */
  calls: number;
  builderCalls: number;
  byMethod: Record<string, number>;
  ms: number;
  /** Alerts the add-on showed during the action (problems, "not available yet"…). */
  alerts: string[];
  /** An exception that escaped the action (a bug: the add-on shows its own failures in alerts). */
  error?: string;
}

export interface DemoResult {
  out: string;
  lang: Lang;
  month: string;
  today: string;
  seed: number;
  tabs: string[];
  /** The facts pasted into the month tab (manager rows × days before today); empty when none were typed. */
  facts: (number | '')[][];
  managers: SummaryLine[];
  department: SummaryLine;
  actions: ActionStat[];
  /** The add-on's dialog listing the problems of the settings tabs, as it showed it; null when none. */
  settingsProblems: string | null;
  ss: Spreadsheet;
}

/**
 * The demo could not go on: the add-on made no month tab, and `message` is what it told the user (its list
 * of settings problems, or the alerts it showed), in the workbook's language.
 */
export class DemoStopped extends Error {}

// ------------------------------------------------------------------------------------------ the add-on

/** Runs one step with the call counter reset; every prompt it shows is answered OK with `promptText`. */
function step(
  ss: Spreadsheet,
  stats: ActionStat[],
  action: string,
  body: () => void,
  promptText?: string,
  detail?: string,
): void {
  const ui = ss.ui;
  ui.answers.length = 0;
  const prompt = ui.prompt;
  if (promptText !== undefined) {
    ui.prompt = ((...args: Parameters<typeof prompt>) => {
      ui.answers.unshift({ button: 'OK', text: promptText });
      return prompt.apply(ui, args);
    }) as typeof prompt;
  }
  const firstDialog = ui.dialogs.length;
  ss.counter.reset();
  const t0 = process.hrtime.bigint();
  let failure: string | null = null;
  try {
    body();
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  } finally {
    ui.prompt = prompt;
    ui.answers.length = 0;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const alerts = ui.dialogs
    .slice(firstDialog)
    .filter((d) => d.kind === 'alert')
    .map((d) => [d.title, d.message].filter(Boolean).join(': '));
  stats.push({
    action,
    ...(detail !== undefined ? { detail } : {}),
    calls: ss.counter.total(),
    builderCalls: ss.counter.total(true) - ss.counter.total(),
    byMethod: ss.counter.byMethod(),
    ms,
    alerts,
    ...(failure !== null ? { error: failure } : {}),
  });
}

/**
 * The first alert that is the add-on's list of settings problems: its first line is the add-on's own
 * heading (`problems.heading`) for the number of problems it names.
 */
function settingsProblemsShown(ss: Spreadsheet, lang: Lang): string | null {
  for (const d of ss.ui.dialogs) {
    if (d.kind !== 'alert') continue;
    const heading = d.message.split('\n')[0];
    const count = /\d[\d\s\u00a0]*/.exec(heading);
    if (count && heading === t('problems.heading', lang, { count: Number(count[0].replace(/\D/g, '')) }))
      return d.message;
  }
  return null;
}

// ------------------------------------------------------------------------------------------ the workbook

interface Workbook {
  ss: Spreadsheet;
  lang: Lang;
  month: string;
  today: string;
}

/** The example workbook to be, or the user's own (--from), in the demo's language and month. */
async function openWorkbook(options: DemoOptions): Promise<Workbook> {
  let lang: Lang = options.lang ?? 'ru';
  let month = options.month ?? '2026-11';
  const todayOf = (m: string) => `${m}-${String(options.todayDay ?? 20).padStart(2, '0')}`;
  if (!options.from) {
    const ss = new Spreadsheet({ locale: lang === 'ru' ? 'ru_RU' : 'en_US', now: `${todayOf(month)} 10:00` });
    return { ss, lang, month, today: todayOf(month) };
  }
  const probe = await readXlsx(options.from);
  const named = (l: Lang) => probe.getSheetByName(t('tab.team', l)) !== null;
  if (!options.lang && named('en') && !named('ru')) lang = 'en';
  if (!options.month) month = `${planYearOf(probe) ?? 2026}-11`;
  const ss = await readXlsx(options.from, {
    locale: lang === 'ru' ? 'ru_RU' : 'en_US',
    now: `${todayOf(month)} 10:00`,
  });
  dropChartList(ss);
  return { ss, lang, month, today: todayOf(month) };
}

/** A demo workbook read back carries the "Charts" list writeXlsx added: it is no tab of the add-on. */
function dropChartList(ss: Spreadsheet): void {
  const list = ss.getSheetByName('Charts');
  if (list && list.getRange(1, 1, 1, 5).getValues()[0].join('|') === 'Tab|Type|Anchor|Ranges|Title')
    ss.deleteSheet(list);
}

/** The plan year of a workbook's Plan tab (the row keyed "year"), if it has one. */
function planYearOf(ss: Spreadsheet): number | null {
  const sheet = settingsTab(ss, 'tab.plan');
  if (!sheet) return null;
  const row = sheet
    .getDataRange()
    .getValues()
    .find((r) => r[0] === 'year');
  const y = row ? Number(row[2]) : Number.NaN;
  return Number.isInteger(y) ? y : null;
}

// ------------------------------------------------------------------------------------------------ demo

/** The menu actions in the order a head of sales takes them, with the demo's own edits between. */
function runScript(
  wb: Workbook,
  options: DemoOptions,
  seed: number,
  exports: { file: string; table: Table }[],
): { actions: ActionStat[]; facts: (number | '')[][] } {
  const { ss, lang, month, today } = wb;
  const session = attachAddon(ss, { today });
  const actions: ActionStat[] = [];
  const run = (name: string, promptText?: string, ...args: unknown[]) =>
    step(
      ss,
      actions,
      name,
      () => {
        session.call(name, ...args);
      },
      promptText,
    );
  run('onOpen', undefined, { authMode: 'LIMITED' });
  run('menuSetup');
  if (options.team !== undefined && !options.from) {
    const [year, mon] = month.split('-').map(Number);
    step(ss, actions, 'resizeTeam', () => resizeTeam(ss, lang, options.team!, seed, year, mon));
  }
  run('menuDecompose');
  run('menuCreateMonth', month);
  for (const e of exports) {
    const file = path.basename(e.file);
    step(ss, actions, 'fileImport', () => stageExport(ss, e.file, e.table), undefined, file);
    run('menuImportFromTab');
  }
  let facts: (number | '')[][] = [];
  if (exports.length === 0 && !hasTypedFacts(ss, month)) {
    step(ss, actions, 'typeFacts', () => {
      facts = typeFacts(ss, lang, month, today, seed);
    });
  }
  run('menuToday');
  weeklyMeeting(ss, lang, today, run, (name, body) => step(ss, actions, name, body));
  run('menuContests');
  run('menuBonuses', month);
  run('menuReport', month);
  run('menuBudget');
  return { actions, facts };
}

/**
 * The weekly meeting: last week's tab with the commitments and notes typed during that meeting, then this
 * week's tab, which shows them as last week's commitments next to the week's result.
 */
function weeklyMeeting(
  ss: Spreadsheet,
  lang: Lang,
  today: string,
  run: (name: string, promptText?: string) => void,
  edit: (name: string, body: () => void) => void,
): void {
  const last = isoWeekOf(parseDayText(today)! - 7);
  const key = `${last.isoYear}-W${String(last.isoWeek).padStart(2, '0')}`;
  run('menuWeeklyMeeting', key);
  edit('typeWeekMeeting', () => typeWeekMeeting(ss, lang, t('tab.week', lang, { week: key })));
  run('menuWeeklyMeeting', '');
}

/**
 * Runs the whole demo and writes the workbook; prints nothing (see formatSummary). Throws DemoStopped with
 * the add-on's own words when it made no month tab (settings with problems in a --from workbook).
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const seed = options.seed ?? 1;
  const out = path.resolve(options.out ?? 'out/demo.xlsx');
  const wb = await openWorkbook(options);
  const { ss, lang, month, today } = wb;
  const exports = [];
  for (const file of options.imports ?? []) exports.push({ file, table: await readExport(file, lang) });
  const { actions, facts } = runScript(wb, options, seed, exports);
  const settingsProblems = settingsProblemsShown(ss, lang);
  const summary = summarize(ss, lang, month);
  if (!summary) {
    const shown = actions.find((a) => a.action === 'menuCreateMonth')?.alerts ?? [];
    if (settingsProblems !== null || shown.length > 0)
      throw new DemoStopped(settingsProblems ?? shown.join('\n\n'));
    throw new Error(`the month tab ${month} was not created`);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await writeXlsx(ss, out, { chartList: true });
  const tabs = ss.sheetList().map((s) => s.getName());
  return { out, lang, month, today, seed, tabs, facts, ...summary, actions, settingsProblems, ss };
}
