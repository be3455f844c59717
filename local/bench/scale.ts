/**
 * The bench at the practical limit: cells per manager-month of each kind of tab (from year runs of two team
 * sizes), and from them and the measured times the largest team and history that stay within Sheets' limits
 * (10 million cells per spreadsheet, 6 minutes per execution, 30 s per custom-function call).
 *
 * A tab's cells are its grid (rows × columns), as Sheets counts them. Each kind of tab is a line in the team:
 * cells = fixed + perManager × managers, from the two largest year runs (see cellsModel). Monthly tabs (month, Bonus,
 * Report) count once per month of history; Plan YYYY once per year (1/12 per month); a Week tab once per week
 * (52/12 per month, if every week's tab is kept); the rest (settings, Today, contests) once. The facts log is
 * one tab that grows by a month of facts a month: the year flow's log holds one month (the facts of the month
 * the December actions read), so its cells per manager count once per month and its fixed part (the grid's
 * rows beyond the facts) once.
 */
import type { TimeSplit } from './profile';
import type { TabCells } from './year';

export const SHEETS_LIMITS = { cells: 10_000_000, executionMs: 360_000, customFunctionMs: 30_000 };

/**
 * How much slower than this machine's in-memory run real Sheets is assumed to be (Apps Script's V8 and its
 * service calls): a guess until the trace of issue 17 goal 6 measures it in a real spreadsheet.
 */
export const SHEETS_MARGIN = 10;

export type TabKind = 'month' | 'bonus' | 'report' | 'plan' | 'factsLog' | 'week' | 'other';

/** How many tabs of a kind a month of history adds. */
const PER_MONTH: Record<TabKind, number> = {
  month: 1,
  bonus: 1,
  report: 1,
  plan: 1 / 12,
  factsLog: 1,
  week: 52 / 12,
  other: 0,
};

export function tabKind(name: string): TabKind {
  if (/^\d{4}-\d{2}$/.test(name)) return 'month';
  if (/^(Bonus|Премии) \d{4}-\d{2}$/.test(name)) return 'bonus';
  if (/^(Report|Отчёт) \d{4}-\d{2}$/.test(name)) return 'report';
  if (/^(Plan|План) \d{4}$/.test(name)) return 'plan';
  if (/^(Facts log|Журнал фактов)$/.test(name)) return 'factsLog';
  if (/^(Week|Неделя) \d{4}-W\d{2}$/.test(name)) return 'week';
  return 'other';
}

export interface KindCells {
  /** Cells of one tab of the kind (the average), by team size. */
  bySize: Record<string, number>;
  fixed: number;
  perManager: number;
  /** Tabs of this kind a month of history adds (0: not per month). */
  perMonth: number;
}

export interface CellsModel {
  kinds: Record<TabKind, KindCells>;
  /** Cells a month of history adds per manager (the sum over the kinds that grow with months). */
  perManagerMonth: number;
  /** Cells a month of history adds whatever the team (the kinds' fixed parts). */
  perMonthFixed: number;
  /** Tabs that do not grow with months: cells per manager, and fixed. */
  oncePerManager: number;
  onceFixed: number;
}

/** One tab's average cells per kind (of its grid, or of its rows and columns holding data), at each size. */
function kindAverages(cells: Record<string, TabCells>, part: keyof TabCells): Record<TabKind, number> {
  const sum: Record<string, { n: number; cells: number }> = {};
  for (const [name, c] of Object.entries(cells)) {
    const k = tabKind(name);
    sum[k] = { n: (sum[k]?.n ?? 0) + 1, cells: (sum[k]?.cells ?? 0) + c[part] };
  }
  const out = {} as Record<TabKind, number>;
  for (const k of Object.keys(PER_MONTH) as TabKind[]) {
    if (!sum[k]) out[k] = 0;
    else out[k] = k === 'other' ? sum[k].cells : sum[k].cells / sum[k].n;
  }
  return out;
}

/**
 * The cells model from year runs at several sizes. The cells per manager are the slope of the cells holding
 * data between the two largest sizes (a small team's grid is the 1 000 rows a new tab has, which hides the
 * slope); the fixed part is what the largest size's grid has beyond that.
 */
