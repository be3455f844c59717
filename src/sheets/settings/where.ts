import type { ErrorParams } from '../../core/errors';
import type { Where } from '../problems';
import { CALENDAR_CELLS } from './calendar';
import type { Settings } from './index';
import { PLAN_MONTH_COLS } from './plan';
import { teamColumn } from './team';

/**
 * The settings cell responsible for a decomposition problem: the core names a metric, a month, a stage
 * or a manager; the readers kept where each came from. An unknown code points at the Plan tab.
 */
export function settingsCellOf(code: string, params: ErrorParams, s: Settings): Where {
  const locator = LOCATORS[code] ?? (code.startsWith('split.') ? splitCell : undefined);
  return locator?.(params, s) ?? { tab: s.tabs.plan };
}

type Locator = (p: ErrorParams, s: Settings) => Where | undefined;

const key =
  (name: string): Locator =>
  (_p, s) =>
    planKeyCell(s, name);

/** The value cell of a Plan tab key, e.g. `planKeyCell(s, 'year')` for "the month is not in the plan year". */
export function planKeyCell(s: Settings, name: string): Where {
  const row = s.plan.cells.keys.get(name);
  return row === undefined ? { tab: s.tabs.plan } : { tab: s.tabs.plan, row, col: 3 };
}

/** Month `month` (1–12) of the Plan tab's month table, in column `col`. */
function monthCell(s: Settings, month: unknown, col: number): Where {
  const header = s.plan.cells.monthsRow;
  if (header === undefined) return { tab: s.tabs.plan };
  const m = typeof month === 'number' && month >= 1 && month <= 12 ? month : 1;
  return { tab: s.tabs.plan, row: header + m, col };
}

/** The cell a metric's plan comes from: the yearly key, its monthly column, or (derived) the average check. */
function amountCell(s: Settings, metric: unknown, month?: unknown): Where {
  const amount = metric === 'revenue' ? s.plan.revenue : metric === 'receipts' ? s.plan.receipts : undefined;
  if (!amount) return planKeyCell(s, 'avgCheck');
  if ('monthly' in amount) return monthCell(s, month, PLAN_MONTH_COLS[metric as 'revenue' | 'receipts']);
  return planKeyCell(s, metric === 'revenue' ? 'revenueYear' : 'receiptsYear');
}

function stepCell(s: Settings, metric: unknown): Where {
  return planKeyCell(s, metric === 'revenue' || metric === 'receipts' ? 'revenueStep' : 'countStep');
}

/** An exact split refused (too many units of the step): the step of the amounts it split. */
function splitCell(p: ErrorParams, s: Settings): Where {
  return planKeyCell(s, p.step === s.plan.revenueStep ? 'revenueStep' : 'countStep');
}

function historyCell(s: Settings, row: unknown, month: unknown): Where {
  const cols = s.plan.cells.historyCols;
  const k = typeof row === 'number' && row >= 1 && row <= cols.length ? row - 1 : 0;
  const col = cols[k] ?? PLAN_MONTH_COLS.history;
  return month === undefined ? monthCell(s, 0, col) : monthCell(s, month, col);
}

/** A manager's cell on the Team tab, found by id or by name (the core reports either). */
function personCell(s: Settings, who: unknown, column: string): Where {
  const p = s.people.find((x) => x.id === who) ?? s.people.find((x) => x.name === who);
  const row = p?.row ?? s.people.find((x) => x.role === 'manager' && x.active)?.row;
  return row === undefined ? { tab: s.tabs.team } : { tab: s.tabs.team, row, col: teamColumn(column) };
}

/** A funnel stage's cell: by metric id, or by 1-based position among the stages with a conversion. */
function stageCell(s: Settings, p: ErrorParams, col: number): Where {
  const stage =
    s.funnel.find((st) => st.id === p.metric) ??
    (typeof p.index === 'number' ? s.funnel[p.index - 1] : undefined) ??
    s.funnel[0];
  return stage ? { tab: s.tabs.funnel, row: stage.row, col } : { tab: s.tabs.funnel };
}

const calendarCell =
  (cell: { row: number; col: number }): Locator =>
  (_p, s) => ({
    tab: s.tabs.calendar,
    ...cell,
  });

const LOCATORS: Record<string, Locator> = {
  'decompose.yearBad': key('year'),
  'calendar.yearOutOfRange': key('year'),
  'calendar.badMonth': key('year'),
  'decompose.gapPolicyBad': key('gapPolicy'),
  'decompose.teamSplitBad': key('teamSplit'),
  'decompose.seasonalityMode': key('seasonality'),
  'decompose.seasonalityMethod': key('historyMethod'),
  'decompose.rampEmpty': key('ramp'),
  'decompose.rampValue': key('ramp'),
  'decompose.rampPlanBad': key('ramp'),
  'decompose.avgCheckBad': key('avgCheck'),
  'decompose.avgCheckLength': key('avgCheck'),
  'decompose.avgCheckMonthBad': key('avgCheck'),
  'decompose.revenueBad': (_p, s) => amountCell(s, 'revenue'),
  'decompose.stepBad': (p, s) => stepCell(s, p.metric),
  'decompose.planBad': (p, s) => amountCell(s, p.metric),
  'decompose.planNotMultiple': (p, s) => amountCell(s, p.metric),
  'decompose.monthlyLength': (p, s) => amountCell(s, p.metric),
  'decompose.monthPlanBad': (p, s) => amountCell(s, p.metric, p.month),
  'decompose.monthPlanNotMultiple': (p, s) => amountCell(s, p.metric, p.month),
  'decompose.coefficientsLength': (_p, s) => monthCell(s, 1, PLAN_MONTH_COLS.coefficient),
  'decompose.coefficientsAllZero': (_p, s) => monthCell(s, 1, PLAN_MONTH_COLS.coefficient),
  'decompose.coefficientBad': (p, s) => monthCell(s, p.month, PLAN_MONTH_COLS.coefficient),
  'decompose.historyEmpty': (_p, s) => historyCell(s, 1, undefined),
  'decompose.historyAllZero': (_p, s) => historyCell(s, 1, undefined),
  'decompose.historyRowLength': (p, s) => historyCell(s, p.row, undefined),
  'decompose.historyValue': (p, s) => historyCell(s, p.row, p.month),
  'decompose.historyMonthEmpty': (p, s) => historyCell(s, 1, p.month),
  'decompose.metricDuplicate': (p, s) => stageCell(s, p, 1),
  'decompose.conversionBad': (p, s) => stageCell(s, p, 3),
  'decompose.topCountBad': (p, s) => stageCell(s, { ...p, index: 1 }, 3),
  'decompose.managerDuplicate': (p, s) => personCell(s, p.manager, 'id'),
  'decompose.managerDates': (p, s) => personCell(s, p.manager, 'end'),
  'decompose.shareBad': (p, s) => personCell(s, p.manager, 'share'),
  'decompose.sharesAllZero': (_p, s) => personCell(s, undefined, 'share'),
  'decompose.gradeUnknown': (p, s) => personCell(s, p.manager, 'grade'),
  'decompose.gradeCoefficientBad': (_p, s) => personCell(s, undefined, 'grade'),
  'decompose.teamEmpty': (_p, s) => personCell(s, undefined, 'role'),
  'decompose.absenceBad': calendarCell(CALENDAR_CELLS.absences),
  'decompose.monthNoWorkdays': calendarCell(CALENDAR_CELLS.daysOff),
  'decompose.noWorkdays': calendarCell(CALENDAR_CELLS.daysOff),
  'calendar.overrideConflict': calendarCell(CALENDAR_CELLS.daysOff),
};
