import { dayOf, isoString, lastOfMonth } from '../../core/dates';
import type { MonthPlan, PlanDecomposition } from '../../core/decompose';
import { type Lang, t } from '../../i18n';
import { a1, colLetter, Grid, rect } from '../grid';
import { metricLabel } from '../labels';
import { columnMarker, type Fact, type FactCell, factKey, MONTH, type MonthColumn } from '../month-layout';
import type { Settings } from '../settings';
import { HEADER_BG, HEADER_FG } from '../settings/template';
import { monthTabName } from '../tabs';

const WEEKEND_BG = '#eeeeee';
const DEPARTMENT_BG = '#e2efda';
const UNASSIGNED_BG = '#fce4d6';
const TODAY_BG = '#fff2cc';
export const LIGHTS = { red: '#f4cccc', amber: '#fff2cc', green: '#d9ead3' };

interface Row {
  id: string;
  metric: string;
  name: string;
  plan: number;
}

/**
 * The month tab: live native formulas only (SUM, SUMIF, SUMPRODUCT, IF, MAX), so it recalculates as facts
 * are typed and no custom-function execution is triggered.
 */
export interface MonthGrid {
  grid: Grid;
  /** Fact cells written back (managers' and unassigned rows). */
  kept: number;
  /** Of them, cells holding text: shown as typed, left out of the totals. */
  textCells: number;
}

