import type { KeySuffix, Lang } from '../../i18n';
import { t } from '../../i18n';
import { FORMAT } from '../formats';
import { Grid, rect } from '../grid';
import { idKey, idShapeProblem, shownId } from './ids';
import { type ColumnSpec, num, readTable, str, type TableContext } from './table';
import { headerRow } from './template';

/** The Funnel tab: stages top first, deals last; the conversion is into the next stage. */
export const FUNNEL_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stageId', type: 'text', hidden: true, width: 80 },
  { key: 'stage', type: 'text', required: true, width: 160 },
  { key: 'conversion', type: 'percent', min: 0, width: 130 },
  { key: 'benchmark', type: 'percent', min: 0, width: 130 },
];

export interface FunnelStage {
  row: number;
  id: string;
  name: string;
  /** Planned conversion into the next stage (null for the last). */
  conversion: number | null;
  benchmark: number | null;
}

export function readFunnel(values: unknown[][], ctx: TableContext): FunnelStage[] {
  const stages = readTable(values, FUNNEL_COLUMNS, 2, ctx).map((r) => ({
    row: r.row,
    id: str(r, 'stageId') || `stage${r.row}`,
    name: str(r, 'stage'),
    conversion: num(r, 'conversion'),
    benchmark: num(r, 'benchmark'),
  }));
  checkStageIds(stages, ctx);
  if (stages.length === 0) return stages;
  const last = stages[stages.length - 1];
  if (last.id !== 'deals') ctx.problems.add(ctx.tab, last.row, 2, 'funnel.lastNotDeals', { name: last.name });
  stages.slice(0, -1).forEach((s) => {
    if (s.conversion === null) ctx.problems.add(ctx.tab, s.row, 3, 'funnel.noConversion', { name: s.name });
    else if (s.conversion <= 0 || s.conversion > 1) {
      ctx.problems.add(ctx.tab, s.row, 3, 'funnel.badConversion', {
        name: s.name,
        value: s.conversion * 100,
      });
    }
  });
  return stages;
}

/** Metric ids the plan already uses: a stage named so would collide with them. */
const RESERVED_METRICS = ['revenue', 'receipts', 'avgcheck'];

/** Stage ids key the plan's metrics: allowed shapes only, not a reserved metric, unique regardless of case. */
function checkStageIds(stages: readonly FunnelStage[], ctx: TableContext): void {
  const seen = new Map<string, number>();
  for (const s of stages) {
    const id = shownId(s.id);
    const shape =
      idShapeProblem(s.id) ?? (RESERVED_METRICS.includes(idKey(s.id)) ? 'funnel.idReserved' : null);
    if (shape) ctx.problems.add(ctx.tab, s.row, 1, shape, { id, name: s.name });
    const other = seen.get(idKey(s.id));
    if (other !== undefined) ctx.problems.add(ctx.tab, s.row, 1, 'funnel.duplicateId', { id, other });
    else seen.set(idKey(s.id), s.row);
  }
}

export function funnelTemplate(lang: Lang): Grid {
  const stages: [KeySuffix<'metric.'>, number | null, number | null][] = [
    ['calls', 0.1, 0.12],
    ['leads', 0.4, 0.45],
    ['meetings', 0.25, 0.3],
    ['deals', null, null],
  ];
  const g = new Grid(30, FUNNEL_COLUMNS.length);
  headerRow(g, FUNNEL_COLUMNS, lang);
  stages.forEach(([id, conv, bench], i) => {
    const row = i + 2;
    g.text(row, 1, id);
    g.text(row, 2, t(`metric.${id}`, lang));
    if (conv !== null) g.set(row, 3, conv);
    if (bench !== null) g.set(row, 4, bench);
  });
  g.format(rect(2, 3, 29, 2), FORMAT.conversion);
  return g;
}
