import { findChoice } from '../../core/choice';
import type { ContestRule } from '../../core/contests/types';
import { type Lang, labelOr, t } from '../../i18n';
import { metricLabel } from '../labels';
import type { FunnelStage } from './funnel';
import type { PlanSettings } from './plan';
import { type ColumnSpec, columnsByField } from './table';

/**
 * The Contests tab's columns (one contest per row) and the words its cells take: the rules by their plain
 * names in either language, and the plan's metrics by their shown names.
 */
export const CONTEST_COLUMNS: readonly ColumnSpec[] = [
  { key: 'contest.name', type: 'text', required: true, width: 190 },
  { key: 'contest.from', type: 'date', required: true, width: 95 },
  { key: 'contest.to', type: 'date', required: true, width: 95 },
  { key: 'contest.participants', type: 'text', width: 230 },
  { key: 'contest.teams', type: 'bool', width: 110 },
  { key: 'contest.rule', type: 'text', required: true, width: 185 },
  { key: 'contest.metric', type: 'text', width: 110 },
  { key: 'contest.target', type: 'number', width: 90 },
  { key: 'contest.minimum', type: 'percent', width: 165 },
  { key: 'contest.rate', type: 'number', width: 200 },
  { key: 'contest.rateAbove', type: 'number', width: 220 },
  { key: 'contest.weights', type: 'text', width: 270 },
  { key: 'contest.multipliers', type: 'text', width: 130 },
  { key: 'contest.baseline', type: 'text', width: 140 },
  { key: 'contest.prizes', type: 'text', width: 255 },
  { key: 'contest.showTop', type: 'text', width: 165 },
];

/** A column's field name ('rule', 'weights', …) → its 1-based column. */
export const CONTEST_COL = columnsByField(CONTEST_COLUMNS, 'contest.');

export type RuleKind = ContestRule['kind'];
export const RULE_KINDS: readonly RuleKind[] = ['race', 'planPoints', 'activity', 'improvement'];

/** The short spellings each rule's note offers besides its label (the labels are messages). */
const RULE_ALSO: Record<RuleKind, readonly string[]> = {
  race: ['гонка', 'race'],
  planPoints: ['баллы за план', 'plan points'],
  activity: ['активность', 'activity'],
  improvement: ['рост', 'improvement'],
};

/** The columns each rule reads besides the common ones; a filled column of another rule is a problem. */
export const RULE_COLUMNS: Record<RuleKind, readonly string[]> = {
  race: ['metric', 'target'],
  planPoints: ['metric', 'minimum', 'rate', 'rateAbove'],
  activity: ['weights', 'multipliers'],
  improvement: ['metric', 'baseline'],
};

export function ruleLabel(kind: RuleKind, lang: Lang): string {
  return t(`contestTab.rule.${kind}`, lang);
}

/** A rule typed by its label or a short spelling, in Russian or English (or its stored name). */
export function findRule(text: unknown): RuleKind | undefined {
  return findChoice(
    text,
    RULE_KINDS.map((k) => ({
      value: k,
      names: [k, ruleLabel(k, 'ru'), ruleLabel(k, 'en'), ...RULE_ALSO[k]],
    })),
  );
}

/**
 * The metrics the plan has, in the month tab's order: revenue, the funnel's stages when the plan has an
 * average check (deals last), receipts when planned (as `decomposePlan` makes them).
 */
export function contestMetrics(plan: PlanSettings | null, funnel: readonly FunnelStage[]): string[] {
  const out = ['revenue'];
  if (!plan || plan.avgCheck) for (const s of funnel) if (!out.includes(s.id)) out.push(s.id);
  if (plan?.receipts) out.push('receipts');
  return out;
}

/** A metric typed as its id or its shown name in either language (a funnel stage by its own name). */
export function metricFinder(
  metrics: readonly string[],
  funnel: readonly FunnelStage[],
): (text: string) => string | undefined {
  const options = metrics.map((id) => ({
    value: id,
    names: [
      id,
      metricLabel(id, funnel, 'ru'),
      metricLabel(id, funnel, 'en'),
      labelOr('metric.', id, 'ru'),
      labelOr('metric.', id, 'en'),
    ],
  }));
  return (text) => findChoice(text, options);
}
