import { type Day, lastOfMonth } from '../core/dates';
import { type ActionContext, noteWritten } from './context';
import { serialOf } from './grid';
import { MONTH } from './month-layout';
import { monthTabName } from './tabs';

/** What a month tab's "today" cell holds while the month runs (month-grid.ts writes it). */
const LIVE_TODAY = '=INT(TODAY())';

/**
 * The month before `year`-`month`, when its tab still takes "today" from TODAY() though it is over: its today
 * cell becomes the day after the month, as a tab written after its month gets it. Every formula compares the
 * month's own days with that cell, so the figures stay what they were; the volatile cell is gone, and so is the
 * recalculation of the tab's to-date figures on every edit anywhere. Create month of the next month is when
 * this happens (once a month: one lookup by the tab's own name, then three calls when it is there; a renamed
 * tab stays live, which costs time, not figures); a cell that holds anything else is left alone. True when
 * the cell was frozen.
 */
export function freezePreviousMonth(ctx: ActionContext, year: number, month: number): boolean {
  const [py, pm] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const after: Day = lastOfMonth(py, pm) + 1;
  if (ctx.today < after) return false;
  const name = monthTabName(py, pm);
  const sheet = ctx.ss.getSheetByName(name);
  if (!sheet) return false;
  const cell = sheet.getRange(MONTH.todayCell.row, MONTH.todayCell.col);
  if (cell.getFormula().replace(/\s+/g, '').toUpperCase() !== LIVE_TODAY) return false;
  cell.setValue(serialOf(after));
  noteWritten(ctx, name);
  return true;
}
