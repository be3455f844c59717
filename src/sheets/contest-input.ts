import { baselineWindow } from '../core/contests/improvement';
import type { Contest, ContestInput, DayValue, TeamMember } from '../core/contests/types';
import { type Day, monthsOfSpan } from '../core/dates';
import type { ActionContext } from './context';
import { MONTH, type MonthFigures, monthCells } from './month-layout';
import { type MonthTabContent, monthFigures, monthTabOnce } from './month-tab';
import type { Person } from './settings/team';
import { monthKey } from './tabs';

/**
 * What a contest is computed from, read from the workbook: the team, the month tabs its period (and an
 * improvement baseline) covers, each read once for every contest, and from them the core's ContestInput
 * (facts and day plans as DayValue) and where each manager × metric × day sits for the live formulas.
 */

/** One month tab as read: its figures and where each manager × metric row and each day column is (0-based). */
export interface ContestMonth {
  content: MonthTabContent;
  figures: MonthFigures;
  /** cellKey(id, metric) → row. */
  rows: Map<string, number>;
  /** Day → column. */
  cols: Map<Day, number>;
}

/** Month key ("2026-11") → the tab as read, or null when the workbook has no such month tab. */
export type ContestMonths = Map<string, ContestMonth | null>;

/** The days a contest reads: its period, from the start of an improvement baseline's window. */
export function readSpan(contest: Contest): { from: Day; to: Day } {
  const rule = contest.rule;
  const from =
    rule.kind === 'improvement' ? baselineWindow(rule, contest.period.from).from : contest.period.from;
  return { from, to: contest.period.to };
}

/** Every month tab the contests read, each found and read once (a missing one: null). */
export function readContestMonths(ctx: ActionContext, contests: readonly Contest[]): ContestMonths {
  const out: ContestMonths = new Map();
  for (const c of contests) {
    for (const { year, month } of monthsOfSpan(readSpan(c))) {
      const key = monthKey(year, month);
      if (out.has(key)) continue;
      const content = monthTabOnce(ctx, year, month);
      out.set(key, content ? contestMonth(content) : null);
    }
  }
  return out;
}

function contestMonth(content: MonthTabContent): ContestMonth {
  const { rows, dayCols } = monthCells(content.values, content.structure);
  return { content, figures: monthFigures(content), rows, cols: dayCols };
}

/**
 * The Team tab's managers as contest members, with their group (a team contest's teams); those marked
 * inactive too, flagged: a leaver named on a contest, or with results in it, keeps them (core participantsOf).
 */
export function contestTeam(people: readonly Person[]): TeamMember[] {
  return people
    .filter((p) => p.role === 'manager')
    .map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.team ? { team: p.team } : {}),
      ...(p.active ? {} : { inactive: true }),
    }));
}

/**
 * The core's input of one contest: facts of every month tab the contest reads (text and blanks left out, as
 * the tabs' sums leave them), the day plans as the month tabs spread them (plan × the day's own weight ÷ the
 * month's own weights, as the tab's plan to date) and asOf = today (the days before it count).
 */
export function contestInput(
  contest: Contest,
  team: readonly TeamMember[],
  metrics: readonly string[],
  months: ContestMonths,
  today: Day,
): ContestInput {
  const facts: DayValue[] = [];
  const plans: DayValue[] = [];
  for (const { year, month } of monthsOfSpan(readSpan(contest))) {
    const m = months.get(monthKey(year, month));
    if (m) monthSeries(m.figures, facts, plans);
  }
  return { contest, metrics, team, facts, plans, asOf: today };
}

function monthSeries(f: MonthFigures, facts: DayValue[], plans: DayValue[]): void {
  for (const [member, byMetric] of f.daily) {
    if (member === MONTH.departmentId) continue;
    for (const [metric, values] of byMetric) {
      values.forEach((value, i) => {
        if (value !== 0) facts.push({ member, day: f.days[i], metric, value });
      });
      const plan = f.byManager.get(member)?.get(metric)?.plan ?? 0;
      for (const p of dayPlans(plan, f.own.get(member)?.weights))
        plans.push({ member, day: f.days[p.i], metric, value: p.value });
    }
  }
}

/** A month plan spread over the own days by their weights: { i (the day's index), value } for each own day. */
export function dayPlans(
  plan: number,
  weights: readonly number[] | undefined,
): { i: number; value: number }[] {
  if (!weights || !(plan > 0)) return [];
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return [];
  const out: { i: number; value: number }[] = [];
  weights.forEach((w, i) => {
    if (w > 0) out.push({ i, value: (plan * w) / total });
  });
  return out;
}
