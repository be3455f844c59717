import type { BonusFund } from '../../core/budget';
import {
  type BudgetInput,
  budgetYear,
  checkAssumptions,
  defaultCarry,
  departmentSeries,
  type HistoryYear,
  planAvgCheck,
} from '../../core/budget';
import { readNumber } from '../../core/cells';
import { type Lang, monthInText, t } from '../../i18n';
import {
  budgetTabName,
  fieldCell,
  MONTH_INDEXES,
  readTypedAssumptions,
  type TypedAssumptions,
} from '../budget-layout';
import { type ActionContext, notify, toast } from '../context';
import { Problems } from '../problems';
import { readTabValues, type Settings } from '../settings';
import { motivationMetrics, readMotivation } from '../settings/motivation';
import type { TableContext } from '../settings/table';
import { settingsAndPlan } from '../settings-plan';
import { findGeneratedSheet } from '../tabs';
import { asideName, writeGrid } from '../write-grid';
import { assumptionCells, budgetAssumptions } from './budget-assumptions';
import { budgetGrid } from './budget-grid';

/**
 * Menu: Sales budget → the tab «Бюджет 2026» / "Budget 2026": the assumptions the finance person edits (kept
 * from the old tab), a snapshot of what no formula can make (the plan, salaries from the Team tab, the bonus
 * fund of the plan and of each scenario from the bonus engine, leads), and the budget as native formulas.
 * A problem in the settings, the Motivation tab or the assumptions typed: the one dialog, nothing written.
 */
export function budgetAction(ctx: ActionContext): void {
  const read = readBudget(ctx);
  if (!read) return;
  const { input, settings } = read;
  const budget = budgetYear(input);
  const grid = budgetGrid({
    lang: ctx.lang,
    currency: settings.plan.currency,
    today: ctx.today,
    budget,
    assumptions: input.assumptions,
    years: read.years,
    cells: assumptionCells(read.typed),
    history: input.history ?? [],
    carrySource: read.carrySource,
    provisional: settings.calendar.isProvisional(budget.year),
    tabs: { plan: settings.tabs.plan, team: settings.tabs.team, motivation: read.motivationTab },
  });
  writeGrid(ctx.ss, read.name, grid, {
    protectionNote: t('protect.generated', ctx.lang),
    // Found under another language's name: replaced there. Not found: the writer looks by name itself, after
    // putting back a tab a failed swap set aside.
    ...(read.current ? { current: read.current } : {}),
    written: ctx.written,
  }).activate();
  toast(ctx, 'budget.toast', { tab: read.name });
  const exceptions = fundExceptions([budget.snapshot.bonusFund, ...budget.snapshot.scenarioFunds], ctx.lang);
  if (exceptions) notify(ctx, exceptions);
}

/** What the Budget tab is made from, read and checked; null once the problems dialog is queued. */
export interface BudgetRead {
  input: BudgetInput;
  settings: Settings;
  typed: TypedAssumptions | null;
  years: Map<string, number>;
  carrySource: 'history' | 'planProxy';
  name: string;
  current: GoogleAppsScript.Spreadsheet.Sheet | null;
  motivationTab: string;
}

/**
 * The settings and plan, the Motivation tab's schemes, the Plan tab's history and the assumptions of the old
 * Budget tab (its defaults refreshed): the core's whole input. Any problem: the one dialog, null.
 */
export function readBudget(ctx: ActionContext): BudgetRead | null {
  const planned = settingsAndPlan(ctx);
  if (!planned?.plan) return null;
  const { settings, plan } = planned;
  const problems = new Problems();
  const tabs = readTabValues(ctx, ['motivation', 'plan'], problems);
  const table = (tab: string): TableContext => ({ tab, lang: ctx.lang, timeZone: ctx.timeZone, problems });
  const schemes = tabs.motivation
    ? readMotivation(
        tabs.motivation.values,
        table(tabs.motivation.name),
        motivationMetrics(settings.plan, settings.funnel),
      )
    : undefined;
  const history = tabs.plan ? historyOf(tabs.plan.values, settings, ctx.lang) : [];
  const name = budgetTabName(plan.year, ctx.lang);
  const current = findGeneratedSheet(ctx.ss, (lang) => budgetTabName(plan.year, lang), ctx.lang);
  // A failed swap may have left the old tab set aside: what was typed there is read where it is.
  const old = current ?? ctx.ss.getSheetByName(asideName(name));
  const typed = old ? readOldTab(old, ctx.lang) : null;
  const carry = defaultCarry(plan.year, departmentSeries(plan, 'revenue'), history);
  const hasDeals = plan.metrics.some((m) => m.id === 'deals');
  const defaults = {
    carry: carry.carry,
    deals: hasDeals ? departmentSeries(plan, 'deals') : [],
    // Without a funnel there is no check to take: 0, shown in the snapshot's cell the default points at.
    avgCheck: planAvgCheck(plan) ?? 0,
  };
  const { assumptions, years } = budgetAssumptions(typed, defaults);
  for (const p of checkAssumptions(assumptions, true)) {
    const at = typed ? fieldCell(p.field, typed) : undefined;
    problems.add(old?.getName() ?? name, at?.row, at?.col, p.code, p.params);
  }
  if (!schemes || !problems.empty) {
    notify(ctx, problems.text(ctx.lang));
    return null;
  }
  const input: BudgetInput = {
    plan,
    assumptions,
    history,
    team: settings.people,
    schemes,
    calendar: settings.calendar,
    absences: settings.calendarSettings.absences,
    prorateSalary: settings.plan.prorateSalary,
  };
  const motivationTab = tabs.motivation?.name ?? '';
  return { input, settings, typed, years, carrySource: carry.source, name, current, motivationTab };
}

/** The assumptions typed on the old tab: its values and formulas (two calls, whatever its size). */
function readOldTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, lang: Lang): TypedAssumptions | null {
  const range = sheet.getDataRange();
  return readTypedAssumptions(range.getValues(), range.getFormulas(), lang);
}

/**
 * The Plan tab's history columns (the columns the Plan tab read), each with its header as the year when it is
 * one (2024), and its twelve months (blank or not a number: null).
 */
export function historyOf(values: unknown[][], settings: Pick<Settings, 'plan'>, lang: Lang): HistoryYear[] {
  const { monthsRow, historyCols } = settings.plan.cells;
  if (monthsRow === undefined) return [];
  return historyCols.map((col) => {
    const head = readNumber(values[monthsRow - 1]?.[col - 1], lang);
    const year = head.ok && Number.isInteger(head.value) ? head.value : null;
    const months = MONTH_INDEXES.map((m) => {
      const v = readNumber(values[monthsRow + m]?.[col - 1], lang);
      return v.ok ? v.value : null;
    });
    return { year, months };
  });
}

/** The people whose bonus the engine could not compute in some month of some scenario, once each. */
function fundExceptions(funds: readonly BonusFund[], lang: Lang): string | null {
  const seen = new Map<string, string>();
  for (const f of funds)
    for (const x of f.exceptions) {
      const who = x.name || x.code;
      if (!seen.has(who)) seen.set(who, `${who} (${monthInText(x.month, lang)})`);
    }
  if (seen.size === 0) return null;
  return t('budget.fundExceptions', lang, { count: seen.size, list: [...seen.values()].join(', ') });
}