export function monthGrid(
  plan: PlanDecomposition,
  mp: MonthPlan,
  s: Settings,
  typed: Map<string, Fact>,
  lang: Lang,
): MonthGrid {
  const { year } = plan;
  const month = mp.month;
  const days = Array.from({ length: lastOfMonth(year, month) - mp.start + 1 }, (_, i) => mp.start + i);
  const working = new Set(mp.workdays);
  const metrics = plan.metrics.map((m) => m.id);
  const names = new Map(s.people.map((p) => [p.id, p.name]));
  const rows: Row[] = [];
  for (const m of mp.managers) {
    for (const metric of metrics)
      rows.push({ id: m.id, metric, name: names.get(m.id) ?? m.id, plan: m.plan[metric] });
  }
  const known = new Set(rows.map((r) => rowKey(r.id, r.metric)));
  const unassigned = unassignedRows(typed, known, days);

  const C = MONTH.col;
  const firstDay = MONTH.firstDayCol;
  const lastDay = firstDay + days.length - 1;
  const deptFirst = MONTH.firstDataRow;
  const mgrFirst = deptFirst + metrics.length;
  const mgrLast = mgrFirst + rows.length - 1;
  const unassignedHeader = mgrLast + 2;
  const totalRows = unassigned.length ? unassignedHeader + unassigned.length : mgrLast;
  const g = new Grid(totalRows, lastDay);
  const dayRange = (r: number) => `${a1(r, firstDay)}:${a1(r, lastDay)}`;
  const absDays = (r: number) => `$${colLetter(firstDay)}$${r}:$${colLetter(lastDay)}$${r}`;
  const info = (col: number) => a1(MONTH.infoRow, col, true);

  g.text(MONTH.titleRow, 1, t('month.title', lang, { month: monthTabName(year, month) }));
  g.bold(rect(MONTH.titleRow, 1));
  g.text(MONTH.infoRow, MONTH.info.totalCol - 1, t('month.workdays', lang));
  g.set(MONTH.infoRow, MONTH.info.totalCol, `=SUM(${absDays(MONTH.flagRow)})`);
  g.text(MONTH.infoRow, MONTH.info.elapsedCol - 1, t('month.elapsed', lang));
  g.set(MONTH.infoRow, MONTH.info.elapsedCol, `=SUM(${absDays(MONTH.closedRow)})`);
  g.text(MONTH.infoRow, MONTH.info.remainingCol - 1, t('month.remaining', lang));
  g.set(
    MONTH.infoRow,
    MONTH.info.remainingCol,
    `=${info(MONTH.info.totalCol)}-${info(MONTH.info.elapsedCol)}`,
  );
  g.bold(rect(MONTH.infoRow, 1, 1, MONTH.info.remainingCol));

  const colNames = Object.keys(C) as MonthColumn[];
  const count = { kept: 0, text: 0 };
  const heads: [number, string][] = [
    [C.id, 'ID'],
    [C.metric, 'metric'],
    [C.name, t('col.name', lang)],
    [C.label, t('month.metric', lang)],
    [C.plan, t('month.plan', lang)],
    [C.fact, t('month.fact', lang)],
    [C.completion, t('month.completion', lang)],
    [C.forecast, t('month.forecast', lang)],
    [C.pace, t('month.pace', lang)],
  ];
  for (const [col, label] of heads) {
    g.text(MONTH.keyRow, col, columnMarker(colNames[col - 1]));
    g.text(MONTH.headerRow, col, label);
    g.note(MONTH.headerRow, col, t(`month.note.${colNames[col - 1]}`, lang));
  }
  days.forEach((d, i) => {
    const col = firstDay + i;
    g.text(MONTH.keyRow, col, isoString(d));
    g.set(MONTH.flagRow, col, working.has(d) ? 1 : 0);
    g.set(
      MONTH.closedRow,
      col,
      `=IF(AND(${a1(MONTH.flagRow, col)}=1,${a1(MONTH.headerRow, col)}<TODAY()),1,0)`,
    );
    g.set(MONTH.headerRow, col, d - dayOf(1899, 12, 30));
    if (!working.has(d))
      g.background(rect(MONTH.headerRow, col, totalRows - MONTH.headerRow + 1, 1), WEEKEND_BG);
    g.widths[col] = 76;
  });
  g.format(rect(MONTH.headerRow, firstDay, 1, days.length), 'dd');
  const header = rect(MONTH.headerRow, 1, 1, C.pace);
  g.bold(header).background(header, HEADER_BG).fontColor(header, HEADER_FG);
  g.bold(rect(MONTH.headerRow, firstDay, 1, days.length));

  const liveFormulas = (r: number, factFormula: string) => {
    g.set(r, C.fact, factFormula);
    g.set(r, C.completion, `=IF(${a1(r, C.plan)}>0,${a1(r, C.fact)}/${a1(r, C.plan)},"")`);
    g.set(
      r,
      C.forecast,
      `=IF(${info(MONTH.info.elapsedCol)}>0,MAX(${a1(r, C.fact)},SUMIF(${absDays(MONTH.headerRow)},"<"&TODAY(),${dayRange(r)})/${info(MONTH.info.elapsedCol)}*${info(MONTH.info.totalCol)}),"")`,
    );
    g.set(
      r,
      C.pace,
      `=IF(${a1(r, C.fact)}>=${a1(r, C.plan)},0,IF(${info(MONTH.info.remainingCol)}>0,(${a1(r, C.plan)}-${a1(r, C.fact)})/${info(MONTH.info.remainingCol)},""))`,
    );
  };

  metrics.forEach((metric, i) => {
    const r = deptFirst + i;
    const ids = `$${colLetter(C.metric)}$${mgrFirst}:$${colLetter(C.metric)}$${mgrLast}`;
    g.text(r, C.id, MONTH.departmentId).text(r, C.metric, metric);
    g.text(r, C.name, t('month.department', lang)).text(r, C.label, metricLabel(metric, s.funnel, lang));
    g.set(
      r,
      C.plan,
      `=SUMIF(${ids},$${colLetter(C.metric)}${r},${colLetter(C.plan)}$${mgrFirst}:${colLetter(C.plan)}$${mgrLast})`,
    );
    for (let c = firstDay; c <= lastDay; c++) {
      const col = colLetter(c);
      g.set(r, c, `=SUMIF(${ids},$${colLetter(C.metric)}${r},${col}$${mgrFirst}:${col}$${mgrLast})`);
    }
    liveFormulas(r, `=SUM(${dayRange(r)})`);
  });
  g.bold(rect(deptFirst, 1, metrics.length, lastDay)).background(
    rect(deptFirst, 1, metrics.length, C.pace),
    DEPARTMENT_BG,
  );

  rows.forEach((row, i) => {
    const r = mgrFirst + i;
    g.text(r, C.id, row.id).text(r, C.metric, row.metric);
    g.text(r, C.name, row.name).text(r, C.label, metricLabel(row.metric, s.funnel, lang));
    g.set(r, C.plan, row.plan);
    days.forEach((d, k) => {
      const f = typed.get(factKey(row.id, row.metric, d));
      if (f) putFact(g, r, firstDay + k, f.cell, count);
    });
    liveFormulas(r, `=SUM(${dayRange(r)})`);
  });

  if (unassigned.length) {
    g.text(unassignedHeader - 1, C.id, MONTH.unassignedMarker);
    g.text(unassignedHeader - 1, C.name, t('month.unassigned', lang));
    g.note(unassignedHeader - 1, C.name, t('month.unassignedNote', lang));
    g.bold(rect(unassignedHeader - 1, C.name));
    unassigned.forEach((u, i) => {
      const r = unassignedHeader + i;
      g.text(r, C.id, u.id).text(r, C.metric, u.metric);
      g.text(r, C.name, u.id).text(r, C.label, metricLabel(u.metric, s.funnel, lang));
      u.cells.forEach((cell, k) => {
        if (cell) putFact(g, r, firstDay + k, cell, count);
      });
      g.set(r, C.fact, `=SUM(${dayRange(r)})`);
    });
    g.background(rect(unassignedHeader - 1, 1, unassigned.length + 1, C.pace), UNASSIGNED_BG);
  }

  const dataRows = totalRows - deptFirst + 1;
  g.format(rect(deptFirst, C.plan, dataRows, 2), '#,##0');
  g.format(rect(deptFirst, C.completion, dataRows, 1), '0%');
  g.format(rect(deptFirst, C.forecast, dataRows, 2), '#,##0');
  // Zeros of days not yet typed stay blank, so the department rows read like the managers' rows.
  g.format(rect(deptFirst, firstDay, dataRows, days.length), '#,##0;-#,##0;""');
  forecastLights(
    g,
    rect(deptFirst, C.completion, metrics.length + rows.length, 2),
    s.plan.redBelow,
    s.plan.amberBelow,
  );
  g.conditional.push({
    rect: rect(MONTH.headerRow, firstDay, 1, days.length),
    formula: `=${a1(MONTH.headerRow, firstDay)}=TODAY()`,
    background: TODAY_BG,
  });
  g.validations.push({
    rect: rect(mgrFirst, firstDay, rows.length, days.length),
    rule: { kind: 'numberAtLeast', min: 0, help: t('month.factHelp', lang) },
  });
  g.hiddenRows.push(MONTH.keyRow, MONTH.flagRow, MONTH.closedRow);
  g.hiddenCols.push(C.id, C.metric);
  g.frozenRows = MONTH.headerRow;
  g.frozenCols = C.label;
  Object.assign(g.widths, {
    [C.name]: 170,
    [C.label]: 110,
    [C.plan]: 100,
    [C.fact]: 100,
    [C.completion]: 70,
    [C.forecast]: 100,
    [C.pace]: 90,
  });
  g.protectedRects.push(
    rect(1, 1, MONTH.headerRow, lastDay),
    rect(deptFirst, 1, metrics.length, lastDay),
    rect(mgrFirst, 1, rows.length, C.pace),
  );
  return { grid: g, kept: count.kept, textCells: count.text };
}

