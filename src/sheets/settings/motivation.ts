import { type KpiMatrixComponent, type Scheme, schemeKey, validateScheme } from '../../core/bonus';
import { type Day, dayOf, ymdOf } from '../../core/dates';
import { msgRef } from '../../core/errors';
import {
  DEFAULT_METRICS,
  MOT_COL,
  MOTIVATION_COLUMNS,
  type MotivationMetrics,
  type RowKind,
} from './motivation-columns';
import { isOldLayout } from './motivation-convert';
import { placeProblem, type SchemeSource } from './motivation-problems';
import { RowReader } from './motivation-row';
import { readTable, type TableContext, type TableRecord } from './table';

/**
 * The Motivation tab's reader: a scheme is a block of rows, one per component (a KPI matrix takes one row
 * per KPI; the scheme's maximum a row of its own), its id on the first row and on any row below that
 * repeats it (case and spaces aside); a blank line ends a block. Rows of the same id with a later «from»
 * month are a new version of it. `readMotivation` builds
 * each version and puts every problem, the engine's included, at the cell it comes from. Columns and
 * choices: motivation-columns.ts; one row's cells: motivation-row.ts; the tier grammar:
 * core/bonus/tier-text.ts; problems by field path: motivation-problems.ts; a new tab: motivation-template.ts.
 */

// The columns and the template, for the tests that build a tab by field name.
export { MOT_COL, MOTIVATION_COLUMNS, type MotivationMetrics, motivationMetrics } from './motivation-columns';
export { motivationTemplate } from './motivation-template';

/**
 * Reads the Motivation tab (its getValues): each scheme's versions by id. Every problem goes to
 * `ctx.problems`. `metrics`: those the month tabs have facts of (motivationMetrics of the Plan and Funnel
 * tabs); a scheme on any other is a problem here, the day it is typed, not when someone passes a threshold.
 */
export function readMotivation(
  values: unknown[][],
  ctx: TableContext,
  metrics: MotivationMetrics = DEFAULT_METRICS,
): Map<string, Scheme[]> {
  // The 22-column tab of the first versions: not read (a guess across columns could pay the wrong money);
  // one problem says that Set up converts it (motivation-convert.ts).
  if (isOldLayout(values)) {
    ctx.problems.add(ctx.tab, 1, undefined, 'motivation.oldLayout');
    return new Map();
  }
  const groups = readGroups(readTable(values, MOTIVATION_COLUMNS, 2, ctx), ctx, metrics);
  if (groups.length === 0 && values.length > 0)
    ctx.problems.add(ctx.tab, undefined, undefined, 'motivation.empty');
  const out = new Map<string, Scheme[]>();
  const ids = new Map<string, string>();
  for (const g of groups) {
    const scheme = schemeOf(g);
    for (const p of validateScheme(scheme, { metrics: metrics.ids })) placeProblem(p, g, ctx, metrics);
    const key = schemeKey(g.id);
    if (!ids.has(key)) ids.set(key, g.id);
    const id = ids.get(key)!;
    out.set(id, [...(out.get(id) ?? []), scheme]);
  }
  return out;
}

function schemeOf(g: SchemeSource): Scheme {
  return {
    id: g.id,
    name: g.name || g.id,
    components: g.components,
    ...(g.from !== undefined ? { validFrom: g.from } : {}),
    ...(g.cap !== undefined ? { cap: g.cap } : {}),
  };
}

/** The first day of the month of `day`: a version starts with a month. */
const monthOf = (day: Day): Day => {
  const { year, month } = ymdOf(day);
  return dayOf(year, month, 1);
};

