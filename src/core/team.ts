import { cellPrecision } from './allocate';
import { type Day, ymdOf } from './dates';
import { DomainError } from './errors';

/**
 * Department → managers. The rule, for each month:
 *
 * 1. Base weight: a manager's `share` (split 'share'; any non-negative numbers, only proportions matter),
 *    their grade's coefficient (split 'grade'; default junior 0.7, middle 1, senior 1.3), or 1 (split
 *    'equal'). Inactive managers are left out entirely.
 * 2. Nominal plan: the department's month plan × base ÷ Σ base of all active managers — the part of the plan
 *    that "belongs" to that seat for the whole year, vacancies and new hires included.
 * 3. Effective capacity: base × ramp × availability, where
 *    - ramp is the ramp-up share of the month's ramp step, counted in calendar months: the month the
 *      manager starts is step 1 (whatever the day: a hire on the 30th is at step 1 that month, with the
 *      availability of the days left), the next calendar month step 2, and so on; default 25 %, 50 %, 75 %,
 *      then 100 %; 0 in the months before the start; no start date means fully ramped;
 *    - availability is the month's working days on which the manager is employed (between start and end
 *      dates) and not absent, ÷ the month's working days. Joining or leaving mid-month and vacations thus
 *      pro-rate the plan by working days lost.
 * 4. What a manager can carry is their nominal plan × ramp × availability. The rest is the gap.
 *    - gapPolicy 'redistribute' (default): the gap goes to everyone in proportion to effective capacity.
 *      This is the same as splitting the whole month plan by effective capacity, which is what we do.
 *      If nobody has any capacity in a month, the whole month is reported as a gap (and a warning).
 *    - gapPolicy 'showGap': each manager gets only what they can carry; the gap is reported as its own
 *      line, so managers + gap = department plan.
 *    Either way, the month is split once with splitExact over [capacities…, gap weight], so managers plus
 *    gap add up to the department plan exactly: nothing lost, nothing invented.
 */
export type TeamSplit = 'share' | 'grade' | 'equal';
export type GapPolicy = 'redistribute' | 'showGap';

export interface Absence {
  /** First and last day away, both included. */
  from: Day;
  to: Day;
}

export interface TeamMember {
  id: string;
  name: string;
  share?: number;
  grade?: string;
  /** First working day; absent = employed before the period and fully ramped. */
  start?: Day;
  /** Last working day; absent = still employed. */
  end?: Day;
  absences?: readonly Absence[];
  /** false = not in the plan at all; default true. */
  active?: boolean;
}

export const DEFAULT_RAMP: readonly number[] = [0.25, 0.5, 0.75, 1];
export const DEFAULT_GRADES: Readonly<Record<string, number>> = { junior: 0.7, middle: 1, senior: 1.3 };

export function checkRamp(ramp: readonly number[]): void {
  if (ramp.length === 0) throw new DomainError('decompose.rampEmpty', {}, 'ramp');
  ramp.forEach((r, i) => {
    if (typeof r !== 'number' || !Number.isFinite(r) || r < 0 || r > 1) {
      throw new DomainError('decompose.rampValue', { index: i + 1, value: String(r) }, `ramp[${i}]`);
    }
  });
}

/**
 * The ramp-up step of the calendar month that holds `at`, for someone who started on `startDay`: 1 in the
 * start month (whatever the day of the start), 2 in the next calendar month, and so on; 0 in any month
 * before the start month. Hired on 2 Nov or on 30 Nov: November is step 1, December step 2, January step 3.
 */
export function rampStep(startDay: Day, at: Day): number {
  const a = ymdOf(startDay);
  const b = ymdOf(at);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return months < 0 ? 0 : months + 1;
}

/**
 * The ramp-up share in the calendar month that holds `at`, for someone who started on `startDay`: 0 before
 * the start month, then `ramp[step − 1]` for the month's ramp step (see `rampStep`), and 1 once the list is
 * used up. Any day of a month gives that month's share.
 */
export function rampShare(startDay: Day, at: Day, ramp: readonly number[] = DEFAULT_RAMP): number {
  checkRamp(ramp);
  const step = rampStep(startDay, at);
  if (step === 0) return 0;
  return step <= ramp.length ? ramp[step - 1] : 1;
}

/** The plan in the month of `at` for a full plan `fullPlan` ramped from `startDay` (50 000 → 12 500 in month 1). */
export function rampPlan(
  fullPlan: number,
  startDay: Day,
  at: Day,
  ramp: readonly number[] = DEFAULT_RAMP,
): number {
  if (typeof fullPlan !== 'number' || !Number.isFinite(fullPlan)) {
    throw new DomainError('decompose.rampPlanBad', { value: String(fullPlan) }, 'fullPlan');
  }
  return cellPrecision(fullPlan * rampShare(startDay, at, ramp));
}

export interface TeamSettings {
  split: TeamSplit;
  grades?: Readonly<Record<string, number>>;
  ramp?: readonly number[];
}

/** Checks the team; returns the active members and their base weights, in order. */
export function baseWeights(
  team: readonly TeamMember[],
  settings: TeamSettings,
): { members: TeamMember[]; base: number[] } {
  const grades = gradeTable(settings.grades || DEFAULT_GRADES);
  const active = activeMembers(team);
  const members = active.map((k) => team[k]);
  const base = active.map((k) => memberWeight(team[k], `team[${k}]`, settings.split, grades));
  if (base.every((b) => b === 0)) throw new DomainError('decompose.sharesAllZero', {}, 'team');
  return { members, base };
}

