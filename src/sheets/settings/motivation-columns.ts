import { findChoice } from '../../core/choice';
import { isMessageKey, type Lang, t } from '../../i18n';
import { metricLabel } from '../labels';
import { contestMetrics, metricFinder } from './contests-columns';
import type { FunnelStage } from './funnel';
import type { PlanSettings } from './plan';
import { type ColumnSpec, columnsByField } from './table';

/**
 * The Motivation tab's columns and the words its cells take: one row per component of a scheme (a KPI
 * matrix takes one row per KPI), the rows of a scheme together under its id. A column means one thing
 * on every row, read by the row's kind: «Показатель» is the KPI's metric on a KPI row; «Сумма» the
 * salary, the pool, the draw or the target bonus; «Ставка / вес» a KPI's weight; «Порог входа» and «Потолок выполнения» are a KPI's
 * floor and cap on a KPI row. Whether tiers go by money or by % of plan is read from the tier text.
 */
export const MOTIVATION_COLUMNS: readonly ColumnSpec[] = [
  // Widths are floors: fitWidths grows each to its header and content. Neighbours differ on purpose, since
  // equal neighbours become one run at the widest (widths.ts); the tab fits A3 landscape at 100 % (~1 500 px).
  // Required on a block's first row only: the reader says so (motivation.ts).
  { key: 'mot.scheme', type: 'text', width: 75 },
  { key: 'mot.name', type: 'text', width: 110 },
  { key: 'mot.component', type: 'text', required: true, width: 115 },
  { key: 'mot.metric', type: 'text', width: 80 },
  { key: 'mot.scope', type: 'text', width: 85 },
  { key: 'mot.mode', type: 'text', width: 90 },
  { key: 'mot.tiers', type: 'text', width: 130 },
  { key: 'mot.rate', type: 'percent', width: 75 },
  { key: 'mot.amount', type: 'number', width: 80 },
  { key: 'mot.gateMetric', type: 'text', width: 85 },
  { key: 'mot.gateMin', type: 'percent', width: 90 },
  { key: 'mot.attainmentCap', type: 'percent', width: 85 },
  { key: 'mot.cap', type: 'number', width: 80 },
  { key: 'mot.direction', type: 'text', width: 75 },
  { key: 'mot.from', type: 'date', width: 80 },
];

/** 1-based column of a field ('scheme', 'tiers', …). */
export const MOT_COL = columnsByField(MOTIVATION_COLUMNS, 'mot.');

const KINDS = ['salary', 'percent', 'tiered', 'target', 'kpi', 'pool', 'draw'] as const;
/** A component's kind. */
export type Kind = (typeof KINDS)[number];
/**
 * What a row holds: a component (a draw whose shortfall is recovered later is a kind of its own, «гарантия с
 * возвратом»), or the scheme's maximum (максимум премии: the cap on all but salary).
 */
export type RowKind = Kind | 'recoverableDraw' | 'max';
const OPTIONS = {
  kind: [...KINDS, 'recoverableDraw', 'max'],
  scope: ['own', 'department'],
  mode: ['marginal', 'retro', 'linear', 'step'],
  direction: ['up', 'down'],
} as const;
export type OptionGroup = keyof typeof OPTIONS;

/**
 * Other spellings a choice is taken in besides its labels: the words the notes use and the labels of the
 * 22-column tab (T0, «по частям», «свой»…), so a tab typed with them still reads.
 */
const ALSO: Partial<Record<string, readonly string[]>> = {
  'kind.percent': ['процент от базы', 'процент с продаж', 'percent of base', 'commission'],
  'kind.tiered': ['ступенчатый процент', 'tiered commission'],
  'kind.target': ['target'],
  'kind.recoverableDraw': ['возвратная гарантия', 'гарантия возвратная', 'draw, recoverable'],
  'kind.max': ['максимум', 'maximum'],
  'scope.own': ['свой', 'сотрудник', 'own'],
  'scope.department': ['отдел', 'department'],
  'mode.marginal': ['по частям', 'marginal'],
  'mode.retro': ['на всю сумму', 'retro'],
  'mode.linear': ['линейно', 'linear'],
  'mode.step': ['step'],
  'direction.up': ['больше — лучше', 'more is better'],
  'direction.down': ['меньше — лучше', 'less is better'],
};

/** A choice's label, e.g. mot.kind.tiered → «ступени»; a value that is no option (typed by hand) as written. */
export function optionLabel(group: OptionGroup, value: string, lang: Lang): string {
  const key = `mot.${group}.${value}`;
  return isMessageKey(key) ? t(key, lang) : value;
}

/** The labels of a group's choices, in order (a drop-down, the list in a problem). */
export function optionLabels(group: OptionGroup, lang: Lang): string[] {
  return OPTIONS[group].map((v) => optionLabel(group, v, lang));
}

/** A choice typed in either language, as its stored value or as another spelling the notes use. */
export function findOption(text: string, group: OptionGroup): string | undefined {
  return findChoice(
    text,
    OPTIONS[group].map((v) => ({
      value: v,
      names: [v, optionLabel(group, v, 'ru'), optionLabel(group, v, 'en'), ...(ALSO[`${group}.${v}`] ?? [])],
    })),
  );
}

/**
 * The metrics a scheme may use: exactly those the month tabs have facts of (the plan's metrics, the
 * Contests tab's list: revenue, the funnel's stages, custom ones included, receipts when planned).
 */
export interface MotivationMetrics {
  ids: readonly string[];
  funnel: readonly FunnelStage[];
}

/** The metrics of the plan and funnel as they are (the Plan tab unreadable: all the funnel's stages). */
export function motivationMetrics(
  plan: PlanSettings | null,
  funnel: readonly FunnelStage[],
): MotivationMetrics {
  return { ids: contestMetrics(plan, funnel), funnel };
}

/** A new workbook's metrics (the Funnel template's stages and receipts): for a reader given no plan. */
export const DEFAULT_METRICS: MotivationMetrics = {
  ids: ['revenue', 'calls', 'leads', 'meetings', 'deals', 'receipts'],
  funnel: [],
};

/** A metric's shown name: the funnel stage's own name, else the built-in one. */
export function metricName(id: string, lang: Lang, metrics: MotivationMetrics = DEFAULT_METRICS): string {
  return metricLabel(id, metrics.funnel, lang);
}

/** A metric typed as its id or its shown name in either language; undefined when unknown. */
export function metricReader(metrics: MotivationMetrics): (text: string) => string | undefined {
  return metricFinder(metrics.ids, metrics.funnel);
}
