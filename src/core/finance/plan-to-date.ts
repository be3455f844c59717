import { cellPrecision, writtenDecimals } from '../allocate';
import { type Calendar, countWorkdays } from '../calendar';
import { type Day, isoString } from '../dates';
import { DomainError } from '../errors';

/**
 * The plan to date (PLAN_TO_DATE): `plan` spread evenly over the working days from `start` to `end` (both
 * included), in whole units of the plan's last decimal place, and the parts that fall on the working days
 * from `start` up to and including `asOf` summed. 0 before `start`, the whole plan from `end` on.
 *
 * Exactly what PLAN_BY_DAYS gives for the days of the period (spreadOverWorkdays: splitExact by largest
 * remainder, every working day weight 1, ties to the earlier day), summed, without laying out each day:
 * with U units over N working days each day gets ⌊U / N⌋ and the first U mod N days one unit more, so the
 * first k days hold k × ⌊U / N⌋ + min(k, U mod N). A property test holds the two equal.
 *
 * The plan's unit: the plan as a cell shows it (15 significant digits) has d decimal places, and the unit is
 * 10^−d (1 for 1 000 000, 0.01 for 1 234.56). A plan beyond 2^53 units (above 9·10^15) has no exact
 * split; it is shared in proportion, plan × k ÷ N.
 */
export function planToDate(plan: number, start: Day, end: Day, asOf: Day, cal: Calendar): number {
  if (!Number.isFinite(plan)) throw new DomainError('finance.notFiniteValue', {}, 'plan');
  // Counting first checks both days (a real day, a year the calendar knows); a backwards period counts 0.
  const days = countWorkdays(cal, start, end);
  if (start > end)
    throw new DomainError(
      'finance.planToDate.backwards',
      { start: isoString(start), end: isoString(end) },
      'end',
    );
  const shown = cellPrecision(plan);
  if (shown === 0) return 0;
  if (days === 0)
    throw new DomainError(
      'finance.planToDate.noWorkdays',
      { start: isoString(start), end: isoString(end) },
      'end',
    );
  if (asOf < start) return 0;
  if (asOf >= end) return shown;
  const elapsed = countWorkdays(cal, start, asOf);
  const decimals = writtenDecimals(shown);
  const units = Math.round(Math.abs(shown) * 10 ** decimals);
  if (!Number.isSafeInteger(units)) return shown * (elapsed / days);
  const each = Math.floor(units / days);
  const held = elapsed * each + Math.min(elapsed, units - each * days);
  const out = (Math.sign(shown) * held) / 10 ** decimals;
  return out === 0 ? 0 : out;
}
