import type { Day } from '../../core/dates';
import type { Light } from '../../core/own-days';
import type { Lang } from '../../i18n';
import { type Grid, type Rect, rect } from '../grid';
import type { Settings } from '../settings';
import { LIGHTS, PACE_FORMAT } from './month-format';

export const SECTION_BG = '#d9e2f3';
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

/** Writes the report's tables top to bottom: `row` is the next free row. */
export class ReportWriter {
  constructor(
    readonly g: Grid,
    public row: number,
  ) {}

  /** A section title across the tables' width. */
  section(title: string): void {
    this.g.text(this.row, 1, title);
    this.g.bold(rect(this.row, 1)).background(rect(this.row, 1, 1, TABLE_COLS), SECTION_BG);
    this.row++;
  }

  header(heads: string[], col = 1): void {
    heads.forEach((h, i) => {
      this.g.text(this.row, col + i, h);
    });
    const hr = rect(this.row, col, 1, heads.length);
    this.g.header(hr);
    this.row++;
  }

  /** A number with its format; nothing for null. */
  put(r: number, c: number, v: number | null, format: string): void {
    if (v === null) return;
    this.g.set(r, c, v);
    this.g.format(rect(r, c), format);
  }

  line(text: string): void {
    this.g.text(this.row, 1, text);
    this.row++;
  }

  /** The light's background (the month tab's palette); nothing when there is no light. */
  light(at: Rect, light: Light | null): void {
    if (light) this.g.background(at, LIGHTS[light]);
  }
}
