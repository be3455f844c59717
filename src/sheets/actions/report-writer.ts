import type { Day } from '../../core/dates';
import type { Lang } from '../../i18n';
import { FORMAT, isMoneyMetric, metricFormat } from '../formats';
import type { Settings } from '../settings';
import { DEPARTMENT_BG } from './month-format';

export const MAIN_BG = DEPARTMENT_BG;
/** Columns of the widest table; the charts sit to their right. */
export const TABLE_COLS = 13;

export interface GridOptions {
  lang: Lang;
  settings: Pick<Settings, 'funnel' | 'plan'>;
  monthName: string;
  today: Day;
  previousName: string | null;
  bonusTab: string;
  /** The Bonus tab is a forecast made mid-month: the day it stands at; null when final or unknown. */
  bonusPreliminaryAsOf?: Day | null;
}

/** The Report's formats of a metric: its amounts (money in the plan's currency, or counts) and needed per day. */
export function reportFormats(o: GridOptions, metric: string): { amount: string; pace: string } {
  const amount = metricFormat(metric, o.settings.plan.currency);
  // Small counts stay visible (0.29 deals a day is not 0), as on the month tab; money needed is an amount.
  return { amount, pace: isMoneyMetric(metric) ? amount : FORMAT.pace };
}