interface GradeTable {
  /** Coefficient by grade name, trimmed and lower-cased. */
  readonly byName: ReadonlyMap<string, number>;
  /** The grades as given, for a message: "junior, middle, senior". */
  readonly names: string;
}

/** The grade coefficients, each checked (finite, ≥ 0), whatever the split. */
function gradeTable(given: Readonly<Record<string, number>>): GradeTable {
  const byName = new Map<string, number>();
  Object.keys(given).forEach((g) => {
    const c = given[g];
    if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) {
      throw new DomainError(
        'decompose.gradeCoefficientBad',
        { grade: g, value: String(c) },
        'settings.grades',
      );
    }
    byName.set(g.trim().toLowerCase(), c);
  });
  return { byName, names: Object.keys(given).join(', ') };
}

/**
 * The indices in `team` of the active members, each checked: a unique id, an end not before the start,
 * sound absences. Errors' fields are paths into `team` (a member's own index, inactive members included).
 */
function activeMembers(team: readonly TeamMember[]): number[] {
  const seen = new Set<string>();
  const active: number[] = [];
  team.forEach((m, k) => {
    if (m.active === false) return;
    active.push(k);
    const at = `team[${k}]`;
    if (seen.has(m.id)) throw new DomainError('decompose.managerDuplicate', { manager: m.id }, `${at}.id`);
    seen.add(m.id);
    if (m.start !== undefined && m.end !== undefined && m.end < m.start) {
      throw new DomainError('decompose.managerDates', { manager: m.name }, `${at}.end`);
    }
    (m.absences || []).forEach((a, i) => {
      if (a.to < a.from)
        throw new DomainError(
          'decompose.absenceBad',
          { manager: m.name, index: i + 1 },
          `${at}.absences[${i}]`,
        );
    });
  });
  if (active.length === 0) throw new DomainError('decompose.teamEmpty', {}, 'team');
  return active;
}

/** A member's base weight by the split: 1, their share, or their grade's coefficient. `at` is their field. */
function memberWeight(m: TeamMember, at: string, split: TeamSplit, grades: GradeTable): number {
  if (split === 'equal') return 1;
  if (split === 'share') {
    const s = m.share;
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0) {
      throw new DomainError('decompose.shareBad', { manager: m.name, value: String(s) }, `${at}.share`);
    }
    return s;
  }
  if (split === 'grade') {
    const g = m.grade === undefined ? '' : String(m.grade).trim().toLowerCase();
    const c = grades.byName.get(g);
    if (c === undefined) {
      const params = { manager: m.name, grade: String(m.grade), grades: grades.names };
      throw new DomainError('decompose.gradeUnknown', params, `${at}.grade`);
    }
    return c;
  }
  throw new DomainError('decompose.teamSplitBad', { split: String(split) }, 'settings.split');
}

/** Whether the manager works on working day `d` (employed and not absent). */
export function isAvailable(m: TeamMember, d: Day): boolean {
  if (m.start !== undefined && d < m.start) return false;
  if (m.end !== undefined && d > m.end) return false;
  return !(m.absences || []).some((a) => d >= a.from && d <= a.to);
}

export interface MemberMonth {
  /** For each working day of the month: 1 if the manager works it, else 0. */
  present: number[];
  /** Working days the manager works this month. */
  workdays: number;
  /** Ramp-up share this month (by calendar-month step; 0 before the start month). */
  ramp: number;
  /** Effective capacity: base × ramp × availability. */
  capacity: number;
}

/**
 * A manager's month: which working days they work, their ramp and effective capacity. `dayWeights` has
 * one weight per working day of the month; availability is the weight of the days worked ÷ the weight of
 * all the month's working days (with the default weights of 1: days worked ÷ working days).
 */
export function memberMonth(
  m: TeamMember,
  base: number,
  monthStart: Day,
  monthWorkdays: readonly Day[],
  dayWeights: readonly number[],
  ramp: readonly number[],
): MemberMonth {
  const present: number[] = monthWorkdays.map((d) => (isAvailable(m, d) ? 1 : 0));
  const workdays = present.reduce((a, b) => a + b, 0);
  const rampAt = m.start === undefined ? 1 : rampShare(m.start, monthStart, ramp);
  const all = dayWeights.reduce((a, b) => a + b, 0);
  const worked = dayWeights.reduce((a, w, i) => a + w * present[i], 0);
  const availability = all === 0 ? 0 : worked / all;
  return { present, workdays, ramp: rampAt, capacity: base * rampAt * availability };
}

/**
 * The weights to split a department month plan by: one per manager, then one for the gap
 * (see the rule at the top). `base` and `capacity` are per manager.
 */
export function splitWeights(
  base: readonly number[],
  capacity: readonly number[],
  policy: GapPolicy,
): number[] {
  const totalBase = base.reduce((a, b) => a + b, 0);
  const totalCapacity = capacity.reduce((a, b) => a + b, 0);
  if (totalCapacity === 0) return [...capacity.map(() => 0), 1];
  if (policy === 'redistribute') return [...capacity, 0];
  const gap = totalBase - totalCapacity;
  return [...capacity, gap <= 1e-12 * totalBase ? 0 : gap];
}
