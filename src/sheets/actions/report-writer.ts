import type { Day } from '../../core/dates';
import type { Lang } from '../../i18n';
import type { Settings } from '../settings';
import { PACE_FORMAT } from './month-format';

export const MAIN_BG = '#e2efda';
export const MONEY = '#,##0';
export const PERCENT = '0.0%';
/** Needed per day: small counts stay visible (0.29 deals a day is not 0), as on the month tab. */
export const PACE = PACE_FORMAT;
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
