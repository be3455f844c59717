import type { Day } from '../../core/dates';
import { a1, colLetter, serialOf } from '../grid';
import { MONTH } from '../month-layout';

/**
 * The live formulas of the month tab, as text. Every one follows the rules of src/core/own-days.ts (a test
 * compares the evaluated tab with the core), uses functions every engine shares (SUM, SUMIF, IF, AND,
 * MAX, INT, TODAY) and takes "today" from the one cell MONTH.todayCell.
 */
export interface MonthPositions {
  firstDay: number;
  lastDay: number;
  /** The first department row (one per metric, in the metrics' order). */
  deptFirst: number;
  /** The first manager × metric row: each manager's rows follow one another, one per metric. */
  mgrFirst: number;
  managers: number;
  metrics: number;
  /** Text shown as "needed per day" when no own day remains and the plan is not met. */
  noDaysLeft: string;
}

const C = MONTH.col;
export const TODAY_REF = a1(MONTH.todayCell.row, MONTH.todayCell.col, true);
/** The one volatile cell of a live tab (INT: a bare TODAY() marks every dependent changed on each edit). */
export const LIVE_TODAY = '=INT(TODAY())';

/**
 * What a month tab takes "today" from: LIVE_TODAY while the month runs; for a month over (`today` after its
 * `lastDay`) the day after it as a constant. Every formula compares the month's own dates with it (before
 * today, is today), so both give the same values forever after; the constant spares the spreadsheet the
 * recalculation of the tab's to-date figures on every edit anywhere.
 */
export function todayCellValue(lastDay: Day, today: Day | undefined): string | number {
  return today !== undefined && today > lastDay ? serialOf(lastDay + 1) : LIVE_TODAY;
}
/** LibreOffice and Excel take at most 255 arguments per function. */
const SUM_ARGS = 250;
const abs = (col: number, row: number) => `$${colLetter(col)}$${row}`;

export class MonthFormulas {
  constructor(private readonly p: MonthPositions) {}

  /** The day cells of row r ("N9:AQ9"), or with absolute columns and row. */
  days(r: number, absolute = false): string {
    return absolute
      ? `${abs(this.p.firstDay, r)}:${abs(this.p.lastDay, r)}`
      : `${a1(r, this.p.firstDay)}:${a1(r, this.p.lastDay)}`;
  }

  /** Σ of row r's day cells dated before today. */
  beforeToday(r: number, absolute = false): string {
    return `SUMIF(${this.days(MONTH.headerRow, true)},"<"&${TODAY_REF},${this.days(r, absolute)})`;
  }

  closedFlag(col: number): string {
    return `=IF(AND(${a1(MONTH.flagRow, col)}=1,${a1(MONTH.headerRow, col)}<${TODAY_REF}),1,0)`;
  }

  /** A manager × metric row whose own days are in row `daysRow` and their weights in `weightsRow`. */
  managerRow(r: number, daysRow: number, weightsRow: number): Record<string, string> {
    const [plan, fact, own, elapsed] = [C.plan, C.fact, C.ownDays, C.ownElapsed].map((c) => a1(r, c));
    const weights = this.days(weightsRow, true);
    const ptd = a1(r, C.planToDate);
    return {
      fact: `=SUM(${this.days(r)})`,
      completion: `=IF(${plan}>0,${fact}/${plan},"")`,
      ownDays: `=SUM(${this.days(daysRow, true)})`,
      ownElapsed: `=${this.beforeToday(daysRow, true)}`,
      planToDate: `=IF(SUM(${weights})>0,${plan}*${this.beforeToday(weightsRow, true)}/SUM(${weights}),0)`,
      completionToDate: `=IF(${ptd}>0,${this.beforeToday(r)}/${ptd},"")`,
      forecast: `=IF(${own}=0,${fact},IF(${elapsed}>0,MAX(${fact},${this.beforeToday(r)}*${own}/${elapsed}),""))`,
      pace: `=IF(${fact}>=${plan},0,IF(${own}-${elapsed}>0,(${plan}-${fact})/(${own}-${elapsed}),"${this.p.noDaysLeft}"))`,
    };
  }

  /**
   * Σ over the manager rows of department row r's metric, of column `col` (or of a day column): the cells
   * named one by one. A SUMIF over the metric column would scan every manager row whenever any fact of the
   * column changes (HyperFormula: ~4 ms per department cell at 200 managers); a list is recomputed in
   * microseconds and depends on that metric's cells only. SUM skips text in its references as SUMIF did
   * (a fact typed as text, a blank forecast); nested by SUM_ARGS, the most arguments every engine takes.
   */
  sumOfManagers(r: number, col: number): string {
    const { mgrFirst, deptFirst, managers, metrics } = this.p;
    const letter = colLetter(col);
    const cells = Array.from(
      { length: managers },
      (_, i) => `${letter}${mgrFirst + i * metrics + r - deptFirst}`,
    );
    if (!cells.length) return '0';
    if (cells.length <= SUM_ARGS) return `SUM(${cells.join(',')})`;
    const parts: string[] = [];
    for (let i = 0; i < cells.length; i += SUM_ARGS)
      parts.push(`SUM(${cells.slice(i, i + SUM_ARGS).join(',')})`);
    return `SUM(${parts.join(',')})`;
  }

  /** A department row: the sum of its people (forecast once a department day has passed). */
  departmentRow(r: number): Record<string, string> {
    const [plan, fact] = [C.plan, C.fact].map((c) => a1(r, c));
    const ptd = a1(r, C.planToDate);
    const elapsed = a1(MONTH.infoRow, MONTH.info.elapsedCol, true);
    return {
      plan: `=${this.sumOfManagers(r, C.plan)}`,
      fact: `=SUM(${this.days(r)})`,
      completion: `=IF(${plan}>0,${fact}/${plan},"")`,
      planToDate: `=${this.sumOfManagers(r, C.planToDate)}`,
      completionToDate: `=IF(${ptd}>0,${this.beforeToday(r)}/${ptd},"")`,
      forecast: `=IF(${elapsed}>0,${this.sumOfManagers(r, C.forecast)},"")`,
      pace: `=IF(AND(${this.sumOfManagers(r, C.pace)}=0,${fact}<${plan}),"${this.p.noDaysLeft}",${this.sumOfManagers(r, C.pace)})`,
    };
  }
}