/** Traffic lights on completion: red below `red`, amber below `amber`, green from it. */
export function lights(g: Grid, r: ReturnType<typeof rect>, red: number, amber: number): void {
  const cell = a1(r.row, r.col);
  g.conditional.push(
    { rect: r, formula: `=AND(ISNUMBER(${cell}),${cell}<${red})`, background: LIGHTS.red },
    {
      rect: r,
      formula: `=AND(ISNUMBER(${cell}),${cell}>=${red},${cell}<${amber})`,
      background: LIGHTS.amber,
    },
    { rect: r, formula: `=AND(ISNUMBER(${cell}),${cell}>=${amber})`, background: LIGHTS.green },
  );
}

/**
 * Traffic lights of the month tab, on completion and forecast, judged by the forecast against the plan: a
 * month on pace is green on the 10th too, where completion alone would stay red until the last week.
 */
function forecastLights(g: Grid, r: ReturnType<typeof rect>, red: number, amber: number): void {
  const forecast = `$${colLetter(MONTH.col.forecast)}${r.row}`;
  const plan = `$${colLetter(MONTH.col.plan)}${r.row}`;
  const ratio = `${forecast}/${plan}`;
  const when = (test: string) => `=AND(ISNUMBER(${forecast}),${plan}>0,${test})`;
  g.conditional.push(
    { rect: r, formula: when(`${ratio}<${red}`), background: LIGHTS.red },
    { rect: r, formula: when(`${ratio}>=${red},${ratio}<${amber}`), background: LIGHTS.amber },
    { rect: r, formula: when(`${ratio}>=${amber}`), background: LIGHTS.green },
  );
}

const rowKey = (id: string, metric: string) => `${id}\u0000${metric}`;

/** A fact cell as the person left it: a number, their formula, or their text (quote-prefixed). */
function putFact(g: Grid, r: number, c: number, cell: FactCell, count: { kept: number; text: number }): void {
  if (cell.kind === 'number') g.set(r, c, cell.value);
  else if (cell.kind === 'formula') g.set(r, c, cell.formula);
  else {
    g.text(r, c, cell.text);
    count.text++;
  }
  count.kept++;
}

/** Facts typed for a manager or metric that no longer has a row: kept in a block of their own. */
function unassignedRows(typed: Map<string, Fact>, known: Set<string>, days: number[]) {
  const byRow = new Map<string, { id: string; metric: string; cells: (FactCell | undefined)[] }>();
  const index = new Map(days.map((d, i) => [d, i]));
  for (const f of typed.values()) {
    const key = rowKey(f.id, f.metric);
    const k = index.get(f.day);
    if (known.has(key) || k === undefined) continue;
    if (!byRow.has(key))
      byRow.set(key, { id: f.id, metric: f.metric, cells: new Array(days.length).fill(undefined) });
    byRow.get(key)!.cells[k] = f.cell;
  }
  return [...byRow.values()];
}
