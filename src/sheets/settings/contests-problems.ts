import type { Problem } from '../../core/bonus/problems';
import type { ErrorParams } from '../../core/errors';
import type { Lang } from '../../i18n';
import { metricLabel } from '../labels';
import { CONTEST_COL } from './contests-columns';
import type { FunnelStage } from './funnel';
import { hasProblemAt } from './motivation-problems';
import { columnKeyOf, type TableContext } from './table';

/**
 * The column of each part of a contest, by its path in the `Contest` with the indices dropped: the reader's
 * own problems and the core's `contestProblems` alike (`period.to`, `participants[3]`,
 * `rule.weights[2].points`). The longest key that starts the path wins. A test feeds broken contests and
 * checks every code the core can emit lands on a column of this table.
 */
const CONTEST_FIELD = new Map<string, string>(
  Object.entries({
    id: 'name',
    name: 'name',
    'period.from': 'from',
    'period.to': 'to',
    participants: 'participants',
    teams: 'teams',
    rule: 'rule',
    'rule.kind': 'rule',
    'rule.metric': 'metric',
    'rule.target': 'target',
    'rule.minimum': 'minimum',
    'rule.rate': 'rate',
    'rule.rateAbove': 'rateAbove',
    'rule.weights': 'weights',
    'rule.multipliers': 'multipliers',
    'rule.baseline': 'baseline',
    prizes: 'prizes',
    showTop: 'showTop',
    hideBottom: 'showTop',
  }),
);

/** The 1-based column of a contest's field path; undefined for a path not mapped. */
export function contestColumnOf(field: string | undefined): number | undefined {
  const key = field === undefined ? undefined : columnKeyOf(field, CONTEST_FIELD);
  return key ? CONTEST_COL[key] : undefined;
}

/**
 * Puts a problem of the contest on `row` at its cell (the name's cell if its path is not mapped), unless
 * that cell has one already: the first problem of a cell is the one to fix. A metric id in the
 * parameters is shown by its name.
 */
export function placeContestProblem(
  p: Problem,
  row: number,
  ctx: TableContext,
  funnel: readonly FunnelStage[],
  lang: Lang,
): void {
  const col = contestColumnOf(p.field) ?? CONTEST_COL.name;
  if (hasProblemAt(ctx, row, col)) return;
  const params: ErrorParams = { ...p.params };
  if (typeof params.metric === 'string') params.metric = metricLabel(params.metric, funnel, lang);
  ctx.problems.add(ctx.tab, row, col, p.code, params);
}
