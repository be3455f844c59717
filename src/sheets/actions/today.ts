import { type Day, firstOfMonth, isoString, lastOfMonth, parseDayText, ymdOf } from '../../core/dates';
import type { MonthPlan, PlanDecomposition } from '../../core/decompose';
import {
  type MorningInput,
  type MorningPerson,
  type MorningRow,
  type MorningView,
  morningView,
} from '../../core/morning';
import { ownMonthOf } from '../../core/own-days';
import { ratioPairs } from '../../core/ratios';
import { formatDay, type Lang, type MessageKey, t } from '../../i18n';
import { type ActionContext, toast } from '../context';
import { FORMAT, isMoneyMetric, metricFormat, moneyFormat } from '../formats';
import { Grid, rect } from '../grid';
import { metricLabel } from '../labels';
import {
  joinTyped,
  type MeetingEntry,
  readMeetingLog,
  recordMeeting,
  textsOf,
  typedText,
} from '../meeting-log';
import { loadMonth, managerIds, metricOrder, monthPlanOf, onCalendar, ownOnCalendar } from '../month-data';
import { MONTH, type MonthFigures } from '../month-layout';
import type { Settings } from '../settings';
import { findGeneratedSheet, todayTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { DEPARTMENT_BG, LIGHTS } from './month-format';

/** Menu: Today → the tab "Сегодня"/"Today", a snapshot of where the month stands for the morning meeting. */
export function todayAction(ctx: ActionContext): void {
  const { year, month } = ymdOf(ctx.today);
  const data = loadMonth(ctx, year, month, 'today.noMonth');
  if (!data) return;
  const { settings, plan, figures, monthName } = data;
  const view = morningView(morningInput(figures, settings, plan, ctx.today));
  // What was typed in the tab being replaced goes to the log first: a fault later leaves it in one of the two.
  const log = readMeetingLog(ctx.ss, ctx.lang);
  recordMeeting(ctx, log, typedCommitments(ctx));
  const texts: TodayTexts = {
    commitment: textsOf(log, ctx.today),
    promised: textsOf(log, previousWorkday(ctx.today, settings.calendar)),
  };
  const grid = todayGrid(view, settings, monthName, ctx.lang, texts);
  writeGrid(ctx.ss, todayTabName(ctx.lang), grid, {
    protectionNote: t('protect.generated', ctx.lang),
    written: ctx.written,
  }).activate();
  toast(ctx, 'toast.todayDone', { date: formatDay(ctx.today, ctx.lang) });
}

/** The commitment column's texts by member id: typed for the tab's date, and promised the working day before. */
export interface TodayTexts {
  commitment: ReadonlyMap<string, string>;
  promised: ReadonlyMap<string, string>;
}

/**
 * The commitments typed in the current Today tab, found by the member id column (people may sort or insert
 * rows), for the date the tab was made for (kept in the hidden id column of the title row). A member's text
 * is what was typed on any of their rows, joined (joinTyped); '' when all are empty (so a cleared text is
 * logged as cleared).
 */
function typedCommitments(ctx: ActionContext): MeetingEntry[] {
  const sheet = findGeneratedSheet(ctx.ss, todayTabName, ctx.lang);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const date = values[TODAY.titleRow - 1]?.[C.id - 1];
  const day = typeof date === 'string' ? parseDayText(date) : undefined;
  if (day === undefined || values[0].length < C.commitment) return [];
  const texts = new Map<string, string>();
  for (const row of values.slice(TODAY.firstDataRow - 1)) {
    const id = row[C.id - 1];
    if (id) joinTyped(texts, String(id), typedText(row[C.commitment - 1], ctx.timeZone, ctx.lang));
  }
  return [...texts].map(([id, text]) => ({ day, id, text }));
}

/** The working day before `today` by the production calendar (a month or more of holidays: none). */
function previousWorkday(today: Day, cal: Settings['calendar']): Day {
  for (let d = today - 1; d > today - 40; d--) if (cal.isWorkday(d)) return d;
  return today - 1;
}

/**
 * The core's input from the month tab as it stands: its plans, daily facts and each person's own days (a
 * first-version tab without them: the production calendar), and the decomposition's plan per day.
 */
export function morningInput(
  figures: MonthFigures,
  settings: Pick<Settings, 'calendar' | 'plan' | 'funnel'>,
  plan: PlanDecomposition | null,
  today: Day,
): MorningInput {
  const { year, month } = ymdOf(today);
  const from = firstOfMonth(year, month);
  const to = lastOfMonth(year, month);
  const monthPlan = monthPlanOf(plan, year, month);
  const people = managerIds(figures).map((id) =>
    morningPerson(id, figures, monthPlan, from, to, settings.calendar),
  );
  const metrics = metricOrder(figures);
  return {
    today,
    from,
    to,
    isWorkday: (d) => settings.calendar.isWorkday(d),
    metrics,
    people,
    thresholds: { redBelow: settings.plan.redBelow, amberBelow: settings.plan.amberBelow },
    pairs: ratioPairs(
      metrics,
      settings.funnel.map((st) => st.id),
    ),
  };
}

function morningPerson(
  id: string,
  figures: MonthFigures,
  monthPlan: MonthPlan | null,
  from: Day,
  to: Day,
  cal: Settings['calendar'],
): MorningPerson {
  const metrics: Record<string, MorningPerson['metrics'][string]> = {};
  const dayPlans = monthPlan?.managers.find((m) => m.id === id)?.byDay;
  for (const [metric, pf] of figures.byManager.get(id) ?? []) {
    const dayPlan = dayPlans?.[metric];
    metrics[metric] = {
      plan: Math.max(0, pf.plan),
      daily: onCalendar(figures.daily.get(id)?.get(metric), figures.days, from, to),
      dayPlan: dayPlan && monthPlan ? onCalendar(dayPlan, monthPlan.workdays, from, to) : undefined,
    };
  }
  const own = ownOnCalendar(figures, id, from, to);
  return {
    id,
    name: figures.names.get(id) ?? id,
    // A first-version tab holds no own days: the production calendar's, each weighing 1.
    own: own
      ? { from, ...own }
      : ownMonthOf(
          (d) => cal.isWorkday(d),
          () => true,
          from,
          to,
        ),
    metrics,
  };
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
    planToDate: 11,
    completionToDate: 12,
    forecast: 13,
    forecastCompletion: 14,
    pace: 15,
    ratioPlan: 16,
    ratioFact: 17,
    /** Yesterday's commitment (the last text logged for the previous working day): read-only. */
    promised: 18,
    /** Typed during the meeting: the one unprotected column. */
    commitment: 19,
  },
} as const;

