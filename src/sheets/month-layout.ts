import { isBlank, readNumber } from '../core/cells';
import { type Day, parseDayText } from '../core/dates';
import type { Lang } from '../i18n';

/**
 * The plan/fact tab of a month ("2026-11"): where everything sits, and how to read back what people typed.
 *
 *   row 1  title                         row 4  (hidden) 1 on working days, 0 otherwise
 *   row 2  working days: total, elapsed,  row 5  (hidden) 1 on working days before TODAY()
 *          remaining (live formulas)      row 6  header; the day columns show the dates
 *   row 3  (hidden) ISO date of each day column, the key facts are kept by
 *   from row 7: department rows (one per metric), then one row per manager × metric, then any
 *   unassigned facts. Column A holds the manager id and B the metric id (both hidden).
 */
export const MONTH = {
  titleRow: 1,
  infoRow: 2,
  keyRow: 3,
  flagRow: 4,
  closedRow: 5,
  headerRow: 6,
  firstDataRow: 7,
  col: { id: 1, metric: 2, name: 3, label: 4, plan: 5, fact: 6, completion: 7, forecast: 8, pace: 9 },
  firstDayCol: 10,
  /** Cells of row 2 holding the working-day counts. */
  info: { totalCol: 4, elapsedCol: 6, remainingCol: 8 },
  departmentId: '__department',
  unassignedMarker: '__unassigned',
} as const;

export function factKey(id: string, metric: string, day: Day): string {
  return `${id}|${metric}|${day}`;
}

/** Every number typed into a day cell of an existing month tab, by manager id, metric and date. */
export function readTypedFacts(values: unknown[][], lang: Lang): Map<string, number> {
  const facts = new Map<string, number>();
  const keys = values[MONTH.keyRow - 1] ?? [];
  const days: (Day | undefined)[] = keys.map((k, c) =>
    c >= MONTH.firstDayCol - 1 && typeof k === 'string' ? parseDayText(k) : undefined,
  );
  for (let r = MONTH.firstDataRow - 1; r < values.length; r++) {
    const id = String(values[r][MONTH.col.id - 1] ?? '');
    const metric = String(values[r][MONTH.col.metric - 1] ?? '');
    if (!id || !metric || id === MONTH.departmentId || id === MONTH.unassignedMarker) continue;
    days.forEach((day, c) => {
      if (day === undefined) return;
      const v = values[r][c];
      if (isBlank(v)) return;
      const n = readNumber(v, lang);
      if (n.ok) facts.set(factKey(id, metric, day), (facts.get(factKey(id, metric, day)) ?? 0) + n.value);
    });
  }
  return facts;
}

/** Plan and fact per manager id and metric, as the month tab shows them (the fact total column). */
export interface MonthFigures {
  /** id → metric → { plan, fact } (department rows under MONTH.departmentId). */
  byManager: Map<string, Map<string, { plan: number; fact: number }>>;
  /** id → metric → daily facts aligned with `days`. */
  daily: Map<string, Map<string, number[]>>;
  days: Day[];
  names: Map<string, string>;
}

/** Plan and facts of the people in the plan (the unassigned-facts block is left out). */
export function readMonthFigures(values: unknown[][], lang: Lang): MonthFigures {
  const keys = values[MONTH.keyRow - 1] ?? [];
  const dayCols: { col: number; day: Day }[] = [];
  keys.forEach((k, c) => {
    const d = c >= MONTH.firstDayCol - 1 && typeof k === 'string' ? parseDayText(k) : undefined;
    if (d !== undefined) dayCols.push({ col: c, day: d });
  });
  const num = (v: unknown) => {
    const r = readNumber(v, lang);
    return r.ok ? r.value : 0;
  };
  const byManager: MonthFigures['byManager'] = new Map();
  const daily: MonthFigures['daily'] = new Map();
  const names = new Map<string, string>();
  for (let r = MONTH.firstDataRow - 1; r < values.length; r++) {
    const row = values[r];
    const id = String(row[MONTH.col.id - 1] ?? '');
    const metric = String(row[MONTH.col.metric - 1] ?? '');
    // Facts below the unassigned marker belong to nobody in the plan: they are not figures of the month.
    if (id === MONTH.unassignedMarker) break;
    if (!id || !metric) continue;
    if (!byManager.has(id)) {
      byManager.set(id, new Map());
      daily.set(id, new Map());
      names.set(id, String(row[MONTH.col.name - 1] ?? id));
    }
    const facts = dayCols.map(({ col }) => num(row[col]));
    byManager
      .get(id)!
      .set(metric, { plan: num(row[MONTH.col.plan - 1]), fact: facts.reduce((a, b) => a + b, 0) });
    daily.get(id)!.set(metric, facts);
  }
  return { byManager, daily, days: dayCols.map((d) => d.day), names };
}
