import { lastOfMonth } from '../core/dates';
import { LIVE_TODAY, todayCellValue } from './actions/month-formulas';
import { type ActionContext, noteWritten } from './context';
import { MONTH } from './month-layout';
import type { MonthTabContent } from './month-tab';

/**
 * A month tab read by an action about a month that is over (Bonuses, Report), when it still takes "today"
 * from TODAY(): its today cell becomes the day after the month, as a tab written after its month gets it
 * (`todayCellValue`). The figures stay what they were; the volatile cell is gone, and so is the recalculation
 * of the tab's to-date figures on every edit anywhere. Two calls (getRange, setValue), once per month tab: the
 * action has the tab's formulas already. A cell that holds anything else is left alone. True when frozen.
 */
export function freezeIfOver(
  ctx: ActionContext,
  content: MonthTabContent,
  year: number,
  month: number,
): boolean {
  const { row, col } = MONTH.todayCell;
  const formula = content.formulas[row - 1]?.[col - 1] ?? '';
  if (formula.replace(/\s+/g, '').toUpperCase() !== LIVE_TODAY) return false;
  const frozen = todayCellValue(lastOfMonth(year, month), ctx.today);
  if (typeof frozen !== 'number') return false;
  content.sheet.getRange(row, col).setValue(frozen);
  noteWritten(ctx, content.name);
  return true;
}