type TodayColumn = keyof typeof TODAY.col;
const C = TODAY.col;
const NUMBER_COLS: TodayColumn[] = [
  'yesterdayPlan',
  'yesterdayFact',
  'plan',
  'fact',
  'planToDate',
  'forecast',
];
const PERCENT_COLS: TodayColumn[] = [
  'yesterdayCompletion',
  'completion',
  'completionToDate',
  'forecastCompletion',
];
/** Columns coloured by the person's light (one rule on every tab: forecast ÷ plan). */
const LIT_COLS: TodayColumn[] = ['completion', 'completionToDate', 'forecast', 'forecastCompletion'];

export function todayGrid(
  view: MorningView,
  settings: Pick<Settings, 'funnel' | 'plan'>,
  monthName: string,
  lang: Lang,
  texts: TodayTexts = { commitment: new Map(), promised: new Map() },
): Grid {
  const first = TODAY.firstDataRow;
  const g = new Grid(Math.max(first + view.rows.length - 1, first), C.commitment);
  todayHeading(g, view, monthName, lang);
  view.rows.forEach((row, i) => {
    todayRow(g, first + i, row, settings, lang);
  });
  // A member's text goes on their first row (what was typed on their other rows is read back joined to it).
  const done = new Set<string>();
  view.rows.forEach((row, i) => {
    const id = row.id ?? MONTH.departmentId;
    if (done.has(id)) return;
    done.add(id);
    g.text(first + i, C.promised, texts.promised.get(id) ?? '');
    g.text(first + i, C.commitment, texts.commitment.get(id) ?? '');
  });
  view.rows.forEach((row, i) => {
    rowFormats(g, first + i, row.metric, settings.plan.currency);
  });
  g.hiddenCols.push(C.id, C.metric);
  g.frozenRows = TODAY.headerRow;
  g.frozenCols = C.label;
  g.widths[C.name] = 170;
  g.widths[C.label] = 110;
  for (const c of [...NUMBER_COLS, 'pace' as const]) g.widths[C[c]] = 105;
  for (const c of PERCENT_COLS) g.widths[C[c]] = 80;
  // The average check in money ("253 542 ₽") on the revenue row.
  g.widths[C.ratioPlan] = 100;
  g.widths[C.ratioFact] = 100;
  g.widths[C.promised] = 200;
  g.widths[C.commitment] = 260;
  g.protectedRects.push(rect(1, 1, g.rows, C.promised), rect(1, C.commitment, TODAY.headerRow, 1));
  return g;
}

