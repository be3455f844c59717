import { BASE_METRICS } from '../../core/bonus';
import { findChoice } from '../../core/choice';
import { isMessageKey, type Lang, labelOr, t } from '../../i18n';
import type { ColumnSpec } from './table';

/**
 * The Motivation tab's columns and the choices its cells take: one row per component of a scheme (a KPI
 * matrix takes one row per KPI), the rows of a scheme together under its id.
 */
export const MOTIVATION_COLUMNS: readonly ColumnSpec[] = [
  { key: 'mot.scheme', type: 'text', required: true, width: 80 },
  { key: 'mot.name', type: 'text', width: 190 },
  { key: 'mot.component', type: 'text', required: true, width: 120 },
  { key: 'mot.metric', type: 'text', width: 100 },
  { key: 'mot.scope', type: 'text', width: 80 },
  { key: 'mot.mode', type: 'text', width: 100 },
  { key: 'mot.by', type: 'text', width: 95 },
  { key: 'mot.tiers', type: 'text', width: 300 },
  { key: 'mot.rate', type: 'percent', width: 70 },
  { key: 'mot.target', type: 'number', width: 95 },
  { key: 'mot.gateMetric', type: 'text', width: 100 },
  { key: 'mot.gateMin', type: 'percent', width: 95 },
  { key: 'mot.cap', type: 'number', width: 90 },
  { key: 'mot.attainmentCap', type: 'percent', width: 95 },
  { key: 'mot.amount', type: 'number', width: 95 },
  { key: 'mot.recoverable', type: 'bool', width: 85 },
  { key: 'mot.kpi', type: 'text', width: 90 },
  { key: 'mot.weight', type: 'percent', width: 70 },
  { key: 'mot.t0', type: 'percent', width: 60 },
  { key: 'mot.tmax', type: 'percent', width: 60 },
  { key: 'mot.direction', type: 'text', width: 120 },
  // Last, so that a tab made before it still reads: the month a new version of the scheme starts.
  { key: 'mot.from', type: 'date', width: 95 },
];

/** 1-based column of a field ('scheme', 'tiers', …). */
export const MOT_COL: Record<string, number> = {};
MOTIVATION_COLUMNS.forEach((c, i) => {
  MOT_COL[c.key.slice(4)] = i + 1;
});

const KINDS = ['salary', 'percent', 'tiered', 'target', 'kpi', 'pool', 'draw'] as const;
/** A component's kind. */
export type Kind = (typeof KINDS)[number];
/** What a row holds: a component, or the scheme's maximum (максимум премии: the cap on all but salary). */
export type RowKind = Kind | 'max';
const OPTIONS = {
  kind: [...KINDS, 'max'],
  scope: ['own', 'department'],
  mode: ['marginal', 'retro', 'linear', 'step'],
  by: ['amount', 'attainment'],
  direction: ['up', 'down'],
} as const;
export type OptionGroup = keyof typeof OPTIONS;

/** A choice's label, e.g. mot.kind.tiered → «ступени»; a value that is no option (typed by hand) as written. */
export function optionLabel(group: OptionGroup, value: string, lang: Lang): string {
  const key = `mot.${group}.${value}`;
  return isMessageKey(key) ? t(key, lang) : value;
}

/** The labels of a group's choices, in order (a drop-down, the list in a problem). */
export function optionLabels(group: OptionGroup, lang: Lang): string[] {
  return OPTIONS[group].map((v) => optionLabel(group, v, lang));
}

/** A choice typed in either language, or as its stored value. */
export function findOption(text: string, group: OptionGroup): string | undefined {
  return findChoice(
    text,
    OPTIONS[group].map((v) => ({
      value: v,
      names: [v, optionLabel(group, v, 'ru'), optionLabel(group, v, 'en')],
    })),
  );
}

export function metricName(id: string, lang: Lang): string {
  return labelOr('bonus.metric.', id, lang);
}

/** A metric typed as its id or its name in either language; undefined when unknown. */
export function findMetric(text: string): string | undefined {
  return findChoice(
    text,
    BASE_METRICS.map((m) => ({ value: m, names: [m, metricName(m, 'ru'), metricName(m, 'en')] })),
  );
}
