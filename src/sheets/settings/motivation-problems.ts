import type { Problem, SchemeComponent } from '../../core/bonus';
import type { Day } from '../../core/dates';
import { type ErrorParams, msgRef } from '../../core/errors';
import { quotedList } from '../../i18n/format';
import { type Kind, MOT_COL, type MotivationMetrics, metricName } from './motivation-columns';
import { columnKeyOf, type TableContext } from './table';

/** Where each built component came from, to put the engine's problems at their cells. */
export interface ComponentSource {
  kind: Kind;
  row: number;
  /** The rows of a matrix's KPIs, in order. */
  kpiRows: number[];
}

/** The rows of one version of a scheme on the Motivation tab, and what was read from them. */
export interface SchemeSource {
  id: string;
  name: string;
  /** The month this version starts (its first day); undefined: from the start. */
  from?: Day;
  firstRow: number;
  /** The row of the scheme's maximum (максимум премии), if it has one. */
  capRow?: number;
  cap?: number;
  components: SchemeComponent[];
  sources: ComponentSource[];
}

/** Whether the cell has a problem already (one problem per cell: the first found). */
export const hasProblemAt = (ctx: TableContext, row: number, col: number): boolean =>
  ctx.problems.list.some((q) => q.tab === ctx.tab && q.row === row && q.col === col);

/**
 * The column of each part of a scheme, by its path in the scheme with the indices dropped: the scheme's
 * own fields, and (after `components[i].`) a component's: `tiers[1].from` → 'tiers', `gate.metric`,
 * `kpis[2].weight` → 'kpis.weight'. The longest key that starts the path wins ('kpis.scale.mode' before
 * 'kpis.scale'). A test feeds broken schemes and checks every problem's path is found here.
 */
const SCHEME_COLUMN = new Map<string, string>(
  Object.entries({
    id: 'scheme',
    name: 'name',
    validFrom: 'from',
    cap: 'cap',
    components: 'component',
  }),
);
const COMPONENT_COLUMN = new Map<string, string>(
  Object.entries({
    kind: 'component',
    amount: 'amount',
    recoverable: 'component',
    cap: 'cap',
    metric: 'metric',
    scope: 'scope',
    attainmentCap: 'attainmentCap',
    rate: 'rate',
    mode: 'mode',
    bandMode: 'mode',
    by: 'tiers',
    target: 'amount',
    threshold: 'gateMin',
    tiers: 'tiers',
    bands: 'tiers',
    curve: 'tiers',
    'curve.mode': 'mode',
    'gate.metric': 'gateMetric',
    'gate.scope': 'scope',
    'gate.min': 'gateMin',
    kpis: 'rate',
    'kpis.id': 'metric',
    'kpis.weight': 'rate',
    'kpis.plan': 'metric',
    'kpis.direction': 'direction',
    'kpis.t0': 'gateMin',
    'kpis.tmax': 'attainmentCap',
    'kpis.scale': 'tiers',
    'kpis.scale.mode': 'mode',
  }),
);

/** The cell (1-based row and column) a problem's field path points at; undefined for a path not mapped. */
export function cellOf(field: string | undefined, g: SchemeSource): { row: number; col: number } | undefined {
  const m = /^components\[(\d+)\]\.?(.*)$/.exec(field ?? '');
  if (!m) {
    const key = field === undefined ? undefined : columnKeyOf(field, SCHEME_COLUMN);
    if (!key) return undefined;
    return { row: key === 'cap' ? (g.capRow ?? g.firstRow) : g.firstRow, col: MOT_COL[key] };
  }
  const source = g.sources[Number(m[1])];
  const key = columnKeyOf(m[2] || 'kind', COMPONENT_COLUMN);
  if (!source || !key) return undefined;
  const kpi = /^kpis\[(\d+)\]/.exec(m[2]);
  const row = (kpi && source.kpiRows[Number(kpi[1])]) || source.row;
  // A gate with no metric of its own takes the component's: a mistake in it is at «Показатель», where the
  // reader has already said so, not a second time at the gate's metric cell.
  const c = g.components[Number(m[1])] as { metric?: unknown; gate?: { metric?: unknown } } | undefined;
  const inherited = key === 'gateMetric' && c?.gate !== undefined && c.gate.metric === c.metric;
  return { row, col: MOT_COL[inherited ? 'metric' : key] };
}

/**
 * Puts an engine problem at its cell (the scheme's first cell if its path is not mapped), unless taken.
 * Metrics in its parameters (the engine's ids: a metric, the list of those known) are shown by their names.
 */
export function placeProblem(
  p: Problem,
  g: SchemeSource,
  ctx: TableContext,
  metrics: MotivationMetrics,
): void {
  const cell = cellOf(p.field, g) ?? { row: g.firstRow, col: MOT_COL.scheme };
  const params: ErrorParams = { ...p.params };
  const name = (id: string) => metricName(id, ctx.lang, metrics);
  if (typeof params.metric === 'string') params.metric = name(params.metric);
  if (params.known !== undefined) params.known = quotedList(metrics.ids.map(name), ctx.lang);
  const index = Number(p.params.component);
  const source = Number.isInteger(index) ? g.sources[index - 1] : undefined;
  if (source) params.kind = msgRef(`mot.kind.${source.kind}`);
  if (typeof params.field === 'string' && MOT_COL[params.field])
    params.field = msgRef(`col.mot.${params.field}`);
  if (hasProblemAt(ctx, cell.row, cell.col)) return;
  ctx.problems.add(ctx.tab, cell.row, cell.col, p.code, params);
}