function todayHeading(g: Grid, view: MorningView, monthName: string, lang: Lang): void {
  const date = formatDay(view.today, lang);
  // The date the tab was made for, read back at the next regeneration to log what was typed.
  g.text(TODAY.titleRow, C.id, isoString(view.today));
  g.text(TODAY.titleRow, C.name, t('today.title', lang, { date }));
  g.bold(rect(TODAY.titleRow, C.name));
  g.text(
    TODAY.infoRow,
    C.name,
    view.yesterday === null
      ? t('today.noClosedDay', lang, { workdays: view.workdays })
      : t('today.info', lang, {
          yesterday: formatDay(view.yesterday, lang),
          workdays: view.workdays,
          elapsed: view.elapsed,
          remaining: view.remaining,
        }),
  );
  g.text(TODAY.noteRow, C.name, t('today.snapshot', lang, { month: monthName }));
  g.fontColor(rect(TODAY.noteRow, C.name), '#666666');
  for (const [key, col] of Object.entries(C) as [TodayColumn, number][]) {
    g.text(TODAY.headerRow, col, HEADS[key] ? t(HEADS[key], lang) : key === 'id' ? 'ID' : key);
    const note = NOTES[key];
    if (note) g.note(TODAY.headerRow, col, t(note, lang));
  }
  const header = rect(TODAY.headerRow, 1, 1, C.commitment);
  g.header(header);
}

const HEADS: Partial<Record<TodayColumn, MessageKey>> = {
  name: 'col.name',
  label: 'month.metric',
  yesterdayPlan: 'today.col.yesterdayPlan',
  yesterdayFact: 'today.col.yesterdayFact',
  yesterdayCompletion: 'today.col.yesterdayCompletion',
  plan: 'today.col.plan',
  fact: 'today.col.fact',
  completion: 'today.col.completion',
  planToDate: 'month.planToDate',
  completionToDate: 'month.completionToDate',
  forecast: 'today.col.forecast',
  forecastCompletion: 'today.col.forecastCompletion',
  pace: 'today.col.pace',
  ratioPlan: 'month.ratioPlan',
  ratioFact: 'month.ratioFact',
  promised: 'today.col.promised',
  commitment: 'today.col.commitment',
};
const NOTES: Partial<Record<TodayColumn, MessageKey>> = {
  yesterdayPlan: 'today.note.yesterdayPlan',
  yesterdayFact: 'today.note.yesterdayFact',
  forecast: 'today.note.forecast',
  pace: 'today.note.pace',
  promised: 'today.note.promised',
  commitment: 'today.note.commitment',
};

/**
 * A row's number formats, as on the month tab: its metric's amounts (money in the plan's currency, counts
 * otherwise), completion, pace, and beside the plan the conversion from the stage above or the average check.
 */
function rowFormats(g: Grid, r: number, metric: string, currency: string): void {
  const amount = metricFormat(metric, currency);
  for (const c of NUMBER_COLS) g.format(rect(r, C[c]), amount);
  for (const c of PERCENT_COLS) g.format(rect(r, C[c]), FORMAT.completion);
  g.format(rect(r, C.pace), isMoneyMetric(metric) ? amount : FORMAT.pace);
  // The revenue row's ratio is the average check (revenue ÷ deals); the other rows' a conversion.
  g.format(rect(r, C.ratioPlan, 1, 2), metric === 'revenue' ? moneyFormat(currency) : FORMAT.conversion);
}

function todayRow(
  g: Grid,
  r: number,
  row: MorningRow,
  settings: Pick<Settings, 'funnel' | 'plan'>,
  lang: Lang,
): void {
  const department = row.id === null;
  g.text(r, C.id, row.id ?? MONTH.departmentId).text(r, C.metric, row.metric);
  g.text(r, C.name, department ? t('month.department', lang) : row.name);
  g.text(r, C.label, metricLabel(row.metric, settings.funnel, lang));
  const values: Partial<Record<TodayColumn, number | null>> = {
    yesterdayPlan: row.yesterdayPlan,
    yesterdayFact: row.yesterdayFact,
    yesterdayCompletion: row.yesterdayCompletion,
    plan: row.plan,
    fact: row.fact,
    completion: row.completion,
    planToDate: row.planToDate,
    completionToDate: row.completionToDate,
    forecast: row.forecast,
    forecastCompletion: row.forecastCompletion,
    ratioPlan: row.ratioPlan,
    ratioFact: row.ratioFact,
  };
  for (const [key, v] of Object.entries(values))
    if (v !== null && v !== undefined) g.set(r, C[key as TodayColumn], v);
  if (row.offToday) g.text(r, C.pace, t('today.offToday', lang));
  else if (row.needed === null) g.text(r, C.pace, t('month.noDaysLeft', lang));
  else g.set(r, C.pace, row.needed);
  if (department) g.bold(rect(r, 1, 1, C.ratioFact)).background(rect(r, 1, 1, C.ratioFact), DEPARTMENT_BG);
  if (row.light) for (const c of LIT_COLS) g.background(rect(r, C[c]), LIGHTS[row.light]);
}
