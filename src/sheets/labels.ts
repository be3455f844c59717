import { type Lang, labelOr } from '../i18n';
import type { FunnelStage } from './settings/funnel';

/** A metric's name: the stage name a person gave it on the Funnel tab, else the built-in name. */
export function metricLabel(id: string, funnel: readonly FunnelStage[], lang: Lang): string {
  const stage = funnel.find((s) => s.id === id);
  if (stage?.name) return stage.name;
  return labelOr('metric.', id, lang);
}
