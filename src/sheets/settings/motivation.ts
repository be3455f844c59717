import { type KpiMatrixComponent, type Scheme, validateScheme } from '../../core/bonus';
import { type Kind, MOT_COL, MOTIVATION_COLUMNS } from './motivation-columns';
import { type ComponentSource, placeProblem, type SchemeSource } from './motivation-problems';
import { RowReader } from './motivation-row';
import { readTable, type TableContext, type TableRecord } from './table';

/**
 * The Motivation tab's reader: one row per component of a scheme (a KPI matrix takes one row per KPI). The
 * rows of a scheme go together under its id; `readMotivation` builds a Scheme from them and puts every
 * problem, the engine's included, at the cell it comes from. Columns and choices: motivation-columns.ts;
 * one row's cells: motivation-row.ts; the tier grammar: core/bonus/tier-text.ts; a new tab:
 * motivation-template.ts.
 */

// The columns and the template, for the tests that build a tab by field name.
export { MOT_COL, MOTIVATION_COLUMNS } from './motivation-columns';
export { motivationTemplate } from './motivation-template';

/** Reads the Motivation tab (its getValues): the schemes by id. Every problem goes to `ctx.problems`. */
export function readMotivation(values: unknown[][], ctx: TableContext): Map<string, Scheme> {
  const groups = readGroups(readTable(values, MOTIVATION_COLUMNS, 2, ctx), ctx);
  if (groups.size === 0 && values.length > 0) {
    ctx.problems.add(ctx.tab, undefined, undefined, 'motivation.empty');
  }
  const out = new Map<string, Scheme>();
  for (const g of groups.values()) {
    const scheme: Scheme = { id: g.id, name: g.name || g.id, components: g.components };
    for (const p of validateScheme(scheme)) placeProblem(p, g, ctx);
    out.set(g.id, scheme);
  }
  return out;
}

/** The rows grouped by scheme id, each row read into a component (KPI rows in a row join one matrix). */
function readGroups(records: TableRecord[], ctx: TableContext): Map<string, SchemeSource> {
  const reader = new RowReader(ctx);
  const groups = new Map<string, SchemeSource>();
  let current: SchemeSource | undefined;
  let lastKpi: { component: KpiMatrixComponent; source: ComponentSource } | undefined;
  for (const r of records) {
    const id = reader.text(r, 'scheme');
    if (!id) continue;
    if (!current || current.id !== id) {
      current = schemeOf(groups, id, r.row, ctx);
      lastKpi = undefined;
    }
    if (!current.name) current.name = reader.text(r, 'name');
    const kind = reader.option(r, 'component', 'kind') as Kind | undefined;
    if (kind !== 'kpi') {
      lastKpi = undefined;
      if (kind) {
        current.components.push(reader.component(r, kind));
        current.sources.push({ kind, row: r.row, kpis: [] });
      }
      continue;
    }
    const kpi = reader.kpi(r);
    if (lastKpi) {
      lastKpi.component.kpis.push(kpi);
      lastKpi.source.kpis.push({ id: kpi.id, row: r.row });
      continue;
    }
    const component = reader.kpiMatrix(r, kpi);
    const source: ComponentSource = { kind, row: r.row, kpis: [{ id: kpi.id, row: r.row }] };
    current.components.push(component);
    current.sources.push(source);
    lastKpi = { component, source };
  }
  return groups;
}

/** The group a row with this id starts; a scheme whose rows are split (seen before) is a problem. */
function schemeOf(
  groups: Map<string, SchemeSource>,
  id: string,
  row: number,
  ctx: TableContext,
): SchemeSource {
  const seen = groups.get(id);
  if (seen) {
    ctx.problems.add(ctx.tab, row, MOT_COL.scheme, 'motivation.schemeSplit', {
      scheme: id,
      first: seen.firstRow,
    });
    return seen;
  }
  const created: SchemeSource = { id, name: '', firstRow: row, components: [], sources: [] };
  groups.set(id, created);
  return created;
}
