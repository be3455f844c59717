import { dayOf, isoString, lastOfMonth } from '../../core/dates';
import { isDomainError } from '../../core/errors';
import { t } from '../../i18n';
import { type Action, type ActionContext, noteWritten, notify, toast } from '../context';
import { type FactsLog, readFactsLog, recordFacts } from '../facts-log';
import type { Grid } from '../grid';
import { monthPlanOf } from '../month-data';
import { type Fact, factKey, MONTH_TAG, sameCell } from '../month-layout';
import { askMonth } from '../month-prompt';
import { findMonthTab, type MonthTabContent, readMonthTab } from '../month-tab';
import { writeNewIds } from '../settings';
import { settingsAndPlan } from '../settings-plan';
import { type FoundTab, freeTabName, monthKey, monthTabName } from '../tabs';
import { firstChangedRow, writeCells, writeGrid } from '../write-grid';
import { type MonthGrid, monthGrid } from './month-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Menu: Create plan/fact for a month → tab "YYYY-MM"; facts already typed there are kept. */
export const monthAction: Action<[number, number]> = {
  ask: (ctx) => askMonth(ctx, 'menu.createMonth'),
  run: (ctx, [year, month]) => createMonthTab(ctx, year, month),
};

/** Menu: Restore facts from the log → the month tab regenerated with every logged fact it lacks. */
export const restoreAction: Action<[number, number]> = {
  ask: (ctx) => askMonth(ctx, 'menu.restoreFacts'),
  run: (ctx, [year, month]) => createMonthTab(ctx, year, month, true),
};

/**
 * Writes the month tab anew: validate and compute first, log every fact seen, write the new tab whole
 * under a temporary name, merge what was typed meanwhile, then swap it in.
 */
export function createMonthTab(ctx: ActionContext, year: number, month: number, restore = false): void {
  const planned = settingsAndPlan(ctx, { year, month, mustBePlanYear: true });
  if (!planned?.plan) return;
  const { settings, plan } = planned;
  // The plan year is the month's (mustBePlanYear), and the prologue decomposed that month.
  const monthPlan = monthPlanOf(plan, year, month)!;
  const found = findMonthTab(ctx.ss, year, month);
  const content = found ? readOrSetAside(ctx, found, restore) : null;
  const facts = factMap(content?.facts ?? []);
  const log = readFactsLog(ctx.ss, ctx.lang);
  const restored = restore ? restoreFromLog(log, facts, year, month) : 0;
  const build = (typed: Map<string, Fact>) =>
    monthGrid(plan, monthPlan, settings, typed, ctx.lang, ctx.today);
  const grid = build(facts);
  writeNewIds(ctx, settings);
  recordFacts(ctx, [...facts.values()], log);
  const name = content?.name ?? monthTabName(year, month);
  writeGrid(ctx.ss, name, grid.grid, {
    protectionNote: t('protect.formulas', ctx.lang),
    current: content?.sheet ?? null,
    tag: { key: MONTH_TAG, value: monthKey(year, month) },
    written: ctx.written,
    keepLinks: !!content && sameRows(content, grid.grid),
    beforeSwap: (fresh) => content && mergeTypedMeanwhile(ctx, content, facts, fresh, grid.grid, build),
  }).activate();
  const key = restore ? 'toast.restoreDone' : grid.textCells ? 'toast.monthDoneText' : 'toast.monthDone';
  toast(ctx, key, { month: name, kept: grid.kept, restored, text: grid.textCells });
}

/**
 * The month tab's content. A tab changed beyond reading stops Create month (its dialog says why); a restore
 * renames it aside as damaged, never deleting it, and builds the tab from the log.
 */
function readOrSetAside(ctx: ActionContext, found: FoundTab, restore: boolean): MonthTabContent | null {
  try {
    return readMonthTab(found);
  } catch (e) {
    if (!restore || !isDomainError(e)) throw e;
    const base = t('month.damaged', ctx.lang, { name: found.name, date: isoString(ctx.today) });
    const name = freeTabName(ctx.ss, base);
    found.sheet.setName(name);
    noteWritten(ctx, name);
    notify(ctx, t('month.setAside', ctx.lang, { name }));
    return null;
  }
}

/**
 * Whether the new tab puts every row and day where the old one had it (the same people, metrics and days,
 * nothing inserted): only then do other tabs' links into it stay right when re-pointed. Otherwise they are
 * lost with the old tab (#REF!), visibly, and the tabs that made them say to regenerate them.
 */
function sameRows(old: MonthTabContent, grid: Grid): boolean {
  const shown = (v: unknown) => String(v ?? '').replace(/^'/, '');
  const cells = (row: readonly unknown[] = [], upTo?: number) => {
    const texts = row.slice(0, upTo).map(shown);
    while (texts.length && texts[texts.length - 1] === '') texts.pop();
    return texts.join('|');
  };
  const keyRow = old.structure.keyRow;
  if (cells(old.values[keyRow]) !== cells(grid.values[keyRow])) return false;
  const rows = Math.max(old.values.length, grid.rows);
  for (let r = 0; r < rows; r++) if (cells(old.values[r], 2) !== cells(grid.values[r], 2)) return false;
  return true;
}

function factMap(facts: readonly Fact[]): Map<string, Fact> {
  return new Map(facts.map((f) => [factKey(f.id, f.metric, f.day), f]));
}

/** Adds the logged facts of the month that the tab lacks; returns how many. */
function restoreFromLog(log: FactsLog, facts: Map<string, Fact>, year: number, month: number): number {
  const from = dayOf(year, month, 1);
  const to = lastOfMonth(year, month);
  let added = 0;
  for (const [key, fact] of log.latest) {
    if (fact.day < from || fact.day > to || facts.has(key)) continue;
    facts.set(key, fact);
    added++;
  }
  return added;
}

/**
 * Just before the swap: the old tab is read again and anything typed since the first read goes into the
 * new tab, and into the log. The grid is built again with those facts (a fact may add an unassigned row) and
 * its cells are written from the first row that changed down, formats and colours with the values.
 */
function mergeTypedMeanwhile(
  ctx: ActionContext,
  before: MonthTabContent,
  facts: Map<string, Fact>,
  fresh: Sheet,
  written: Grid,
  build: (typed: Map<string, Fact>) => MonthGrid,
): void {
  // Read again, past the memo: what was typed while the new tab was written.
  const now = readMonthTab(before).facts;
  const firstRead = factMap(before.facts);
  const changed = now.filter((f) => {
    const was = firstRead.get(factKey(f.id, f.metric, f.day));
    return !was || !sameCell(was.cell, f.cell);
  });
  if (!changed.length) return;
  for (const f of changed) facts.set(factKey(f.id, f.metric, f.day), f);
  recordFacts(ctx, changed);
  const { grid } = build(facts);
  const from = firstChangedRow(written, grid);
  if (from) writeCells(fresh, grid, from);
}
