import { type Lang, messages, t } from '../i18n';
import type { FunnelStage } from './settings/funnel';

/** A metric's name: the stage name a person gave it on the Funnel tab, else the built-in name. */
export function metricLabel(id: string, funnel: readonly FunnelStage[], lang: Lang): string {
  const stage = funnel.find((s) => s.id === id);
  if (stage?.name) return stage.name;
  return messages[`metric.${id}`] ? t(`metric.${id}`, lang) : id;
}

/** Number format of a metric: money with no decimals, counts as integers. */
export function metricFormat(id: string): string {
  return id === 'revenue' || id === 'receipts' || id === 'avgCheck' ? '#,##0' : '#,##0';
}
