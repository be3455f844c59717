import type { Problem, SchemeComponent } from '../../core/bonus';
import { type ErrorParams, msgRef } from '../../core/errors';
import { type Kind, MOT_COL } from './motivation-columns';
import type { TableContext } from './table';

/** Where each built component came from, to put the engine's problems at their cells. */
export interface ComponentSource {
  kind: Kind;
  row: number;
  /** KPI rows of a matrix, in order. */
  kpis: { id: string; row: number }[];
}

/** The rows of one scheme on the Motivation tab, and the components read from them. */
export interface SchemeSource {
  id: string;
  name: string;
  firstRow: number;
  components: SchemeComponent[];
  sources: ComponentSource[];
}

/** Whether the cell has a problem already (one problem per cell: the first found). */
export const hasProblemAt = (ctx: TableContext, row: number, col: number): boolean =>
  ctx.problems.list.some((q) => q.tab === ctx.tab && q.row === row && q.col === col);

/** The column of a KPI problem, by its code without the `bonus.component.` prefix. */
function kpiField(c: string, params: ErrorParams): string {
  if (c === 'kpi.noId' || c === 'kpi.duplicateId') return 'kpi';
  if (c === 'kpi.badDirection') return 'direction';
  if (c === 'kpi.badLimit') return String(params.field) === 'tmax' ? 'tmax' : 't0';
  if (c === 'kpi.t0AboveTmax') return 't0';
  if (c === 'kpi.badScaleMode') return 'mode';
  return 'weight';
}

/** The column of any other component problem, by its code without the prefix. */
function componentField(c: string, params: ErrorParams, kind: Kind): string {
  switch (c) {
    case 'unknownMetric':
      return 'metric';
    case 'badScope':
      return 'scope';
    case 'badAttainmentCap':
      return 'attainmentCap';
    case 'badRate':
    case 'negativeRate':
      return 'rate';
    case 'badMode':
    case 'badCurveMode':
      return 'mode';
    case 'badBy':
      return 'by';
    case 'badCap':
      return 'cap';
    case 'badAmount':
      return params.field === 'target' ? 'target' : 'amount';
    case 'pool.amountOrRate':
      return 'amount';
    case 'pool.badThreshold':
      return 'gateMin';
    case 'draw.badRecoverable':
      return 'recoverable';
    default:
      return kind === 'kpi' ? 'kpi' : 'component';
  }
}

/** The column an engine problem is about, by its code and params. */
function problemField(code: string, params: ErrorParams, kind: Kind): string {
  const c = code.replace(/^bonus\.(component|kpiScale)\./, '');
  if (code.startsWith('bonus.kpiScale.')) return 'tiers';
  if (/^(tiers|bands|curve)\./.test(c) || c === 'bandsAndCurve') return 'tiers';
  if (c.startsWith('gate.')) return c === 'gate.unknownMetric' ? 'gateMetric' : 'gateMin';
  if (c.startsWith('kpi.')) return kpiField(c, params);
  return componentField(c, params, kind);
}

/** The row of the KPI a matrix problem names (by id, or as «#n»); undefined when none matches. */
function kpiRow(p: Problem, source: ComponentSource): number | undefined {
  const kpi = String(p.params.kpi);
  const byIndex = /^#(\d+)$/.exec(kpi);
  const found = byIndex
    ? source.kpis[Number(byIndex[1]) - 1]
    : p.code.endsWith('duplicateId')
      ? [...source.kpis].reverse().find((k) => k.id === kpi)
      : source.kpis.find((k) => k.id === kpi);
  return found?.row;
}

/** Puts an engine problem at its cell, unless the reader already reported a problem there. */
export function placeProblem(p: Problem, g: SchemeSource, ctx: TableContext): void {
  const index = Number(p.params.component);
  const source = Number.isInteger(index) ? g.sources[index - 1] : undefined;
  let row = g.firstRow;
  let col = MOT_COL.scheme;
  const params: ErrorParams = { ...p.params };
  if (source) {
    const field = problemField(p.code, p.params, source.kind);
    col = MOT_COL[field];
    row = source.row;
    if (source.kind === 'kpi' && p.params.kpi !== undefined) row = kpiRow(p, source) ?? row;
    params.kind = msgRef(`mot.kind.${source.kind}`);
    if (typeof params.field === 'string' && MOT_COL[params.field])
      params.field = msgRef(`col.mot.${params.field}`);
  }
  if (hasProblemAt(ctx, row, col)) return;
  ctx.problems.add(ctx.tab, row, col, p.code, params);
}
