import { type Day, isoWeekday, monthsOfSpan, parseDayText } from './dates';
import { type IsoWeek, isoWeekDays, isoWeekOf } from './weeks';

/**
 * The weekly meeting's choices, pure: which week it reviews, how a typed week is read, whether the month
 * plan is still reachable, and which funnel stage is the week's bottleneck. The Week tab's live formulas
 * follow these rules (a test compares the evaluated tab with them).
 */

/** The week `offset` weeks after `w` (negative: before). */
export function shiftWeek(w: IsoWeek, offset: number): IsoWeek {
  return isoWeekOf(isoWeekDays(w).monday + 7 * offset);
}

/**
 * The months (1–12) the meeting's three weeks touch — last week, `w` and next week — the only months of
 * the plan the Week tab needs.
 */
export function meetingMonths(w: IsoWeek): number[] {
  const from = isoWeekDays(shiftWeek(w, -1)).monday;
  const to = isoWeekDays(shiftWeek(w, 1)).sunday;
  return monthsOfSpan({ from, to }).map((m) => m.month);
}

/**
 * The week a meeting held on `today` reviews: the current one, but on a Monday the week just finished
 * (the meeting opens the week by looking back at the last one).
 */
export function meetingWeek(today: Day): IsoWeek {
  return isoWeekOf(isoWeekday(today) === 1 ? today - 7 : today);
}

/** How many ISO weeks a year has (52, or 53 when it starts on a Thursday or is a leap year starting on Wednesday). */
export function weeksInIsoYear(isoYear: number): number {
  return isoWeekOf(isoWeekDays({ isoYear: isoYear + 1, isoWeek: 1 }).monday - 7).isoWeek;
}

/**
 * A week as a person types it: "2026-W48", "W48" or "48" (of the ISO year of `today`), or a date in the
 * week ("23.11.2026", "2026-11-23"). Null for anything else or a week the year does not have.
 */
export function parseWeek(text: string, today: Day): IsoWeek | null {
  const s = text.trim().toUpperCase();
  const day = parseDayText(s);
  if (day !== undefined) return isoWeekOf(day);
  let m = /^(\d{4})-?W(\d{1,2})$/.exec(s);
  if (m) return validWeek(+m[1], +m[2]);
  m = /^W?(\d{1,2})$/.exec(s);
  if (m) return validWeek(isoWeekOf(today).isoYear, +m[1]);
  return null;
}

function validWeek(isoYear: number, isoWeek: number): IsoWeek | null {
  if (isoYear < 2000 || isoYear > 2100 || isoWeek < 1 || isoWeek > weeksInIsoYear(isoYear)) return null;
  return { isoYear, isoWeek };
}

/** The last working day of a week (the month it falls in holds the meeting's month to date); Sunday when none. */
export function lastWorkday(w: IsoWeek, isWorkday: (d: Day) => boolean): Day {
  const { monday, sunday } = isoWeekDays(w);
  for (let d = sunday; d >= monday; d--) if (isWorkday(d)) return d;
  return sunday;
}

/**
 * A month plan is still reachable when the pace it now needs is at most this many times the pace so far.
 * Practitioners hold that a team can lift its pace by about half for the rest of a month (a push, extra
 * calls), rarely double it: beyond 1.5 × the plan is at risk and the meeting should say so.
 */
export const REACHABLE_PACE_FACTOR = 1.5;

export interface MonthPace {
  plan: number;
  fact: number;
  /** Own working days of the month, and of them those before today. */
  ownDays: number;
  ownElapsed: number;
}

/**
 * Whether the month plan can still be made: met already → yes; no own day left → no; no day elapsed yet
 * → yes (no pace to judge); else the required pace (plan − fact) ÷ days left is at most
 * REACHABLE_PACE_FACTOR × the pace so far (fact ÷ elapsed days). Null when there is no plan.
 */
export function reachable(p: MonthPace, factor = REACHABLE_PACE_FACTOR): boolean | null {
  if (!(p.plan > 0)) return null;
  if (p.fact >= p.plan) return true;
  const left = p.ownDays - p.ownElapsed;
  if (left <= 0) return false;
  if (p.ownElapsed === 0) return true;
  return (p.plan - p.fact) / left <= (factor * p.fact) / p.ownElapsed;
}

/**
 * The stage conversion of a week's funnel furthest below its benchmark: index of the smallest
 * conversion ÷ benchmark under 1 (ties: the earlier stage), null when none is below. A conversion is null
 * when its stage before had no fact; a benchmark null or 0 is not judged.
 */
export function weekBottleneck(
  conversions: readonly (number | null)[],
  benchmarks: readonly (number | null)[],
): number | null {
  let best: number | null = null;
  let lowest = 1;
  conversions.forEach((c, i) => {
    const b = benchmarks[i];
    if (c === null || b === null || b === undefined || !(b > 0)) return;
    const ratio = c / b;
    if (ratio < lowest) {
      lowest = ratio;
      best = i;
    }
  });
  return best;
}

/** Conversions of consecutive stages: counts[i + 1] ÷ counts[i], null when counts[i] is 0. */
export function stageConversions(counts: readonly number[]): (number | null)[] {
  return counts.slice(1).map((c, i) => (counts[i] > 0 ? c / counts[i] : null));
}
