import { type Day, firstOfMonth, lastOfMonth, ymdOf } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import { lastClosedWorkday, periodPace, workdaysElapsed, workdaysInPeriod } from '../../core/planfact';
import { type Lang, t } from '../../i18n';
import { type ActionContext, toast } from '../context';
import { Grid, rect } from '../grid';
import { metricLabel } from '../labels';
import { loadMonth } from '../month-data';
import { MONTH, type MonthFigures } from '../month-layout';
import type { Settings } from '../settings';
import { HEADER_BG, HEADER_FG } from '../settings/template';
import { todayTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { lights } from './month-grid';

const DEPARTMENT_BG = '#e2efda';
const NUMBER = '#,##0';
const PERCENT = '0.0%';

/** One line of the morning meeting: a manager (or the department) and a metric. */
export interface TodayRow {
  id: string;
  name: string;
  metric: string;
  /** The plan and fact of the last closed working day; null when no working day of the month has closed. */
  yesterdayPlan: number | null;
  yesterdayFact: number | null;
  yesterdayCompletion: number | null;
  plan: number;
  /** Month to date: every fact typed (today's included), as the month tab sums it. */
  fact: number;
  completion: number | null;
  forecast: number | null;
  forecastCompletion: number | null;
  /** What each working day left (today included) must bring. */
  pace: number | null;
}

export interface TodayView {
  today: Day;
  year: number;
  month: number;
  yesterday: Day | null;
  workdays: number;
  elapsed: number;
  remaining: number;
  rows: TodayRow[];
}

/** Menu: Today → the tab "Сегодня"/"Today", a snapshot of where the month stands for the morning meeting. */
export function todayAction(ctx: ActionContext): void {
  const { year, month } = ymdOf(ctx.today);
  const data = loadMonth(ctx, year, month, 'today.noMonth');
  if (!data) return;
  const { settings, plan, figures, monthName } = data;
  const view = todayView(figures, settings, plan, ctx.today);
  const grid = todayGrid(view, settings, monthName, ctx.lang);
  writeGrid(ctx.ss, todayTabName(ctx.lang), grid, {
    protectionNote: t('protect.generated', ctx.lang),
    written: ctx.written,
  }).activate();
  toast(ctx, 'toast.todayDone', { date: dateText(ctx.today, ctx.lang) });
}

/**
 * The figures of the morning meeting from the month tab's plans and daily facts (department rows as the
 * tab sums them) and the decomposition's plan per working day. Rules of planfact.ts: "yesterday" is the
 * last working day before today; the forecast is the run-rate of the closed days, never below the fact.
 */
export function todayView(
  figures: MonthFigures,
  settings: Pick<Settings, 'calendar'>,
  plan: PlanDecomposition | null,
  today: Day,
): TodayView {
  const { year, month } = ymdOf(today);
  const from = firstOfMonth(year, month);
  const to = lastOfMonth(year, month);
  const cal = settings.calendar;
  const yesterday = lastClosedWorkday(cal, from, to, today);
  const dayIndex = new Map(figures.days.map((d, i) => [d, i]));
  const monthPlan = plan && plan.year === year ? plan.months[month - 1] : null;
  const planDay = yesterday === null || !monthPlan ? -1 : monthPlan.workdays.indexOf(yesterday);
  const dayPlans = new Map<string, Record<string, number[]>>();
  for (const m of monthPlan?.managers ?? []) dayPlans.set(m.id, m.byDay);

  // The month tab's daily facts, laid on the calendar days of the month (a missing column counts as 0).
  const dailyOf = (facts: readonly number[] | undefined): number[] => {
    const out = new Array<number>(to - from + 1).fill(0);
    if (facts) for (let d = from; d <= to; d++) out[d - from] = facts[dayIndex.get(d) ?? -1] ?? 0;
    return out;
  };
  const managerIds = [...figures.byManager.keys()].filter((id) => id !== MONTH.departmentId);
  const dayPlanOf = (id: string, metric: string): number | null => {
    if (planDay < 0) return null;
    if (id !== MONTH.departmentId) return dayPlans.get(id)?.[metric]?.[planDay] ?? null;
    // The department's day plan is the sum of its managers', as its month plan is on the month tab.
    let sum = 0;
    let any = false;
    for (const m of managerIds) {
      const v = dayPlans.get(m)?.[metric]?.[planDay];
      if (v !== undefined) {
        sum += v;
        any = true;
      }
    }
    return any ? sum : null;
  };

  const rows: TodayRow[] = [];
  for (const [id, metrics] of figures.byManager) {
    for (const [metric, pf] of metrics) {
      const daily = dailyOf(figures.daily.get(id)?.get(metric));
      const pace = periodPace(cal, from, to, today, Math.max(0, pf.plan), daily);
      const yesterdayFact = yesterday === null ? null : daily[yesterday - from];
      const yesterdayPlan = dayPlanOf(id, metric);
      rows.push({
        id,
        name: id === MONTH.departmentId ? '' : (figures.names.get(id) ?? id),
        metric,
        yesterdayPlan,
        yesterdayFact,
        yesterdayCompletion:
          yesterdayPlan && yesterdayFact !== null && yesterdayPlan > 0 ? yesterdayFact / yesterdayPlan : null,
        plan: pace.plan,
        fact: pace.fact,
        completion: pace.completion,
        forecast: pace.forecast,
        forecastCompletion: pace.forecastCompletion,
        pace: pace.paceRequired,
      });
    }
  }
  const workdays = workdaysInPeriod(cal, from, to);
  const elapsed = workdaysElapsed(cal, from, to, today);
  return { today, year, month, yesterday, workdays, elapsed, remaining: workdays - elapsed, rows };
}

/** Columns of the Today tab. */
export const TODAY = {
  titleRow: 1,
  infoRow: 2,
  noteRow: 3,
  headerRow: 5,
  firstDataRow: 6,
  col: {
    id: 1,
    metric: 2,
    name: 3,
    label: 4,
    yesterdayPlan: 5,
    yesterdayFact: 6,
    yesterdayCompletion: 7,
    plan: 8,
    fact: 9,
    completion: 10,
    forecast: 11,
    forecastCompletion: 12,
    pace: 13,
  },
} as const;

export function todayGrid(
  view: TodayView,
  settings: Pick<Settings, 'funnel' | 'plan'>,
  monthName: string,
  lang: Lang,
): Grid {
  const C = TODAY.col;
  const cols = C.pace;
  const first = TODAY.firstDataRow;
  const g = new Grid(Math.max(first + view.rows.length - 1, first), cols);
  const date = dateText(view.today, lang);
  g.text(TODAY.titleRow, C.name, t('today.title', lang, { date }));
  g.bold(rect(TODAY.titleRow, C.name));
  g.text(
    TODAY.infoRow,
    C.name,
    view.yesterday === null
      ? t('today.noClosedDay', lang, { workdays: view.workdays })
      : t('today.info', lang, {
          yesterday: dateText(view.yesterday, lang),
          workdays: view.workdays,
          elapsed: view.elapsed,
          remaining: view.remaining,
        }),
  );
  g.text(TODAY.noteRow, C.name, t('today.snapshot', lang, { month: monthName }));
  g.fontColor(rect(TODAY.noteRow, C.name), '#666666');

  const heads: [number, string][] = [
    [C.id, 'ID'],
    [C.metric, 'metric'],
    [C.name, t('col.name', lang)],
    [C.label, t('month.metric', lang)],
    [C.yesterdayPlan, t('today.col.yesterdayPlan', lang)],
    [C.yesterdayFact, t('today.col.yesterdayFact', lang)],
    [C.yesterdayCompletion, t('today.col.yesterdayCompletion', lang)],
    [C.plan, t('today.col.plan', lang)],
    [C.fact, t('today.col.fact', lang)],
    [C.completion, t('today.col.completion', lang)],
    [C.forecast, t('today.col.forecast', lang)],
    [C.forecastCompletion, t('today.col.forecastCompletion', lang)],
    [C.pace, t('today.col.pace', lang)],
  ];
  for (const [col, label] of heads) g.text(TODAY.headerRow, col, label);
  for (const key of ['yesterdayPlan', 'yesterdayFact', 'forecast', 'pace'] as const) {
    g.note(TODAY.headerRow, C[key], t(`today.note.${key}`, lang));
  }
  const header = rect(TODAY.headerRow, 1, 1, cols);
  g.bold(header).background(header, HEADER_BG).fontColor(header, HEADER_FG);

  const cell = (r: number, c: number, v: number | null) => {
    if (v !== null) g.set(r, c, v);
  };
  view.rows.forEach((row, i) => {
    const r = first + i;
    const department = row.id === MONTH.departmentId;
    g.text(r, C.id, row.id).text(r, C.metric, row.metric);
    g.text(r, C.name, department ? t('month.department', lang) : row.name);
    g.text(r, C.label, metricLabel(row.metric, settings.funnel, lang));
    cell(r, C.yesterdayPlan, row.yesterdayPlan);
    cell(r, C.yesterdayFact, row.yesterdayFact);
    cell(r, C.yesterdayCompletion, row.yesterdayCompletion);
    cell(r, C.plan, row.plan);
    cell(r, C.fact, row.fact);
    cell(r, C.completion, row.completion);
    cell(r, C.forecast, row.forecast);
    cell(r, C.forecastCompletion, row.forecastCompletion);
    cell(r, C.pace, row.pace);
    if (department) g.bold(rect(r, 1, 1, cols)).background(rect(r, 1, 1, cols), DEPARTMENT_BG);
  });
  const n = view.rows.length;
  if (n > 0) {
    for (const c of [C.yesterdayPlan, C.yesterdayFact, C.plan, C.fact, C.forecast, C.pace]) {
      g.format(rect(first, c, n, 1), NUMBER);
    }
    for (const c of [C.yesterdayCompletion, C.completion, C.forecastCompletion]) {
      g.format(rect(first, c, n, 1), PERCENT);
      lights(g, rect(first, c, n, 1), settings.plan.redBelow, settings.plan.amberBelow);
    }
  }
  g.hiddenCols.push(C.id, C.metric);
  g.frozenRows = TODAY.headerRow;
  g.frozenCols = C.label;
  Object.assign(g.widths, {
    [C.name]: 170,
    [C.label]: 110,
    [C.yesterdayPlan]: 100,
    [C.yesterdayFact]: 100,
    [C.yesterdayCompletion]: 80,
    [C.plan]: 110,
    [C.fact]: 110,
    [C.completion]: 80,
    [C.forecast]: 110,
    [C.forecastCompletion]: 80,
    [C.pace]: 110,
  });
  g.protectedRects.push(rect(1, 1, g.rows, cols));
  return g;
}

/** A date as people read it: 20.11.2026 in Russian, 2026-11-20 in English. */
export function dateText(day: Day, lang: Lang): string {
  const { year, month, day: d } = ymdOf(day);
  const mm = String(month).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return lang === 'ru' ? `${dd}.${mm}.${year}` : `${year}-${mm}-${dd}`;
}
