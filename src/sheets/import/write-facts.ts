import { ymdOf } from '../../core/dates';
import { type Contribution, type LogRecord, totalsOf } from '../../core/import';
import { entry } from '../../core/import/memo';
import { createMonthTab } from '../actions/month';
import { type ActionContext, noteWritten } from '../context';
import { recordFacts } from '../facts-log';
import type { Fact } from '../month-layout';
import { findMonthTab, type MonthTabContent, readMonthTab } from '../month-tab';
import { monthKey } from '../tabs';
import { blockOf, type MonthCellPlan, planMonthCells, type Totals } from './month-cells';

/** What writing the totals into the month tabs did, for the result dialog. */
export interface FactsWritten {
  cells: number;
  tabs: string[];
  replaced: { tab: string; fact: Fact; now: number }[];
  noRow: { id: string; metric: string }[];
  /** Months ("2026-10") whose tab was missing and could not be made. */
  noTab: string[];
}

/**
 * The merged log's totals into the day cells of the month tabs, compared with the previous log's: the
 * months where a total changed (and months with facts whose tab is missing, made first as Create month
 * makes it) are read once each, the hand-typed values about to be replaced are kept in the facts log, then
 * each tab gets one write of the block its changes span.
 */
export function writeTotals(
  ctx: ActionContext,
  previous: readonly LogRecord[],
  merged: readonly LogRecord[],
): FactsWritten {
  const byMonth = totalsByMonth(totalsOf(previous), totalsOf(merged));
  const out: FactsWritten = { cells: 0, tabs: [], replaced: [], noRow: [], noTab: [] };
  const planned: { content: MonthTabContent; plan: MonthCellPlan }[] = [];
  for (const [key, { year, month, totals, changed }] of byMonth) {
    let sheet = findMonthTab(ctx.ss, year, month);
    if (sheet && !changed) continue;
    if (!sheet && !totals.some((t) => t.now !== undefined)) continue;
    if (!sheet) {
      createMonthTab(ctx, year, month);
      sheet = findMonthTab(ctx.ss, year, month);
    }
    if (!sheet) {
      out.noTab.push(key);
      continue;
    }
    const content = readMonthTab(sheet);
    const plan = planMonthCells(content.values, content.formulas, content.structure, totals);
    planned.push({ content, plan });
    out.noRow.push(
      ...plan.noRow.filter((n) => !out.noRow.some((o) => o.id === n.id && o.metric === n.metric)),
    );
    for (const r of plan.replaced) out.replaced.push({ tab: content.name, ...r });
  }
  // Typed values first: whatever fails after this, nothing a person typed is lost.
  if (out.replaced.length)
    recordFacts(
      ctx,
      out.replaced.map((r) => r.fact),
    );
  for (const { content, plan } of planned) {
    if (!plan.writes.length) continue;
    let block = blockOf(content.values, content.formulas, plan.writes);
    const range = content.sheet.getRange(
      block.top + 1,
      block.left + 1,
      block.cells.length,
      block.cells[0].length,
    );
    if (block.hasText)
      block = blockOf(content.values, content.formulas, plan.writes, range.getNumberFormats());
    range.setValues(block.cells);
    noteWritten(ctx, content.name);
    out.cells += plan.writes.length;
    out.tabs.push(content.name);
  }
  return out;
}

interface MonthTotals {
  year: number;
  month: number;
  totals: Totals[];
  /** Whether any total of the month differs from the previous log's. */
  changed: boolean;
}

/** Previous and new totals side by side, by month ("2026-11"), months in calendar order. */
function totalsByMonth(was: readonly Contribution[], now: readonly Contribution[]): Map<string, MonthTotals> {
  const key = (c: Contribution) => `${c.member}\u0000${c.metric}\u0000${c.day}`;
  const all = new Map<string, Totals>();
  for (const c of was)
    all.set(key(c), { id: c.member, metric: c.metric, day: c.day, was: c.value, now: undefined });
  for (const c of now) {
    const t = all.get(key(c));
    if (t) t.now = c.value;
    else all.set(key(c), { id: c.member, metric: c.metric, day: c.day, was: undefined, now: c.value });
  }
  const months = new Map<string, MonthTotals>();
  for (const t of [...all.values()].sort((a, b) => a.day - b.day)) {
    const { year, month } = ymdOf(t.day);
    const k = monthKey(year, month);
    const m = entry(months, k, () => ({ year, month, totals: [] as Totals[], changed: false }));
    m.totals.push(t);
    if (t.was !== t.now) m.changed = true;
  }
  return months;
}