export function cellsModel(bySize: Record<string, Record<string, TabCells>>): CellsModel {
  const sizes = Object.keys(bySize)
    .map(Number)
    .sort((a, b) => a - b);
  if (sizes.length < 2) throw new Error('the cells model needs year runs of two team sizes');
  const [n1, n2] = sizes.slice(-2);
  const grid: Record<string, Record<TabKind, number>> = {};
  const used: Record<string, Record<TabKind, number>> = {};
  for (const s of sizes) {
    grid[s] = kindAverages(bySize[s], 'grid');
    used[s] = kindAverages(bySize[s], 'used');
  }
  const kinds = {} as Record<TabKind, KindCells>;
  let perManagerMonth = 0;
  let perMonthFixed = 0;
  for (const k of Object.keys(PER_MONTH) as TabKind[]) {
    const perManager = Math.max(0, (used[n2][k] - used[n1][k]) / (n2 - n1));
    const fixed = Math.max(0, grid[n2][k] - perManager * n2);
    const ofSize: Record<string, number> = {};
    for (const s of sizes) ofSize[s] = grid[s][k];
    kinds[k] = { bySize: ofSize, fixed, perManager, perMonth: PER_MONTH[k] };
    perManagerMonth += PER_MONTH[k] * perManager;
    if (k !== 'factsLog') perMonthFixed += PER_MONTH[k] * fixed;
  }
  return {
    kinds,
    perManagerMonth,
    perMonthFixed,
    oncePerManager: kinds.other.perManager,
    onceFixed: kinds.other.fixed + kinds.factsLog.fixed,
  };
}

/** Cells of a workbook with `managers` and `months` of history kept. */
export function workbookCells(m: CellsModel, managers: number, months: number): number {
  return (
    m.onceFixed + m.oncePerManager * managers + months * (m.perMonthFixed + m.perManagerMonth * managers)
  );
}

export interface Limits {
  cells: {
    /** The largest team whose workbook keeps `months` of history under 10 million cells. */
    maxTeamByMonths: Record<string, number>;
    /** The longest history (months) a team of `managers` keeps under 10 million cells. */
    maxMonthsByTeam: Record<string, number>;
  };
  /** The slowest menu action's JavaScript time in the vm, by team; and the team it reaches 6 min / margin. */
  execution: { slowestAction: string; addonMsBySize: Record<string, number>; maxTeam: number };
  margin: number;
}

/**
 * The limits: cells from the model; time from the slowest action's add-on JavaScript, a line in the team
 * fitted on the two largest sizes, allowed SHEETS_MARGIN times less than the 6 minutes.
 */
export function limits(m: CellsModel, ms: Record<string, Record<string, TimeSplit>>): Limits {
  const maxTeamByMonths: Record<string, number> = {};
  for (const months of [12, 24, 36, 60]) {
    const perManager = m.oncePerManager + months * m.perManagerMonth;
    const fixed = m.onceFixed + months * m.perMonthFixed;
    maxTeamByMonths[months] = Math.max(0, Math.floor((SHEETS_LIMITS.cells - fixed) / perManager));
  }
  const maxMonthsByTeam: Record<string, number> = {};
  for (const team of [5, 50, 200, 1000]) {
    const once = m.onceFixed + m.oncePerManager * team;
    maxMonthsByTeam[team] = Math.max(
      0,
      Math.floor((SHEETS_LIMITS.cells - once) / (m.perMonthFixed + m.perManagerMonth * team)),
    );
  }
  const sizes = Object.keys(Object.values(ms)[0] ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  const biggest = String(sizes[sizes.length - 1]);
  const slowestAction = Object.keys(ms).reduce((a, b) =>
    (ms[b][biggest]?.addonMs ?? 0) > (ms[a][biggest]?.addonMs ?? 0) ? b : a,
  );
  const addonMsBySize: Record<string, number> = {};
  for (const s of sizes) addonMsBySize[s] = ms[slowestAction][s]?.addonMs ?? Number.NaN;
  let maxTeam = Number.NaN;
  if (sizes.length >= 2) {
    const [n1, n2] = sizes.slice(-2);
    const slope = (addonMsBySize[n2] - addonMsBySize[n1]) / (n2 - n1);
    const at0 = addonMsBySize[n2] - slope * n2;
    maxTeam = Math.floor((SHEETS_LIMITS.executionMs / SHEETS_MARGIN - at0) / slope);
  }
  return {
    cells: { maxTeamByMonths, maxMonthsByTeam },
    execution: { slowestAction, addonMsBySize, maxTeam },
    margin: SHEETS_MARGIN,
  };
}

/** Rows one custom-function call handles within 30 s / margin, from its timing over `rows` rows in the vm. */
export function customFunctionRows(ms: number, rows: number): number {
  return Math.floor(SHEETS_LIMITS.customFunctionMs / SHEETS_MARGIN / (ms / rows));
}