/** The rows grouped into scheme versions, each row read into a component (KPI rows in a row join one matrix). */
function readGroups(records: TableRecord[], ctx: TableContext, metrics: MotivationMetrics): SchemeSource[] {
  const reader = new RowReader(ctx, metrics);
  const groups: SchemeSource[] = [];
  let current: SchemeSource | undefined;
  let lastKpi: KpiMatrixComponent | undefined;
  let lastRow = 0;
  for (const r of records) {
    // A block: the id on its first row; a row right below with no id is the same scheme — unless it names
    // another scheme (a new block whose code was forgotten would add its pay to the one above).
    const typedId = reader.text(r, 'scheme');
    const name = reader.text(r, 'name');
    const id = typedId || (current && r.row === lastRow + 1 ? current.id : '');
    lastRow = r.row;
    if (!typedId && current && id && name && name !== current.name) {
      ctx.problems.add(ctx.tab, r.row, MOT_COL.scheme, 'motivation.codeForgotten', { name });
      current = undefined;
      continue;
    }
    if (!id) {
      ctx.problems.add(ctx.tab, r.row, MOT_COL.scheme, 'settings.required', {
        column: msgRef('col.mot.scheme'),
      });
      current = undefined;
      continue;
    }
    const from = r.get('mot.from');
    const month = typeof from === 'number' ? monthOf(from) : undefined;
    const sameId = current !== undefined && schemeKey(current.id) === schemeKey(id);
    if (!current || !sameId || (month !== undefined && month !== current.from)) {
      current = groupOf(groups, id, month, r.row, ctx);
      lastKpi = undefined;
    }
    if (!current.name) current.name = reader.text(r, 'name');
    const kind = reader.option(r, 'component', 'kind') as RowKind | undefined;
    if (kind !== 'kpi') lastKpi = undefined;
    if (kind === 'max') readMax(current, reader, r, ctx);
    else if (kind === 'kpi') lastKpi = readKpi(current, reader, r, lastKpi);
    else if (kind) {
      current.components.push(reader.component(r, kind));
      current.sources.push({ kind: kind === 'recoverableDraw' ? 'draw' : kind, row: r.row, kpiRows: [] });
    }
  }
  return groups;
}

/** A KPI row: the next KPI of the matrix the rows above began, or a new matrix. */
function readKpi(
  g: SchemeSource,
  reader: RowReader,
  r: TableRecord,
  matrix: KpiMatrixComponent | undefined,
): KpiMatrixComponent {
  const kpi = reader.kpi(r);
  if (matrix) {
    reader.laterKpi(r, g.sources[g.sources.length - 1].row);
    matrix.kpis.push(kpi);
    g.sources[g.sources.length - 1].kpiRows.push(r.row);
    return matrix;
  }
  const component = reader.kpiMatrix(r, kpi);
  g.components.push(component);
  g.sources.push({ kind: 'kpi', row: r.row, kpiRows: [r.row] });
  return component;
}

/** The scheme's maximum (максимум премии): the cap on everything but salary, from the Cap column. */
function readMax(g: SchemeSource, reader: RowReader, r: TableRecord, ctx: TableContext): void {
  if (g.capRow !== undefined) {
    ctx.problems.add(ctx.tab, r.row, MOT_COL.component, 'motivation.maxTwice', {
      scheme: g.id,
      first: g.capRow,
    });
    return;
  }
  g.capRow = r.row;
  g.cap = reader.requiredNumber(r, 'cap');
}

/**
 * The version a row with this id (and start month) begins; a version whose rows are split (seen before)
 * is a problem, and its rows still join it.
 */
function groupOf(
  groups: SchemeSource[],
  id: string,
  from: Day | undefined,
  row: number,
  ctx: TableContext,
): SchemeSource {
  const seen = groups.find((g) => schemeKey(g.id) === schemeKey(id) && g.from === from);
  if (seen) {
    ctx.problems.add(ctx.tab, row, MOT_COL.scheme, 'motivation.schemeSplit', {
      scheme: id,
      first: seen.firstRow,
    });
    return seen;
  }
  const created: SchemeSource = { id, name: '', firstRow: row, components: [], sources: [] };
  if (from !== undefined) created.from = from;
  groups.push(created);
  return created;
}
